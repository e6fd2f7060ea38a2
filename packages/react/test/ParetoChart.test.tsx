import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { computeParetoLayout, ParetoChart, pareto } from '../src';

const accounts = Array.from({ length: 60 }, (_, i) => ({
  id: `acc-${String(i + 1).padStart(2, '0')}`,
  name: `Account ${i + 1}`,
  // 12 accounts × 10,000 = 120,000 of 150,000 (exactly 80 %); 48 accounts × 625 = 30,000.
  revenue: i < 12 ? 10_000 : 625,
}));

describe('ParetoChart', () => {
  it('states the finding in its title and description', () => {
    render(<ParetoChart data={accounts} value="revenue" label="name" />);
    const img = screen.getByRole('img', { name: 'Pareto analysis of revenue' });
    expect(img).toHaveAccessibleDescription(/^12 of 60 accounts \(20%\) make 80% of revenue\./);
  });

  it('draws one bar per account with the vital few marked', () => {
    const { container } = render(<ParetoChart data={accounts} value="revenue" />);
    const bars = container.querySelectorAll('rect.kamkit-bar');
    expect(bars).toHaveLength(60);
    expect(container.querySelectorAll('rect.kamkit-bar[data-vital="true"]')).toHaveLength(12);
    expect(container.querySelector('path.kamkit-line')?.getAttribute('d')).toMatch(/^M/);
  });

  it('bins bars to pixel columns when accounts outnumber pixels', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: i, value: 1 / (i + 1) }));
    const { container } = render(<ParetoChart data={many} width={640} interactive={false} />);
    const bars = container.querySelectorAll('rect.kamkit-bar');
    expect(bars.length).toBeLessThanOrEqual(640);
    expect(bars.length).toBeGreaterThan(100);
    const covered = Array.from(bars).reduce(
      (sum, bar) => sum + Number(bar.getAttribute('data-count') ?? 1),
      0,
    );
    expect(covered).toBe(10_000);
  });

  it('spreads unknown props, merges className and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ParetoChart
        ref={ref}
        data={accounts}
        value="revenue"
        className="mine"
        data-testid="chart"
        aria-busy="false"
      />,
    );
    const root = screen.getByTestId('chart');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('kamkit-chart', 'kamkit-pareto', 'mine');
    expect(root).toHaveAttribute('aria-busy', 'false');
  });

  it('formats numbers for de-DE with euros', () => {
    render(
      <ParetoChart data={[{ id: 'a', value: 1_234_567 }]} locale="de-DE" currency="EUR" table="visible" />,
    );
    expect(screen.getByRole('table')).toHaveTextContent('1.234.567 €');
  });

  it('shows hostile labels as text', () => {
    const { container } = render(
      <ParetoChart
        data={[{ id: 'x', name: '<img src=x onerror=alert(1)>', value: 1 }]}
        label="name"
        table="visible"
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('table')).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('moves between accounts with the arrow keys and shows the tooltip on focus', () => {
    render(<ParetoChart data={accounts} value="revenue" label="name" />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(/^Account 1\./);
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Account 2\./);
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Account 60\./);
  });

  it('renders a clear empty state', () => {
    render(<ParetoChart data={[]} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No accounts with a positive revenue.');
  });

  it('renders the complete SVG on the server', () => {
    const html = renderToString(<ParetoChart data={accounts} value="revenue" />);
    expect(html).toContain('<svg');
    expect(html.match(/class="kamkit-bar"/g)).toHaveLength(60);
    expect(html).toContain('12 of 60 accounts (20%) make 80% of revenue.');
  });

  it('names only the first four accounts of a column and writes tooltips when they are read', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: i, value: 5000 - i }));
    let labelled = 0;
    const label = (d: { id: number }) => {
      labelled++;
      return `Account ${d.id}`;
    };
    // A 120 px wide chart has a 4 px plot: 4 columns of about 1,250 accounts.
    const layout = computeParetoLayout(pareto(many), { data: many, label, width: 120, height: 300 });
    expect(layout.binned).toBe(true);
    expect(labelled).toBeLessThan(10);
    const bar = layout.bars[1];
    const point = layout.points[1];
    if (!bar || !point) throw new Error('expected a second column');
    expect(bar.count).toBe(bar.rows.length);
    expect(bar.count).toBeGreaterThan(1000);
    expect(point.title).toBe(
      `Accounts ${bar.rankStart.toLocaleString('en-US')}–${bar.rankEnd.toLocaleString('en-US')} (${bar.count.toLocaleString('en-US')})`,
    );
    expect(point.lines[0]).toBe(
      `Account ${bar.rankStart - 1}, Account ${bar.rankStart}, Account ${bar.rankStart + 1}, Account ${bar.rankStart + 2} and ${(bar.count - 4).toLocaleString('en-US')} more`,
    );
    expect(labelled).toBeLessThan(20);
    expect(point.lines).toBe(point.lines); // written once, then kept
  });

  it('marks a column vital only when all its accounts are, and keeps raw values for export', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: i, value: 1 / (i + 1) }));
    const result = pareto(many);
    const layout = computeParetoLayout(result, { data: many, width: 640, height: 360 });
    for (const bar of layout.bars) expect(bar.vital).toBe(bar.rows.every((row) => row.vital));
    expect(layout.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(2000);
    expect(layout.table.raw).toHaveLength(layout.bars.length);
    expect(layout.table.raw?.[0]).toEqual([
      `1–${layout.bars[0]?.rankEnd}`,
      layout.bars[0]?.count,
      layout.bars[0]?.value,
      layout.bars[0]?.cumulativeShare,
      true,
    ]);
  });
});
