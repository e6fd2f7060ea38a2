/**
 * Where kamkit's Pareto chart spends its time (diagnostics for the figures of bench.ts, not part of its table):
 * the server render split into core `paretoColumns` (with `pareto` for reference), `computeParetoLayout` and
 * React's rendering, with and without the hidden data table and the explorer; and the mount in Chromium with and
 * without the hidden table. Server steps are timed as bench.ts times a render: right after two scavenges, after
 * warm-up rounds (20, or 2 at 100,000 accounts).
 *   pnpm --filter @kamkit/bench diagnose [--rounds=7]
 */
import { pareto, paretoColumns } from '@kamkit/core';
import { computeParetoLayout, ParetoChart } from '@kamkit/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { benchMount, mountMedian } from './browser';
import { KamkitPareto } from './charts/kamkit';
import { HEIGHT, WIDTH } from './charts/types';
import { VisxPareto } from './charts/visx';
import { type Account, accounts } from './data';
import { scavenge } from './gc';
import { markdownTable, median, ms, roundOrder } from './stats';

const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 7);
const props = { value: 'revenue', label: 'name', width: WIDTH, height: HEIGHT } as const;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const serverRows: string[][] = [];
for (const n of [1_000, 10_000, 100_000]) {
  const data = accounts(n);
  const columns = paretoColumns(data, { value: 'revenue' });
  const tasks: [string, () => unknown][] = [
    ['core `pareto` (rows)', () => pareto(data, { value: 'revenue' })],
    ['core `paretoColumns` (what the chart computes)', () => paretoColumns(data, { value: 'revenue' })],
    ['`computeParetoLayout` (given the columns)', () => computeParetoLayout(columns, { ...props, data })],
    [
      'renderToString, defaults (explorer + hidden table)',
      () => renderToString(createElement(KamkitPareto, { data, width: WIDTH, height: HEIGHT })),
    ],
    [
      'renderToString, `interactive={false}` `table="none"`',
      () =>
        renderToString(
          createElement(ParetoChart<Account>, { ...props, data, interactive: false, table: 'none' }),
        ),
    ],
    [
      'visx renderToString (reference)',
      () => renderToString(createElement(VisxPareto, { data, width: WIDTH, height: HEIGHT })),
    ],
  ];
  const samples = new Map<string, number[]>();
  const count = n >= 100_000 ? 3 : rounds;
  const warm = n >= 100_000 ? 2 : 20;
  for (let round = 0; round < count + warm; round++) {
    for (const [name, run] of roundOrder(tasks, round)) {
      scavenge();
      const elapsed = time(run);
      if (round >= warm) samples.set(name, [...(samples.get(name) ?? []), elapsed]);
    }
  }
  for (const [name] of tasks)
    serverRows.push([n.toLocaleString('en-US'), name, ms(median(samples.get(name) ?? []))]);
}
console.log('Server: medians, the same accounts for every step (nothing is memoised across renders)\n');
console.log(markdownTable(['accounts', 'step', 'median'], serverRows));

const libraries = ['kamkit', 'kamkit without table', 'kamkit static', 'visx'];
const mount = await benchMount([1_000, 10_000], Math.min(rounds, 5), () => {}, libraries);
console.log(`\nMount in Chromium ${mount.chromium}, to painted: medians\n`);
console.log(
  markdownTable(
    ['accounts', 'chart', 'median', 'DOM elements'],
    [1_000, 10_000].flatMap((n) =>
      libraries.map((name) => [
        n.toLocaleString('en-US'),
        name,
        ms(mountMedian(mount, name, n)),
        String(mount.nodes.get(name)?.get(n) ?? ''),
      ]),
    ),
  ),
);
