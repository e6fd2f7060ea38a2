import { createElement, type FunctionComponent } from 'react';
import { renderToString } from 'react-dom/server';
import { EchartsServerPareto } from './charts/echartsServer';
import { KamkitPareto } from './charts/kamkit';
import { Recharts2Pareto } from './charts/recharts2';
import type { ParetoProps } from './charts/types';
import { HEIGHT, WIDTH } from './charts/types';
import { VisxPareto } from './charts/visx';
import { accounts } from './data';

export const SSR_LIBRARIES: readonly { name: string; component: FunctionComponent<ParetoProps> }[] = [
  { name: 'kamkit', component: KamkitPareto },
  { name: 'visx', component: VisxPareto },
  { name: 'recharts 2.15', component: Recharts2Pareto },
  { name: 'echarts (SVG SSR)', component: EchartsServerPareto },
];

/** One server render of a fresh copy of the data (so no library profits from another's memoised work). */
export function renderOnce(
  component: FunctionComponent<ParetoProps>,
  n: number,
): { ms: number; html: string } {
  const data = accounts(n);
  const start = performance.now();
  const html = renderToString(createElement(component, { data, width: WIDTH, height: HEIGHT }));
  return { ms: performance.now() - start, html };
}
