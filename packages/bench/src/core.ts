import * as core from '@kamkit/core';
import { accounts } from './data';
import { gc } from './gc';
import { median, rotate } from './stats';

type Analysis = (data: readonly { id: string; revenue: number }[], options: { value: 'revenue' }) => unknown;

/** `abc` once the core exports it (it is being written); `undefined` until then. */
export function coreAbc(): Analysis | undefined {
  const abc = (core as Record<string, unknown>).abc;
  return typeof abc === 'function' ? (abc as Analysis) : undefined;
}

export interface CoreResult {
  n: number;
  sort: number;
  pareto: number;
  abc: number | undefined;
}

/**
 * `pareto` (and `abc` when exported) on `n` accounts vs one `Float64Array` sort of the same values, interleaved
 * in rounds with a full GC before each sample. The sort's copy of the values is made outside its timing.
 */
export function benchCore(n: number, rounds: number): CoreResult {
  const data = accounts(n);
  const values = data.map((d) => d.revenue);
  const abc = coreAbc();
  const tasks: { name: 'sort' | 'pareto' | 'abc'; run: () => number }[] = [
    {
      name: 'sort',
      run: () => {
        const copy = Float64Array.from(values);
        const start = performance.now();
        copy.sort();
        return performance.now() - start;
      },
    },
    { name: 'pareto', run: () => time(() => core.pareto(data, { value: 'revenue' })) },
  ];
  if (abc) tasks.push({ name: 'abc', run: () => time(() => abc(data, { value: 'revenue' })) });
  const samples = { sort: [] as number[], pareto: [] as number[], abc: [] as number[] };
  const warmup = n >= 1e6 ? 1 : 3;
  for (let r = 0; r < warmup + rounds; r++) {
    for (const task of rotate(tasks, r)) {
      gc();
      const ms = task.run();
      if (r >= warmup) samples[task.name].push(ms);
    }
  }
  return {
    n,
    sort: median(samples.sort),
    pareto: median(samples.pareto),
    abc: abc ? median(samples.abc) : undefined,
  };
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
