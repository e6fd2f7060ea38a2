import { KamkitError } from '@kamkit/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { expect, vi } from 'vitest';
import { churnRisk, dashboardGrid, KaDashboard, KpiTiles, mrrMovements, upsellCandidates } from '../../src';

// Fixtures and replacement checks of the two composites in the conformance registry: `KpiTiles` (HTML tiles,
// no marks, no items) and `KaDashboard` (a section of several charts). The registry names each shared check
// that does not apply to them, why, and which of these checks runs instead; each of these can fail.

// Jan → Feb: start 4,000 → end 4,300 (expansion 300); a1 at risk by its low engagement.
const before = [
  { id: 'a1', mrr: 1_000 },
  { id: 'a2', mrr: 3_000 },
];
const after = [
  { id: 'a1', mrr: 1_200, engagement: 5, plan: 'Basic' },
  { id: 'a2', mrr: 3_100, engagement: 90, plan: 'Premium' },
];
const signals = [{ key: 'engagement', value: 'engagement' as const, weight: 1, higherIsRiskier: false }];

export const kpiProps = {
  movements: mrrMovements(before, after),
  churn: churnRisk(after, { signals }),
  upsell: upsellCandidates(after, { plans: ['Basic', 'Premium'], measure: 'mrr' }),
  from: '2024-01',
  to: '2024-02',
  currency: 'EUR',
};

export const dashboardAccounts = [
  {
    id: 'a1',
    name: 'Nordwind AG',
    stage: 'Live',
    engagement: 5,
    mrr: [
      { month: '2024-01', plan: 'Basic', mrr: 1_000 },
      { month: '2024-02', plan: 'Basic', mrr: 1_200 },
    ],
  },
  {
    id: 'a2',
    name: 'Alpen GmbH',
    stage: 'Kick-off',
    engagement: 90,
    mrr: [
      { month: '2024-01', plan: 'Premium', mrr: 3_000 },
      { month: '2024-02', plan: 'Premium', mrr: 3_100 },
    ],
  },
];

export const dashboardProps = {
  data: dashboardAccounts,
  label: 'name' as const,
  period: 'month' as const,
  plans: ['Basic', 'Premium'],
  status: 'stage' as const,
  stages: ['Kick-off', 'Live'],
  signals,
};

/** The dashboard's charts (their roots), in document order. */
const chartsOf = (container: Element) => Array.from(container.querySelectorAll<HTMLElement>('.kamkit-chart'));
/** The one explorer of a chart that takes the tab stop. */
/** An object whose enumerable getter throws (the caller's own error, not a KamkitError). */
const throwingGetter = () =>
  Object.defineProperty({}, 'value', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
const explorerOf = (chart: Element) =>
  Array.from(chart.querySelectorAll<HTMLElement>('[role=group]')).filter((e) => e.tabIndex === 0);

export const kpi = {
  empty() {
    render(<KpiTiles />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(document.querySelector('.kamkit-kpis__empty')).toHaveTextContent('No key figures: no data.');
  },
  errors() {
    // Results with nothing to compare with: a dash and the reason where a ratio has no base, never NaN.
    const empty = mrrMovements([], []);
    const view = render(<KpiTiles movements={empty} from="2024-01" to="2024-02" />);
    expect(view.container.querySelector('[data-kpi=nrr]')).toHaveTextContent(
      /^Net revenue retention–No MRR at the start$/,
    );
    expect(view.container.innerHTML).not.toMatch(/NaN|Infinity|undefined/);
    view.unmount();
    // What is not a core result, or a getter of the caller's that throws, is the tiles' error state.
    for (const bad of [
      { movements: 42 },
      { churn: {} },
      { messages: { common: throwingGetter() } },
      { messages: { dashboard: throwingGetter() } },
    ]) {
      const onError = vi.fn();
      const { container, unmount } = render(
        <KpiTiles {...kpiProps} {...(bad as object)} onError={onError} />,
      );
      expect(container.firstElementChild).toHaveAttribute('data-error', 'INVALID_OPTION');
      expect(screen.getByRole('alert')).toHaveTextContent('INVALID_OPTION');
      expect(screen.queryByRole('list')).toBeNull();
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(KamkitError);
      unmount();
    }
  },
  errorGerman() {
    render(<KpiTiles {...kpiProps} movements={42 as never} locale="de-DE" />);
    expect(screen.getByRole('alert')).toHaveTextContent(/Fehlercode: INVALID_OPTION/);
  },
  server() {
    const html = renderToString(<KpiTiles {...kpiProps} />);
    expect(html).toMatch(/<div[^>]*class="kamkit-chart kamkit-kpis"/);
    expect(html).toContain('<li');
    expect(renderToString(<KpiTiles />)).toContain('kamkit-kpis__empty');
    expect(renderToString(<KpiTiles {...kpiProps} movements={42 as never} />)).toContain('data-error');
  },
  keyboard() {
    const { container } = render(<KpiTiles {...kpiProps} />);
    // Plain text in a list: nothing to tab to, and every figure readable in reading order.
    expect(container.querySelectorAll('a, button, input, select, [tabindex]')).toHaveLength(0);
    const items = within(screen.getByRole('list', { name: 'Key figures' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^MRR€4,300up: \+€300 \(\+7\.5%\) vs Jan 2024$/);
  },
  pointer() {
    const onSelect = vi.fn();
    const { container } = render(<KpiTiles {...kpiProps} {...({ onSelect } as object)} />);
    fireEvent.click(container.querySelector('.kamkit-kpi') as Element);
    expect(onSelect).not.toHaveBeenCalled();
    expect(container.querySelector('[data-selected]')).toBeNull();
  },
  width() {
    const { container } = render(<KpiTiles {...kpiProps} />);
    // No size anywhere but the 10 px arrows: the list is a CSS grid that wraps with its container.
    const sized = Array.from(container.querySelectorAll('[width], [style]')).filter(
      (e) => !e.closest('.kamkit-kpi__arrow'),
    );
    expect(sized).toEqual([]);
    expect(container.querySelectorAll('.kamkit-kpi__arrow').length).toBeGreaterThan(0);
  },
  tooltip() {
    const { container } = render(<KpiTiles {...kpiProps} />);
    expect(container.querySelector('.kamkit-tooltip')).toBeNull();
    // What a tooltip would add is on the tile: the change and what it compares with.
    expect(container.querySelector('[data-kpi=mrr] .kamkit-kpi__context')).toHaveTextContent('vs Jan 2024');
  },
};

export const dashboard = {
  root(ref: { current: HTMLElement | null }) {
    render(
      <KaDashboard {...dashboardProps} ref={ref} className="mine" data-testid="root" aria-busy="false" />,
    );
    const root = screen.getByTestId('root');
    expect(root.tagName).toBe('SECTION');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('kamkit-dashboard', 'mine');
    expect(root).toHaveAttribute('aria-busy', 'false');
  },
  empty() {
    const { container } = render(<KaDashboard {...dashboardProps} data={[]} />);
    const images = screen.getAllByRole('img');
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const img of images) expect(img.querySelector('desc')?.textContent?.length).toBeGreaterThan(5);
    expect(container.querySelector('.kamkit-kpis__empty, .kamkit-kpis__list')).not.toBeNull();
  },
  errors() {
    // The dashboard's own inputs: its error state in the section, and onError once.
    for (const [bad, code] of [
      [{ data: null }, 'NOT_ITERABLE'],
      [{ series: 42 }, 'INVALID_OPTION'],
      [{ width: Number.NaN }, 'INVALID_OPTION'],
      [{ messages: { common: throwingGetter() } }, 'INVALID_OPTION'],
      [{ messages: { dashboard: throwingGetter() } }, 'INVALID_OPTION'],
    ] as const) {
      const onError = vi.fn();
      const { container, unmount } = render(
        <KaDashboard {...dashboardProps} {...(bad as object)} onError={onError} />,
      );
      const root = container.querySelector('section') as Element;
      expect(root).toHaveAttribute('data-error', code);
      expect(within(root as HTMLElement).getByRole('alert')).toHaveTextContent(code);
      expect(root.querySelector('svg')).toBeNull();
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(KamkitError);
      expect(onError.mock.calls[0]?.[0].code).toBe(code);
      unmount();
    }
    // A part's invalid size shows that chart's error state and reaches the dashboard's onError.
    const onError = vi.fn();
    const { container } = render(
      <KaDashboard {...dashboardProps} plansProps={{ height: Number.NaN }} onError={onError} />,
    );
    const plans = container.querySelector('[data-panel=plans] .kamkit-chart') as Element;
    expect(plans).toHaveAttribute('data-error', 'INVALID_OPTION');
    expect(within(plans as HTMLElement).getByRole('alert')).toHaveTextContent('INVALID_OPTION');
    expect(container.querySelectorAll('[data-error]')).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(KamkitError);
  },
  keyboard() {
    const onSelect = vi.fn();
    const { container } = render(<KaDashboard {...dashboardProps} onSelect={onSelect} />);
    const charts = chartsOf(container).filter((c) => c.querySelector('svg[role=img]'));
    expect(charts.length).toBeGreaterThanOrEqual(3);
    // One tab stop per chart (its explorer), so the dashboard has as many as it has charts.
    for (const chart of charts) expect(explorerOf(chart), chart.dataset.kamkitChart).toHaveLength(1);
    // The first chart's explorer keeps the shared keyboard contract and reports to the dashboard's onSelect.
    const explorer = explorerOf(charts[0] as Element)[0] as HTMLElement;
    act(() => fireEvent.focus(explorer));
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    fireEvent.keyDown(explorer, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'bin', id: 'period:2024-02' }));
    fireEvent.keyDown(explorer, { key: 'Escape' });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  },
  selected() {
    const { container } = render(
      <KaDashboard {...dashboardProps} plansProps={{ selectedId: 'period:2024-01' }} />,
    );
    const plans = container.querySelector('[data-panel=plans]') as Element;
    expect(plans.querySelector('svg [data-selected="true"]')).not.toBeNull();
    expect(container.querySelector('[data-panel=movements] svg [data-selected="true"]')).toBeNull();
  },
  width() {
    for (const width of [1200, 700, 390]) {
      const { container, unmount } = render(<KaDashboard {...dashboardProps} width={width} />);
      const grid = dashboardGrid(width);
      const plans = container.querySelector('[data-panel=plans] svg');
      expect(container.firstElementChild).toHaveAttribute('data-columns', String(grid.columns));
      expect(plans).toHaveAttribute('width', String(grid.panel(2)));
      unmount();
    }
  },
  tooltip() {
    const renderTooltip = (item: { id: string | number }) => (
      <span data-testid="custom">Item {String(item.id)}</span>
    );
    const { container } = render(<KaDashboard {...dashboardProps} plansProps={{ renderTooltip }} />);
    const explorer = explorerOf(container.querySelector('[data-panel=plans]') as Element)[0] as HTMLElement;
    act(() => fireEvent.focus(explorer));
    expect(screen.getByTestId('custom')).toHaveTextContent('Item period:2024-01');
    expect(screen.getByTestId('custom').closest('.kamkit-tooltip')).not.toBeNull();
  },
};
