// Motion where data changes in place, in Chromium: a chart's marks move (CSS transitions of their geometry)
// when its data changes, and never on the first paint, on the step from the server width (640 px) to the
// container's width, on a resize, with animate={false} or under prefers-reduced-motion: reduce.
import type { ReactElement } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { MrrByPlanChart, ParetoChart, ScoringMatrix } from '../../src';
import { MOTION_MAX_MARKS } from '../../src/contract/useChartWidth';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// One year's revenue per account and the next year's: the same accounts (ids), other values and order.
const year2023 = [
  { id: 'a', name: 'Nordwind AG', revenue: 90 },
  { id: 'b', name: 'Alpen GmbH', revenue: 40 },
  { id: 'c', name: 'Küstenwerk KG', revenue: 20 },
  { id: 'd', name: 'Rheinblick SE', revenue: 10 },
];
const year2024 = [
  { id: 'a', name: 'Nordwind AG', revenue: 30 },
  { id: 'b', name: 'Alpen GmbH', revenue: 80 },
  { id: 'c', name: 'Küstenwerk KG', revenue: 60 },
  { id: 'd', name: 'Rheinblick SE', revenue: 15 },
];
const pareto = (data: typeof year2023, props: Record<string, unknown> = {}) => (
  <ParetoChart data={data} value="revenue" label="name" height={220} {...props} />
);

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** The CSS transitions running in the page (on SVG marks: the test page runs nothing else). */
const transitions = () =>
  document.getAnimations().filter((a): a is CSSTransition => a instanceof CSSTransition);

let root: Root | undefined;
let box: HTMLElement | undefined;
/** Every `transitionrun` in the chart's container since it was mounted. */
let runs: string[] = [];

/** Renders into a container `width` px wide that records every transition started inside it. */
async function mount(element: ReactElement, width = 480): Promise<HTMLElement> {
  box = document.createElement('div');
  box.style.width = `${width}px`;
  runs = [];
  box.addEventListener('transitionrun', (event) =>
    runs.push(`${(event.target as Element).getAttribute('class')} ${event.propertyName}`),
  );
  document.body.appendChild(box);
  const current = createRoot(box);
  root = current;
  await act(async () => current.render(element));
  return box.querySelector('.kamkit-chart') as HTMLElement;
}

async function rerender(element: ReactElement) {
  const current = root;
  if (!current) throw new Error('nothing mounted');
  await act(async () => current.render(element));
  await frames(2);
}

/** Waits (up to 30 frames) for the chart to allow motion: it has painted at its final width. */
async function motionReady(chart: HTMLElement) {
  for (let i = 0; i < 30 && !chart.hasAttribute('data-kamkit-motion'); i++) await frames(1);
  expect(chart.hasAttribute('data-kamkit-motion'), 'data-kamkit-motion set').toBe(true);
}

afterEach(async () => {
  if (root) {
    const current = root;
    act(() => current.unmount());
  }
  root = undefined;
  box?.remove();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('motion in Chromium', () => {
  it('lays out at 640 px, then at the container width without a transition, then moves bars when the year changes', async () => {
    const chart = await mount(pareto(year2023));
    await motionReady(chart);
    await frames(2);
    // The chart did go from 640 px to the container's 480 px, and no mark moved on the way.
    expect(chart.querySelector('svg')?.getAttribute('width')).toBe('480');
    expect(runs).toEqual([]);
    expect(transitions()).toEqual([]);

    await rerender(pareto(year2024));
    const running = transitions();
    expect(running.length).toBeGreaterThan(0);
    const bars = running.filter((t) => (t.effect as KeyframeEffect).target?.matches('rect.kamkit-bar'));
    expect(bars.map((t) => t.transitionProperty)).toEqual(expect.arrayContaining(['height', 'y']));
    expect(runs.some((run) => run.startsWith('kamkit-line d'))).toBe(true);
  });

  it('does not move marks when the container is resized', async () => {
    const chart = await mount(pareto(year2023));
    await motionReady(chart);
    (box as HTMLElement).style.width = '400px';
    for (let i = 0; i < 30 && chart.querySelector('svg')?.getAttribute('width') !== '400'; i++)
      await frames(1);
    expect(chart.querySelector('svg')?.getAttribute('width')).toBe('400');
    await frames(2);
    expect(runs).toEqual([]);
    // … and moves them again on the next data change.
    await motionReady(chart);
    await rerender(pareto(year2024));
    expect(transitions().length).toBeGreaterThan(0);
  });

  it('moves the other plans when a plan is hidden from the legend', async () => {
    const months = ['2024-01', '2024-02', '2024-03'];
    const data = months.flatMap((month, i) => [
      { month, plan: 'Basic', mrr: 1000 + i * 100 },
      { month, plan: 'Premium', mrr: 3000 + i * 200 },
    ]);
    const chart = await mount(
      <MrrByPlanChart data={data} period="month" plan="plan" value="mrr" plans={['Basic', 'Premium']} />,
    );
    await motionReady(chart);
    const basic = Array.from(chart.querySelectorAll('button')).find((b) => b.textContent === 'Basic');
    await act(async () => basic?.click());
    await frames(2);
    expect(basic?.getAttribute('aria-pressed')).toBe('false');
    const moved = transitions().filter((t) =>
      (t.effect as KeyframeEffect).target?.closest('[data-plan=Premium]'),
    );
    expect(moved.map((t) => t.transitionProperty)).toContain('y');
  });

  it('moves each account’s bubble (keyed by its id) when the criteria weights change', async () => {
    const accounts = [
      { id: 's1', name: 'Nordwind AG', potential: 9, fit: 2, reach: 4 },
      { id: 's2', name: 'Alpen GmbH', potential: 4, fit: 6, reach: 9 },
      { id: 's3', name: 'Küstenwerk KG', potential: 7, fit: 9, reach: 1 },
    ];
    const matrix = (reachWeight: number) => (
      <ScoringMatrix
        data={accounts}
        label="name"
        criteria={[
          { key: 'pot', axis: 'growth', weight: 1, value: 'potential' },
          { key: 'reach', axis: 'growth', weight: reachWeight, value: 'reach' },
          { key: 'fit', axis: 'harmony', weight: 1, value: 'fit' },
        ]}
      />
    );
    const chart = await mount(matrix(1));
    await motionReady(chart);
    const before = Array.from(chart.querySelectorAll('circle.kamkit-bubble'));
    await rerender(matrix(3));
    // The same elements (kept by account id) moved along the growth axis.
    expect(Array.from(chart.querySelectorAll('circle.kamkit-bubble'))).toEqual(
      expect.arrayContaining(before),
    );
    const moved = transitions().filter((t) =>
      (t.effect as KeyframeEffect).target?.matches('circle.kamkit-bubble'),
    );
    expect(moved.map((t) => t.transitionProperty)).toContain('cy');
  });

  it('moves nothing with animate={false}', async () => {
    const chart = await mount(pareto(year2023, { animate: false }));
    await motionReady(chart);
    await rerender(pareto(year2024, { animate: false }));
    expect(chart.querySelector('rect.kamkit-bar')?.getAttribute('height')).not.toBeNull();
    expect(runs).toEqual([]);
    expect(transitions()).toEqual([]);
  });

  it('moves nothing under prefers-reduced-motion: reduce', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    const chart = await mount(pareto(year2023));
    await motionReady(chart);
    await rerender(pareto(year2024));
    expect(runs).toEqual([]);
    expect(transitions()).toEqual([]);
  });

  it('with a fixed width, allows motion only after the first paint', async () => {
    const chart = await mount(pareto(year2023, { width: 480 }));
    // The first paint has no motion attribute; it comes two frames later.
    expect(chart.hasAttribute('data-kamkit-motion')).toBe(false);
    await motionReady(chart);
    expect(runs).toEqual([]);
    await rerender(pareto(year2024, { width: 480 }));
    expect(transitions().length).toBeGreaterThan(0);
  });

  it(`moves nothing in a chart with more than ${MOTION_MAX_MARKS} marks, and moves it again once it has fewer`, async () => {
    // One bubble per account, its size and place from the year's ratings.
    const year = (count: number, shift: number) =>
      Array.from({ length: count }, (_, i) => ({
        id: `m${i}`,
        name: `Account ${i}`,
        revenue: 1_000 + ((i * 37 + shift) % 500) * 100,
        growth: 1 + ((i * 7 + shift) % 90) / 10,
        harmony: 1 + ((i * 13 + shift * 3) % 90) / 10,
      }));
    const criteria = [
      { key: 'growth', axis: 'growth' as const, weight: 1, value: 'growth' as const },
      { key: 'harmony', axis: 'harmony' as const, weight: 1, value: 'harmony' as const },
    ];
    const matrix = (count: number, shift: number) => (
      <ScoringMatrix data={year(count, shift)} criteria={criteria} label="name" size="revenue" height={320} />
    );
    const marks = (chart: HTMLElement) => chart.querySelectorAll('svg rect,svg circle,svg path').length;
    const chart = await mount(matrix(MOTION_MAX_MARKS + 100, 0));
    expect(marks(chart)).toBeGreaterThan(MOTION_MAX_MARKS);
    await frames(6);
    expect(chart.hasAttribute('data-kamkit-motion')).toBe(false);
    await rerender(matrix(MOTION_MAX_MARKS + 100, 1));
    expect(runs).toEqual([]);
    expect(transitions()).toEqual([]);
    // Fewer accounts: at most the limit of marks, and the next change moves them.
    await rerender(matrix(100, 1));
    expect(marks(chart)).toBeLessThanOrEqual(MOTION_MAX_MARKS);
    expect(chart.hasAttribute('data-kamkit-motion')).toBe(true);
    runs = [];
    await rerender(matrix(100, 2));
    expect(runs.length).toBeGreaterThan(0);
  });
});
