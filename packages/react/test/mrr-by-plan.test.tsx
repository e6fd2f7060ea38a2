import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MrrByPlanChart } from '../src';

interface Row {
  month: string;
  plan: string;
  mrr: number;
}

const PLANS = ['Basic', 'Standard', 'Premium'];
const months = Array.from(
  { length: 24 },
  (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
// Basic flat 1,000; Standard 2,000; Premium grows from 1,000 by 100 a month (1,000 → 3,300).
const rows: Row[] = months.flatMap((month, i) => [
  { month, plan: 'Premium', mrr: 1000 + 100 * i },
  { month, plan: 'Basic', mrr: 1000 },
  { month, plan: 'Standard', mrr: 2000 },
]);

function chart(props: Partial<Parameters<typeof MrrByPlanChart<Row>>[0]> = {}) {
  return (
    <MrrByPlanChart<Row>
      data={rows}
      period="month"
      plans={PLANS}
      currency="USD"
      interactive={false}
      {...props}
    />
  );
}

describe('MrrByPlanChart', () => {
  it('states the trend and the plan mix in its description', () => {
    render(chart());
    expect(screen.getByRole('img', { name: 'MRR by plan' })).toHaveAccessibleDescription(
      'MRR grew from $4K in Jan 2023 to $6.3K in Dec 2024 (+58%). By plan in Dec 2024: Premium $3.3K (52%), Standard $2K (32%), Basic $1K (16%). Premium (upsell) rose from 25% to 52% of MRR.',
    );
  });

  it('stacks the plans lowest first, with the highlighted upsell plan on top', () => {
    const { container } = render(chart());
    const layers = [...container.querySelectorAll('g.kamkit-plan')];
    expect(layers.map((g) => g.getAttribute('data-plan'))).toEqual(PLANS);
    expect(layers.map((g) => g.getAttribute('data-highlight'))).toEqual(['false', 'false', 'true']);
    expect(container.querySelector('.kamkit-plan__label')).toHaveTextContent('Premium (upsell)');
    // The legend reads top to bottom, like the stack.
    expect([...container.querySelectorAll('.kamkit-legend__item')].map((li) => li.textContent)).toEqual([
      'Premium (upsell)',
      'Standard',
      'Basic',
    ]);
  });

  it('keeps the plan order and colours whatever order the records come in', () => {
    const { container } = render(chart({ data: [...rows].reverse() }));
    const layers = [...container.querySelectorAll('g.kamkit-plan')];
    expect(layers.map((g) => g.getAttribute('data-plan'))).toEqual(PLANS);
    // Colours by slot (the sheet maps slots to --kamkit-plan-N-color): no inline style, so strict CSP holds.
    expect(layers.map((g) => g.getAttribute('data-slot'))).toEqual(['1', '2', '3']);
    expect(layers.some((g) => g.hasAttribute('style'))).toBe(false);
  });

  it('draws stacked areas for long series and stacked bars for up to 12 periods', () => {
    const { container } = render(chart());
    expect(container.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-mark', 'area');
    expect(container.querySelectorAll('path.kamkit-plan__area')).toHaveLength(3);
    const { container: bars } = render(chart({ data: rows.filter((r) => r.month >= '2024-07') }));
    expect(bars.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-mark', 'bar');
    expect(bars.querySelectorAll('rect.kamkit-plan__bar')).toHaveLength(18);
  });

  it('ticks months at calendar boundaries, with the year at the first tick and each January', () => {
    const { container } = render(chart());
    const ticks = [...container.querySelectorAll('.kamkit-axis--bottom text')].map((t) => t.textContent);
    expect(ticks).toEqual(['Jan 2023', 'Jul', 'Jan 2024', 'Jul']);
    // Wider: quarters.
    const { container: wide } = render(chart({ width: 900 }));
    const quarters = [...wide.querySelectorAll('.kamkit-axis--bottom text')].map((t) => t.textContent);
    expect(quarters).toEqual(['Jan 2023', 'Apr', 'Jul', 'Oct', 'Jan 2024', 'Apr', 'Jul', 'Oct']);
  });

  it('moves between periods with the arrow keys, listing the plans top to bottom', () => {
    render(chart({ interactive: true }));
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Jan 2023. Premium (upsell): $1,000 (25%). Standard: $2,000 (50%). Basic: $1,000 (25%). Total: $4,000',
    );
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Feb 2023\./);
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Dec 2024\..*Total: \$6,300$/);
  });

  it('renders a clear empty state', () => {
    const { container } = render(chart({ data: [] }));
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No MRR data.');
    expect(container.querySelector('.kamkit-empty')).toHaveTextContent('No MRR data.');
    expect(container.querySelector('.kamkit-legend')).toBeNull();
  });

  it('formats numbers and months for de-DE with euros', () => {
    const big = rows.map((r) => ({ ...r, mrr: r.mrr * 1000 }));
    const { container } = render(chart({ data: big, locale: 'de-DE', currency: 'EUR', table: 'visible' }));
    expect(screen.getByRole('table')).toHaveTextContent('6.300.000 €');
    expect(screen.getByRole('table')).toHaveTextContent('März 2023');
    const ticks = [...container.querySelectorAll('.kamkit-axis--bottom text')].map((t) => t.textContent);
    expect(ticks).toEqual(['Jan. 2023', 'Jul', 'Jan. 2024', 'Jul']);
  });

  it('outlines the highlighted plan only where it has MRR', () => {
    const noPremium = rows.map((r) => (r.plan === 'Premium' ? { ...r, mrr: 0 } : r));
    const { container } = render(chart({ data: noPremium }));
    const edge = container.querySelector('g.kamkit-plan[data-plan="Premium"] .kamkit-plan__edge');
    expect(edge?.getAttribute('d')).toBe('');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/Premium \(upsell\) held at 0% of MRR\.$/);
  });

  it('highlights no plan without a plans list, and stacks the largest plan at the bottom', () => {
    const { container } = render(chart({ plans: undefined }));
    const layers = [...container.querySelectorAll('g.kamkit-plan')];
    expect(layers.map((g) => g.getAttribute('data-plan'))).toEqual(['Premium', 'Standard', 'Basic']);
    expect(container.querySelector('g.kamkit-plan[data-highlight="true"]')).toBeNull();
  });
  it('reads MRR from the value prop', () => {
    const renamed = rows.map(({ mrr, ...r }) => ({ ...r, monthly: mrr }));
    render(<MrrByPlanChart data={renamed} period="month" plans={PLANS} value="monthly" currency="USD" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/^MRR grew from \$4K in Jan 2023 to \$6\.3K/);
  });

  it('hides a plan from the legend (click), restacks the rest and says so', () => {
    const onHiddenSeriesChange = vi.fn();
    const { container } = render(chart({ interactive: true, onHiddenSeriesChange }));
    const premium = screen.getByRole('button', { name: /Premium \(upsell\)/ });
    expect(premium).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(premium);
    expect(onHiddenSeriesChange).toHaveBeenLastCalledWith(['series:Premium']);
    expect([...container.querySelectorAll('g.kamkit-plan')].map((g) => g.getAttribute('data-plan'))).toEqual([
      'Basic',
      'Standard',
    ]);
    expect(screen.getByRole('button', { name: /Premium/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/Hidden: 1 plan\.$/);
  });

  it('takes controlled hidden series', () => {
    const { container } = render(chart({ hiddenSeries: ['series:Basic', 'series:Standard'] }));
    expect([...container.querySelectorAll('g.kamkit-plan')].map((g) => g.getAttribute('data-plan'))).toEqual([
      'Premium',
    ]);
  });

  it('selects a period as a bin of its records', () => {
    const onSelect = vi.fn();
    const { container } = render(chart({ interactive: true, onSelect }));
    const explorer = screen.getAllByRole('group').find((e) => e.tabIndex === 0) as HTMLElement;
    fireEvent.focus(explorer);
    fireEvent.keyDown(explorer, { key: 'Enter' });
    const item = onSelect.mock.calls[0]?.[0];
    expect(item).toMatchObject({ kind: 'bin', id: 'period:2023-01', datum: null });
    expect(item.accounts).toEqual(rows.slice(0, 3));
    expect(container.querySelector('.kamkit-plan__selected')).toHaveAttribute('data-selected', 'true');
  });

  it('writes German with locale="de-DE"', () => {
    render(chart({ locale: 'de-DE', currency: 'EUR' }));
    expect(screen.getByRole('img', { name: 'MRR nach Tarif' })).toHaveAccessibleDescription(
      /^Der MRR stieg von 4\.000\s€ im Jan\. 2023 auf 6\.300\s€ im Dez\. 2024 \(\+58\s%\)\. Nach Tarif im Dez\. 2024: /,
    );
  });
});
