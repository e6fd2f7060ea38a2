import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** `--no-gc` turns the forced collections off (then each sample may pay for garbage left by the one before). */
const enabled = !process.argv.includes('--no-gc');

/** A full garbage collection before each sample, so no run pays for the garbage of the one before. */
export function gc(): void {
  if (!enabled) return;
  collect();
  // Let V8's background threads finish sweeping before the clock starts: on 2 cores they would otherwise
  // compete with the sample.
  Atomics.wait(pause, 0, 0, 50);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
