import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ParetoChart } from '../src';

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
});
