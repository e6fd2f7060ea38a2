/**
 * Before/after figures of packages/core/src/order.ts: `orderByValueDescending` and `pareto` with the comparator
 * sort (order-before.ts) vs the radix sort (core's source), interleaved, medians. Both `pareto`s are built from
 * core's source by esbuild, the first with `./order` swapped for order-before.ts.
 *   pnpm --filter @kamkit/bench order
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { orderByValueDescending as orderAfter } from '../../core/src/order';
import { benchDir } from './bundle';
import { accounts } from './data';
import { gc } from './gc';
import { orderByValueDescending as orderBefore } from './order-before';
import { markdownTable, median, ms, ratio, roundOrder } from './stats';

type Pareto = (data: readonly unknown[], options: { value: string }) => unknown;

async function coreBuild(name: string, swapOrder: boolean): Promise<Pareto> {
  const outfile = path.join(benchDir, 'node_modules', '.cache', 'kamkit-bench', `core-${name}.mjs`);
  await build({
    entryPoints: [path.join(benchDir, '..', 'core', 'src', 'index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    plugins: [
      {
        name: 'order-before',
        setup(b) {
          b.onResolve({ filter: /^\.\/order$/ }, () =>
            swapOrder ? { path: path.join(benchDir, 'src', 'order-before.ts') } : undefined,
          );
        },
      },
    ],
  });
  return ((await import(pathToFileURL(outfile).href)) as { pareto: Pareto }).pareto;
}

const paretoBefore = await coreBuild('before', true);
const paretoAfter = await coreBuild('after', false);
const rounds = Number(process.argv[2] ?? 9);
const rows: string[][] = [];
for (const n of [10_000, 100_000, 1_000_000]) {
  const data = accounts(n);
  const values = data.map((d) => d.revenue);
  const stringIds = data.map((d) => d.id);
  const numberIds = data.map((_, i) => (i * 7919) % n);
  const tasks: [string, () => unknown][] = [
    ['order, string ids · before', () => orderBefore(values, stringIds)],
    ['order, string ids · after', () => orderAfter(values, stringIds)],
    ['order, number ids · before', () => orderBefore(values, numberIds)],
    ['order, number ids · after', () => orderAfter(values, numberIds)],
    ['pareto · before', () => paretoBefore(data, { value: 'revenue' })],
    ['pareto · after', () => paretoAfter(data, { value: 'revenue' })],
    ['Float64Array sort', () => Float64Array.from(values).sort()],
  ];
  const samples = new Map<string, number[]>();
  const count = n >= 1_000_000 ? Math.min(rounds, 5) : rounds;
  for (let round = 0; round < count + 2; round++) {
    for (const [name, run] of roundOrder(tasks, round)) {
      gc();
      const start = performance.now();
      run();
      if (round >= 2) samples.set(name, [...(samples.get(name) ?? []), performance.now() - start]);
    }
  }
  const m = (name: string) => median(samples.get(name) ?? []);
  for (const what of ['order, string ids', 'order, number ids', 'pareto']) {
    const before = m(`${what} · before`);
    const after = m(`${what} · after`);
    rows.push([n.toLocaleString('en-US'), what, ms(before), ms(after), `${ratio(before / after)} faster`]);
  }
  rows.push([
    n.toLocaleString('en-US'),
    'Float64Array copy + sort (reference)',
    '',
    ms(m('Float64Array sort')),
    '',
  ]);
}
console.log(
  markdownTable(['accounts', 'measure', 'before (comparator sort)', 'after (radix sort)', 'change'], rows),
);
