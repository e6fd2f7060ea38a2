import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (options?: { type: 'major' | 'minor' }) => void;

/** `--no-gc` turns the forced collections off (then each sample may pay for garbage left by the one before). */
const enabled = !process.argv.includes('--no-gc');

/** A full garbage collection before each sample, so no run pays for the garbage of the one before. */
export function gc(): void {
  if (!enabled) return;
  collect();
  settle();
}

/**
 * Two young-generation collections (scavenges): the young generation is left empty, and what survives both (a
 * sample's input, made just before) is promoted to the old generation, so the sample pays neither for young
 * garbage made before it nor for moving its input. Unlike {@link gc} it keeps V8's optimised code: after a full
 * collection, functions are compiled by TurboFan again, above all closures made per call such as formatters,
 * scales and callbacks (`node --trace-opt`, 100 kamkit renders at 1,000 accounts: 459 TurboFan compilations
 * with a full GC before each render, 88 without; `addBar`, made once per render, 31 times vs 3). No pause
 * follows: on this machine a pause before a sample made kamkit's render slower (2026-11-27, its Pareto chart at
 * 10,000 accounts, medians of 200 renders: 4.3–5.9 ms right after the scavenges, 6.0–7.1 ms after a pause of 1,
 * 5 or 50 ms); for visx the difference was within its noise. docs/benchmarks.md prints both timings.
 */
export function scavenge(): void {
  if (!enabled) return;
  collect({ type: 'minor' });
  collect({ type: 'minor' });
}

/**
 * Lets V8's background threads finish sweeping before the clock starts: on 2 cores they would otherwise
 * compete with the sample.
 */
function settle(): void {
  Atomics.wait(pause, 0, 0, 50);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
