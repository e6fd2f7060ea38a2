import { abc } from '@kamkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AbcChart, computeAbcLayout } from '../src';
import { expectGolden } from './golden';

// 20 accounts: 4 × 20,000 = 80,000 (80 %), 3 × 5,000 = 15,000 (B up to 95 %), 13 accounts share 5,000 (C).
const accounts = Array.from({ length: 20 }, (_, i) => ({
  id: `acc-${String(i + 1).padStart(2, '0')}`,
  name: `Account ${i + 1}`,
  revenue: i < 4 ? 20_000 : i < 7 ? 5_000 : i < 12 ? 500 : 312.5,
}));

/** Seeded heavy-tailed revenues, no Math.random. */
function manyAccounts(count: number) {
  let seed = 11;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: i,
    name: `Account ${i}`,
    revenue: Math.round(10_000 * random() ** -0.9),
  }));
}

describe('AbcChart', () => {
  it('states the finding per tier in its title and description', () => {
    render(<AbcChart data={accounts} value="revenue" label="name" />);
    const img = screen.getByRole('img', { name: 'ABC analysis of revenue' });
    expect(img).toHaveAccessibleDescription(
      /^A: 4 accounts \(20%\) make 80% of revenue; B: 3 accounts \(15%\) make 15%; C: 13 accounts \(65%\) make 5%\. Tiers by cumulative share of revenue: A up to 80%, B up to 95%, C the rest\./,
    );
  });

  it('marks the tier bands, dots and summary with data-tier', () => {
    const { container } = render(<AbcChart data={accounts} value="revenue" label="name" />);
    const bands = container.querySelectorAll('.kamkit-abc__band');
    expect(Array.from(bands).map((b) => b.getAttribute('data-tier'))).toEqual(['A', 'B', 'C']);
    expect(container.querySelectorAll('circle.kamkit-abc__dot[data-tier="A"]')).toHaveLength(4);
    expect(container.querySelectorAll('circle.kamkit-abc__dot[data-tier="C"]')).toHaveLength(13);
    const summary = screen.getByRole('list', { name: 'Tiers' });
    expect(summary.querySelector('[data-tier="B"]')).toHaveTextContent('B3 accounts (15%)15% of revenue');
    expect(container.querySelector('path.kamkit-curve__line')?.getAttribute('d')).toMatch(/^M/);
  });

  it('passes the options of abc through: count basis, boundary and computed limits', () => {
    const { container, rerender } = render(
      <AbcChart data={accounts} value="revenue" basis="count" thresholds={[0.1, 0.3]} />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^A: 2 accounts \(10%\) make 40% of revenue; B: 4 accounts \(20%\) make 50%;.*Tiers by share of accounts: A the top 10%, B up to 30%/,
    );
    expect(container.querySelectorAll('.kamkit-abc__threshold line')).toHaveLength(2);
    rerender(<AbcChart data={accounts} value="revenue" method="computed" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /Limits computed from the curve \(Ultsch & Lötsch 2015\)/,
    );
    expect(container.querySelector('[data-kamkit-chart="abc"]')).toHaveAttribute('data-method', 'computed');
    expect(container.querySelectorAll('.kamkit-abc__threshold')).toHaveLength(0);
  });

  it('moves between accounts with the arrow keys and reads the tier in the status', () => {
    render(<AbcChart data={accounts} value="revenue" label="name" />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(/^Account 1\. Tier A · rank 1 of 20/);
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Account 2\./);
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Account 20\. Tier C · rank 20 of 20/);
  });

  it('renders a static chart without the explorer when interactive is false', () => {
    render(<AbcChart data={accounts} value="revenue" interactive={false} />);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('renders a clear empty state', () => {
    const { container } = render(<AbcChart data={[]} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No accounts with a positive revenue.');
    expect(container.querySelector('.kamkit-empty')).toHaveTextContent(
      'No accounts with a positive revenue.',
    );
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('reports records left out for zero or missing values', () => {
    render(<AbcChart data={[{ id: 'a', value: 10 }, { id: 'b', value: 0 }, { id: 'c' }]} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /Left out: 1 value is zero; 1 value is missing\.$/,
    );
  });

  it('formats numbers for de-DE with euros', () => {
    render(
      <AbcChart
        data={[
          { id: 'a', value: 1_234_567 },
          { id: 'b', value: 100 },
        ]}
        locale="de-DE"
        currency="EUR"
        table="visible"
      />,
    );
    expect(screen.getByRole('table')).toHaveTextContent('1.234.567 €');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^A: 1 Konto \(50\u00a0%\) macht >99\u00a0% des Umsatzes aus; B: keine Konten; C: 1 Konto \(50\u00a0%\) macht <1\u00a0% aus\./,
    );
  });

  it('writes values with formatValue and takes the theme, title and description props', () => {
    const { container } = render(
      <AbcChart
        data={accounts}
        value="revenue"
        formatValue={(v) => `${v / 1000}k`}
        theme="dark"
        title="Tiers 2024"
        table="visible"
      />,
    );
    expect(screen.getByRole('img', { name: 'Tiers 2024' })).toHaveAccessibleDescription(
      /Total revenue: 100k\.$/,
    );
    expect(screen.getByRole('table')).toHaveTextContent('20k');
    expect(container.querySelector('[data-kamkit-chart="abc"]')).toHaveAttribute('data-kamkit-theme', 'dark');
    render(<AbcChart data={accounts} value="revenue" description="Custom words." />);
    expect(screen.getAllByRole('img')[1]).toHaveAccessibleDescription('Custom words.');
  });

  it('keeps the DOM bounded for 100,000 accounts and lists the tiers in the table', () => {
    const { container } = render(
      <AbcChart data={manyAccounts(100_000)} value="revenue" width={640} table="visible" />,
    );
    expect(container.querySelectorAll('*').length).toBeLessThan(200);
    expect(container.querySelectorAll('circle')).toHaveLength(0);
    const d = container.querySelector('.kamkit-abc__curve path')?.getAttribute('d') ?? '';
    expect(d.split('L').length).toBeLessThanOrEqual(4 * 640);
    expect(container.querySelector('[data-kamkit-chart="abc"]')).toHaveAttribute('data-binned', 'true');
    const rows = screen.getByRole('table').querySelectorAll('tbody tr');
    expect(Array.from(rows).map((r) => r.firstElementChild?.textContent)).toEqual(['A', 'B', 'C']);
  });

  it('draws custom marks through the children render prop', () => {
    const { container } = render(
      <AbcChart data={accounts} value="revenue">
        {(layout) => <circle className="mine" cx={layout.x(0.5)} cy={layout.y(0.5)} r={2} />}
      </AbcChart>,
    );
    expect(container.querySelector('svg circle.mine')).not.toBeNull();
  });

  it('toggles a tier from the legend: its band, dots and label leave the plot', () => {
    const onHiddenSeriesChange = vi.fn();
    const { container } = render(
      <AbcChart data={accounts} value="revenue" onHiddenSeriesChange={onHiddenSeriesChange} />,
    );
    const button = screen.getByRole('button', { name: /Tier B/ });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(button);
    expect(onHiddenSeriesChange).toHaveBeenLastCalledWith(['B']);
    expect(container.querySelector('.kamkit-abc__band[data-tier="B"]')).toBeNull();
    expect(container.querySelectorAll('circle.kamkit-abc__dot[data-tier="B"]')).toHaveLength(0);
    expect(container.querySelector('.kamkit-abc__band[data-tier="A"]')).not.toBeNull();
    const { container: controlled } = render(
      <AbcChart data={accounts} value="revenue" hiddenSeries={['A', 'C']} />,
    );
    const tiers = Array.from(controlled.querySelectorAll('.kamkit-abc__band'), (b) =>
      b.getAttribute('data-tier'),
    );
    expect(tiers).toEqual(['B']);
  });

  it('gives each point its item: accounts, or columns of one tier (bins) when they outnumber pixels', () => {
    const onSelect = vi.fn();
    render(<AbcChart data={accounts} value="revenue" onSelect={onSelect} />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    fireEvent.keyDown(explorer, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith({
      kind: 'account',
      id: 'acc-01',
      datum: accounts[0],
      accounts: [accounts[0]],
    });
    const data = manyAccounts(5_000);
    const many = computeAbcLayout(abc(data, { value: 'revenue' }), { data, width: 400 });
    expect(many.binned).toBe(true);
    expect(many.points[0]?.item?.kind).toBe('bin');
    expect(many.points.reduce((sum, p) => sum + (p.item?.accounts.length ?? 0), 0)).toBe(5_000);
  });

  it('lists at most maxTableRows rows and says how many; xLabel and yLabel win over the catalogue', () => {
    const { container } = render(
      <AbcChart
        data={accounts}
        value="revenue"
        maxTableRows={5}
        table="visible"
        xLabel="Kunden"
        yLabel="MRR"
      />,
    );
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(5);
    expect(screen.getByText('The table lists the first 5 of 20 rows.')).not.toBeNull();
    const titles = Array.from(container.querySelectorAll('.kamkit-axis__label'), (e) => e.textContent);
    expect(titles).toEqual(['MRR', 'Kunden']);
  });

  it('matches the golden SVG: twenty accounts', () => {
    expectGolden('abc-twenty', <AbcChart data={accounts} value="revenue" label="name" interactive={false} />);
  });

  it('matches the golden SVG: count basis, de-DE', () => {
    expectGolden(
      'abc-count-de',
      <AbcChart
        data={manyAccounts(300)}
        value="revenue"
        basis="count"
        locale="de-DE"
        currency="EUR"
        interactive={false}
      />,
    );
  });

  it('matches the golden SVG: 20,000 accounts downsampled', () => {
    expectGolden(
      'abc-many',
      <AbcChart data={manyAccounts(20_000)} value="revenue" width={480} interactive={false} />,
    );
  });
});
