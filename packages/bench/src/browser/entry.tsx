/**
 * The page side of the mount benchmark, bundled for the browser by browser.ts. `window.kamkitBench.mount(name, n)`
 * mounts one chart on `n` accounts into a fresh container and resolves with the milliseconds from `root.render`
 * until the chart is drawn (its marks are in the DOM) and the frame after that has been painted.
 */

import { ParetoChart } from '@kamkit/react';
import type { FunctionComponent } from 'react';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { EchartsPareto } from '../charts/echarts';
import { KamkitPareto } from '../charts/kamkit';
import { Recharts2Pareto } from '../charts/recharts2';
import { Recharts3Pareto } from '../charts/recharts3';
import type { ParetoProps } from '../charts/types';
import { HEIGHT, WIDTH } from '../charts/types';
import { VisxPareto } from '../charts/visx';
import { accounts } from '../data';

/** Each library's chart and how to tell that it is drawn (its cumulative line, or ECharts' `finished` event). */
const LIBRARIES: Record<string, { component: FunctionComponent<ParetoProps>; drawn: string }> = {
  kamkit: { component: KamkitPareto, drawn: 'path.kamkit-line' },
  visx: { component: VisxPareto, drawn: 'path.cumulative' },
  'recharts 3': { component: Recharts3Pareto, drawn: 'path.recharts-line-curve' },
  'recharts 2.15': { component: Recharts2Pareto, drawn: 'path.recharts-line-curve' },
  echarts: { component: EchartsPareto, drawn: '[data-rendered] canvas' },
  // Diagnostics (not in the table): which part of kamkit's chart costs what.
  'kamkit without table': {
    component: (p) => (
      <ParetoChart
        data={p.data}
        value="revenue"
        label="name"
        width={p.width}
        height={p.height}
        table="none"
      />
    ),
    drawn: 'path.kamkit-line',
  },
  'kamkit static': {
    component: (p) => (
      <ParetoChart
        data={p.data}
        value="revenue"
        label="name"
        width={p.width}
        height={p.height}
        interactive={false}
      />
    ),
    drawn: 'path.kamkit-line',
  },
  'kamkit without styles': {
    component: (p) => (
      <ParetoChart
        data={p.data}
        value="revenue"
        label="name"
        width={p.width}
        height={p.height}
        injectStyles={false}
      />
    ),
    drawn: 'path.kamkit-line',
  },
};

/** Resolves once `selector` matches inside `container` (checked now and on every DOM mutation). */
function whenDrawn(container: HTMLElement, selector: string): Promise<void> {
  if (container.querySelector(selector)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (container.querySelector(selector)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true });
  });
}

/** Resolves after the next frame has been produced: a task queued from requestAnimationFrame runs after paint. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    });
  });
}

async function mount(name: string, n: number): Promise<{ ms: number; nodes: number }> {
  const library = LIBRARIES[name];
  if (!library) throw new Error(`unknown library ${name}`);
  const data = accounts(n);
  const container = document.createElement('div');
  document.body.append(container);
  const start = performance.now();
  const root = createRoot(container);
  flushSync(() => root.render(createElement(library.component, { data, width: WIDTH, height: HEIGHT })));
  await whenDrawn(container, library.drawn);
  await afterPaint();
  const ms = performance.now() - start;
  return { ms, nodes: container.getElementsByTagName('*').length };
}

(window as unknown as { kamkitBench: unknown }).kamkitBench = { mount, libraries: Object.keys(LIBRARIES) };
