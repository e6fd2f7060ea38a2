import { createElement, type FunctionComponent } from 'react';
import { renderToString } from 'react-dom/server';
import { EchartsServerPareto } from './charts/echartsServer';
import { KamkitPareto } from './charts/kamkit';
import { Recharts2Pareto } from './charts/recharts2';
import type { ParetoProps } from './charts/types';
import { HEIGHT, WIDTH } from './charts/types';
import { VisxPareto } from './charts/visx';
import { accounts } from './data';
import { gc, scavenge } from './gc';

export const SSR_LIBRARIES: readonly { name: string; component: FunctionComponent<ParetoProps> }[] = [
  { name: 'kamkit', component: KamkitPareto },
  { name: 'visx', component: VisxPareto },
  { name: 'recharts 2.15', component: Recharts2Pareto },
  { name: 'echarts (SVG SSR)', component: EchartsServerPareto },
];

/**
 * One timed server render of a fresh copy of the data (so no library profits from another's memoised work).
 *
 * `'scavenge'` (the bench's figure): after the copy is made, the young generation is collected twice and the
 * clock starts at once: the render pays neither for earlier young garbage nor for moving its just-made data out
 * of V8's young generation, and runs on the code V8 has optimised so far (see `scavenge` in gc.ts).
 *
 * `'full'` (a diagnostic; how this bench timed renders until 2026-11-27): a full GC and a 50 ms pause right
 * before the clock starts.
 */
export function renderOnce(
  component: FunctionComponent<ParetoProps>,
  n: number,
  collect: 'scavenge' | 'full' = 'scavenge',
): { ms: number; html: string } {
  const data = accounts(n);
  if (collect === 'full') gc();
  else scavenge();
  const start = performance.now();
  const html = renderToString(createElement(component, { data, width: WIDTH, height: HEIGHT }));
  return { ms: performance.now() - start, html };
}
