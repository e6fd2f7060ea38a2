import { abc, abcColumns, pareto, paretoColumns } from '@kamkit/core';
import { accounts, random } from './data';
import { gc } from './gc';
import { median, roundOrder } from './stats';

export interface CoreResult {
  n: number;
  /** Every timed run of every task, in round order (round `r` of each task ran in the same round). */
  samples: Record<Task, number[]>;
  sort: number;
  pareto: number;
  /** `pareto` on the same accounts with their ids in random order (the bench's ids ascend with the records). */
  paretoRandomIds: number;
  abc: number;
  /** `paretoColumns`: the same analysis as `pareto`, as typed-array columns without the row objects. */
  columns: number;
  /** `abcColumns`: the same analysis as `abc`, as typed-array columns without the row objects. */
  abcColumns: number;
  /** Building `n` objects shaped as `pareto`'s rows from ready columns: the floor of any row-per-account result. */
  rows: number;
  /** The same with `abc`'s eleventh field, the tier: the floor of `abc`'s rows. */
  abcRows: number;
}

export type Task =
  | 'sort'
  | 'pareto'
  | 'paretoRandomIds'
  | 'abc'
  | 'columns'
  | 'abcColumns'
  | 'rows'
  | 'abcRows';

/** The last result of each timed run, kept so that V8 cannot drop work whose result is unused. */
const kept: unknown[] = [];

/**
 * `pareto` and `abc` on `n` accounts vs one `Float64Array` sort of the same values, interleaved in rounds with a
 * full GC before each sample, after warm-up rounds. The sort's copy of the values is made outside its timing.
 * `rows` times only the allocation of `n` result rows with `pareto`'s ten fields from typed arrays and ids made
 * outside the timing: what any result with one object per account costs before reading, sorting or summing
 * anything; `abcRows` the same with `abc`'s tier. `paretoRandomIds` is `pareto` with the ids shuffled among the
 * accounts; `columns` is `paretoColumns`, `abcColumns` is `abcColumns`. Every sample is returned, so that the
 * caller can take each round's ratio to the sort of the same round.
 */
export function benchCore(n: number, rounds: number): CoreResult {
  const data = accounts(n);
  // The same accounts with their ids shuffled (seeded), the records still allocated in input order as
  // `JSON.parse` makes them: ids that do not ascend take the general path (hash check, id tie-breaks).
  const next = random(11);
  const shuffled = data.map((d) => d.id);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
  }
  const randomIds = data.map((d, i) => ({ ...d, id: shuffled[i] as string }));
  const values = data.map((d) => d.revenue);
  const sorted = Float64Array.from(values).sort().reverse();
  const cumulative = new Float64Array(n);
  for (let r = 0, sum = 0; r < n; r++) cumulative[r] = sum += sorted[r] as number;
  const total = cumulative[n - 1] as number;
  const ids = data.map((d) => d.id);
  const tierNames = ['A', 'B', 'C'] as const;
  // n result rows from ready columns: `pareto`'s ten fields, and `abc`'s tier as the eleventh with `tier`.
  const buildRows = (tier: boolean) => {
    const rows = new Array(n);
    for (let r = 0; r < n; r++) {
      const value = sorted[r] as number;
      const cumulativeShare = (cumulative[r] as number) / total;
      // Two literals of fixed shape (a spread would time a copy the real rows do not make).
      rows[r] = tier
        ? {
            id: ids[r],
            datum: data[r],
            index: r,
            value,
            share: value / total,
            cumulative: cumulative[r],
            cumulativeShare,
            rank: r + 1,
            rankShare: (r + 1) / n,
            vital: r < n / 5,
            tier: tierNames[cumulativeShare < 0.8 ? 0 : cumulativeShare < 0.95 ? 1 : 2],
          }
        : {
            id: ids[r],
            datum: data[r],
            index: r,
            value,
            share: value / total,
            cumulative: cumulative[r],
            cumulativeShare,
            rank: r + 1,
            rankShare: (r + 1) / n,
            vital: r < n / 5,
          };
    }
    return rows;
  };
  const tasks: { name: Task; run: () => number }[] = [
    {
      name: 'sort',
      run: () => {
        const copy = Float64Array.from(values);
        const start = performance.now();
        copy.sort();
        return performance.now() - start;
      },
    },
    { name: 'pareto', run: () => time(() => pareto(data, { value: 'revenue' })) },
    { name: 'paretoRandomIds', run: () => time(() => pareto(randomIds, { value: 'revenue' })) },
    { name: 'abc', run: () => time(() => abc(data, { value: 'revenue' })) },
    { name: 'columns', run: () => time(() => paretoColumns(data, { value: 'revenue' })) },
    { name: 'abcColumns', run: () => time(() => abcColumns(data, { value: 'revenue' })) },
    { name: 'rows', run: () => time(() => buildRows(false)) },
    { name: 'abcRows', run: () => time(() => buildRows(true)) },
  ];
  const samples: Record<Task, number[]> = {
    sort: [],
    pareto: [],
    paretoRandomIds: [],
    abc: [],
    columns: [],
    abcColumns: [],
    rows: [],
    abcRows: [],
  };
  // Steady state, as in a server or page that analyses more than once: small inputs get more warm-up rounds
  // (about 3·10⁵ accounts in all), so the first calls' interpreted and baseline-compiled code is not what the
  // medians measure; and more samples, since each is short. At least three rounds at every size: after one,
  // the functions the tasks share (reading, ranking, sorting) still meet paths they have not run (the next
  // task's, the code after a loop compiled on stack replacement) and are deoptimised and compiled again
  // during the first samples, which the largest-run rule would then judge.
  const warmup = Math.max(3, Math.min(30, Math.round(3e5 / n)));
  const samplesWanted = Math.max(5, n <= 1e4 ? rounds * 3 : rounds);
  for (let r = 0; r < warmup + samplesWanted; r++) {
    for (const task of roundOrder(tasks, r)) {
      gc();
      const ms = task.run();
      if (r >= warmup) samples[task.name].push(ms);
    }
  }
  return {
    n,
    sort: median(samples.sort),
    pareto: median(samples.pareto),
    paretoRandomIds: median(samples.paretoRandomIds),
    abc: median(samples.abc),
    columns: median(samples.columns),
    abcColumns: median(samples.abcColumns),
    rows: median(samples.rows),
    abcRows: median(samples.abcRows),
    samples,
  };
}

function time(run: () => unknown): number {
  const start = performance.now();
  kept[0] = run();
  const elapsed = performance.now() - start;
  kept.length = 0;
  return elapsed;
}
