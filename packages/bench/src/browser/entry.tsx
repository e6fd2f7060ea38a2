/**
 * The page side of the mount benchmark, bundled for the browser by browser.ts. `window.kamkitBench.mount(name, n)`
 * mounts one chart on `n` accounts into a fresh container and resolves with the milliseconds from `root.render`
 * until the chart is drawn (its marks are in the DOM) and the frame after that has been painted;
 * `window.kamkitBench.mountDashboard(name, n)` does the same for a whole dashboard (every part's marks).
 */

import { ParetoChart } from '@kamkit/react';
import type { FunctionComponent } from 'react';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { EchartsPareto } from '../charts/echarts';
import { KamkitPareto } from '../charts/kamkit';
import { KamkitDashboard } from '../charts/kamkitDashboard';
import { KamkitScoring } from '../charts/kamkitScoring';
import { Recharts2Pareto } from '../charts/recharts2';
import { Recharts3Pareto } from '../charts/recharts3';
import { RechartsDashboard } from '../charts/rechartsDashboard';
import { RechartsScatter } from '../charts/rechartsScatter';
import type { DashboardProps, ParetoProps, ScatterProps } from '../charts/types';
import { DASHBOARD_WIDTH, HEIGHT, RISK_TOP, WIDTH } from '../charts/types';
import { VisxPareto } from '../charts/visx';
import { accounts, dashboardAccounts, scoringAccounts } from '../data';
import { focusFirst, idle, latencySamples, pointerPath, watchLatency } from './latency';

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

/**
 * Each dashboard and what "drawn" means for it: every part has all its marks in the DOM — the 7 key-figure
 * tiles, the 3 plans' MRR areas, the waterfall's 6 steps, the 5 onboarding stages and the top 10 accounts at
 * risk (kamkit: its ranking rows; Recharts: the bars), and for Recharts the value labels of its bar charts.
 */
const DASHBOARDS: Record<
  string,
  { component: FunctionComponent<DashboardProps>; drawn: [string, number][] }
> = {
  kamkit: {
    component: KamkitDashboard,
    drawn: [
      ['.kamkit-kpi', 7],
      ['.kamkit-plan__area', 3],
      ['.kamkit-step__bar', 6],
      ['.kamkit-stage__bar', 5],
      ['.kamkit-ranking__row', RISK_TOP],
    ],
  },
  // The harness's floor: the same page, data and measurement, mounting a component that draws nothing.
  empty: { component: () => <div data-empty="" />, drawn: [['[data-empty]', 1]] },
  'recharts 3': {
    component: RechartsDashboard,
    drawn: [
      ['[data-chart=kpis] li', 7],
      ['[data-chart=plans] path.recharts-area-area', 3],
      ['.waterfall-step .recharts-bar-rectangle path', 6],
      ['[data-chart=movements] .recharts-label-list', 1],
      ['.onboarding-stage .recharts-bar-rectangle path', 5],
      ['[data-chart=onboarding] .recharts-label-list', 1],
      ['.risk-account .recharts-bar-rectangle path', RISK_TOP],
      ['[data-chart=risk] .recharts-label-list', 1],
    ],
  },
};

/** Resolves once every `[selector, count]` has at least `count` matches inside `container`. */
function whenAllDrawn(container: HTMLElement, checks: readonly [string, number][]): Promise<void> {
  const done = () =>
    checks.every(([selector, count]) => container.querySelectorAll(selector).length >= count);
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true });
  });
}

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

async function mountDashboard(name: string, n: number): Promise<{ ms: number; nodes: number }> {
  const dashboard = DASHBOARDS[name];
  if (!dashboard) throw new Error(`unknown dashboard ${name}`);
  const data = dashboardAccounts(n);
  const container = document.createElement('div');
  container.style.width = `${DASHBOARD_WIDTH}px`;
  document.body.append(container);
  const start = performance.now();
  const root = createRoot(container);
  flushSync(() => root.render(createElement(dashboard.component, { data, width: DASHBOARD_WIDTH })));
  await whenAllDrawn(container, dashboard.drawn);
  await afterPaint();
  const ms = performance.now() - start;
  return { ms, nodes: container.getElementsByTagName('*').length };
}

/**
 * The charts of the interaction benchmark: what is drawn when mounted, where the pointer moves (`area`, or the
 * centres of `targets`) and which element takes the arrow keys (`keys`).
 */
interface InteractionCase {
  // biome-ignore lint/suspicious/noExplicitAny: each case's component takes its own props, made by `props`
  component: FunctionComponent<any>;
  props: (n: number) => object;
  drawn: [string, number][];
  area: string;
  targets?: string;
  keys: string;
}

const size = { width: WIDTH, height: HEIGHT };
const INTERACTIONS: Record<string, Record<string, InteractionCase>> = {
  pareto: {
    kamkit: {
      component: KamkitPareto,
      props: (n) => ({ data: accounts(n), ...size }) satisfies ParetoProps,
      drawn: [['path.kamkit-line', 1]],
      area: '.kamkit-explorer',
      keys: '.kamkit-explorer',
    },
    'recharts 3': {
      component: Recharts3Pareto,
      props: (n) => ({ data: accounts(n), ...size }) satisfies ParetoProps,
      drawn: [['path.recharts-line-curve', 1]],
      area: '.recharts-wrapper > svg.recharts-surface',
      keys: '.recharts-wrapper > svg.recharts-surface[tabindex]',
    },
  },
  scoring: {
    kamkit: {
      component: KamkitScoring,
      props: (n) => ({ data: scoringAccounts(n), ...size }) satisfies ScatterProps,
      drawn: [['.kamkit-bubble', 1]],
      area: '.kamkit-explorer',
      targets: '.kamkit-bubble',
      keys: '.kamkit-explorer',
    },
    'recharts 3': {
      component: RechartsScatter,
      props: (n) => ({ data: scoringAccounts(n), ...size }) satisfies ScatterProps,
      drawn: [['.recharts-scatter-symbol', 1]],
      area: '.recharts-wrapper > svg.recharts-surface',
      targets: '.recharts-scatter-symbol',
      keys: '.recharts-wrapper > svg.recharts-surface[tabindex]',
    },
  },
  dashboard: {
    kamkit: {
      component: KamkitDashboard,
      props: (n) => ({ data: dashboardAccounts(n), width: DASHBOARD_WIDTH }) satisfies DashboardProps,
      drawn: DASHBOARDS.kamkit?.drawn ?? [],
      area: '.kamkit-explorer',
      keys: '.kamkit-explorer',
    },
    'recharts 3': {
      component: RechartsDashboard,
      props: (n) => ({ data: dashboardAccounts(n), width: DASHBOARD_WIDTH }) satisfies DashboardProps,
      drawn: DASHBOARDS['recharts 3']?.drawn ?? [],
      area: '[data-chart=plans] .recharts-wrapper > svg.recharts-surface',
      keys: '[data-chart=plans] .recharts-wrapper > svg.recharts-surface[tabindex]',
    },
  },
};

/**
 * Mounts one interaction case and starts timing inputs on it (see latency.ts); resolves with the pointer's
 * path (`steps` points) and whether the keyboard target took the focus.
 */
async function prepareInteraction(
  kind: string,
  name: string,
  n: number,
  steps: number,
): Promise<{ path: { x: number; y: number }[]; focused: boolean; nodes: number }> {
  const c = INTERACTIONS[kind]?.[name];
  if (!c) throw new Error(`unknown interaction case ${kind}/${name}`);
  const container = document.createElement('div');
  if (kind === 'dashboard') container.style.width = `${DASHBOARD_WIDTH}px`;
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(createElement(c.component, c.props(n))));
  await whenAllDrawn(container, c.drawn);
  await afterPaint();
  const path = pointerPath(container, c.area, steps, c.targets);
  const focused = focusFirst(container, c.keys);
  await afterPaint();
  watchLatency(container);
  return { path, focused, nodes: container.getElementsByTagName('*').length };
}

(window as unknown as { kamkitBench: unknown }).kamkitBench = {
  mount,
  mountDashboard,
  prepareInteraction,
  idle,
  latencySamples,
  interactions: Object.fromEntries(Object.entries(INTERACTIONS).map(([k, v]) => [k, Object.keys(v)])),
  libraries: Object.keys(LIBRARIES),
  dashboards: Object.keys(DASHBOARDS),
};
