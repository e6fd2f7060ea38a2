import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AbcXyzMatrix } from '../src';
import { expectGolden } from './golden';

// Totals 40, 40, 8, 4, 4 (96): a1 AX, a2 AY (cv 1), a3 BZ, a4 BX, a5 CY; a6 has no series.
const accounts = [
  { id: 'a1', name: 'Alpha Health', series: [10, 10, 10, 10] },
  { id: 'a2', name: 'Beta Clinic', series: [20, 0, 20, 0] },
  { id: 'a3', name: 'Gamma Labs', series: [0, 0, 0, 8] },
  { id: 'a4', name: 'Delta Care', series: [1, 1, 1, 1] },
  { id: 'a5', name: 'Epsilon Spital', series: [2, 0, 2, 0] },
  { id: 'a6', name: 'Zeta Praxis', series: null },
];

function manyAccounts(count: number) {
  let seed = 3;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: count }, (_, i) => {
    const level = 1000 * random() ** -0.8;
    const noise = random() < 0.7 ? 0.2 : random() < 0.6 ? 0.9 : 2;
    return {
      id: i,
      name: `Account ${i}`,
      monthly: Array.from({ length: 12 }, () =>
        Math.max(0, Math.round(level * (1 + noise * (random() - 0.5) * 2))),
      ),
    };
  });
}

describe('AbcXyzMatrix', () => {
  it('states the cell with the most value in its description', () => {
    render(<AbcXyzMatrix data={accounts} label="name" />);
    const img = screen.getByRole('img', { name: 'ABC/XYZ matrix: revenue and steadiness of demand' });
    expect(img).toHaveAccessibleDescription(
      /^AX \(high value, steady\) holds 1 account \(20%\) and 42% of revenue\. Steady \(X\): 2 accounts; variable \(Y\): 2; erratic \(Z\): 1\. By cell: AX 1, AY 1, AZ 0, BX 1, BY 0, BZ 1, CX 0, CY 1, CZ 0\. XYZ by the coefficient of variation over 4 periods\. Left out: 1 value is missing\.$/,
    );
  });

  it('draws nine cells with data-cell, data-tier and data-xyz, tinted by value', () => {
    const { container } = render(<AbcXyzMatrix data={accounts} />);
    const cells = Array.from(container.querySelectorAll('.kamkit-abc-xyz__cell'));
    expect(cells.map((c) => c.getAttribute('data-cell'))).toEqual([
      'AX',
      'AY',
      'AZ',
      'BX',
      'BY',
      'BZ',
      'CX',
      'CY',
      'CZ',
    ]);
    const ax = container.querySelector('[data-cell="AX"]');
    expect(ax).toHaveAttribute('data-tier', 'A');
    expect(ax).toHaveAttribute('data-xyz', 'X');
    expect(ax).toHaveTextContent('AX14042% of revenue');
    expect(container.querySelector('[data-cell="AZ"]')).toHaveAttribute('data-empty', 'true');
    const opacity = (cell: string) =>
      Number(container.querySelector(`[data-cell="${cell}"] rect`)?.getAttribute('fill-opacity'));
    expect(opacity('AX')).toBeGreaterThan(opacity('BZ'));
    expect(opacity('BZ')).toBeGreaterThan(opacity('AZ'));
  });

  it('passes the abc and xyz options through', () => {
    render(<AbcXyzMatrix data={accounts} xyz={{ thresholds: [0.1, 2] }} abc={{ basis: 'count' }} />);
    // cv 1 and 1.73 are now Y; by count the top 20 % (1 account) is A and the next two B.
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^BY \(medium value, variable\) holds 2 accounts \(40%\) and 50% of revenue\..*By cell: AX 1, AY 0, AZ 0, BX 0, BY 2, BZ 0, CX 1, CY 1, CZ 0\./,
    );
    expect(screen.getByText('steady · CV ≤ 0.1')).toBeInTheDocument();
  });

  it('moves across the grid with the arrow keys in two dimensions', () => {
    render(<AbcXyzMatrix data={accounts} label="name" />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^AX: high value, steady\. 1 account \(20%\)\. Revenue: 40 \(42%\)\. Alpha Health$/,
    );
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^AY: high value, variable\./);
    fireEvent.keyDown(explorer, { key: 'ArrowDown' });
    expect(screen.getByRole('status')).toHaveTextContent(/^BY: medium value, variable\./);
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(/^CZ: low value, erratic\. 0 accounts/);
  });

  it('gives each cell its item and marks the selected cell', () => {
    const onSelect = vi.fn();
    const { container } = render(<AbcXyzMatrix data={accounts} onSelect={onSelect} />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    fireEvent.keyDown(explorer, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith({
      kind: 'cell',
      id: 'cell:AY',
      datum: null,
      accounts: [accounts[1]],
    });
    expect(container.querySelector('[data-cell="AY"]')).toHaveAttribute('data-selected', 'true');
  });

  it('renders a clear empty state', () => {
    const { container } = render(<AbcXyzMatrix data={[]} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      'No accounts with both a positive revenue and a usable series.',
    );
    expect(container.querySelectorAll('.kamkit-abc-xyz__cell')).toHaveLength(0);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('formats values and shares for de-DE with euros', () => {
    render(
      <AbcXyzMatrix
        data={[{ id: 'a', series: [600_000, 634_567] }]}
        locale="de-DE"
        currency="EUR"
        table="visible"
      />,
    );
    expect(screen.getByRole('table')).toHaveTextContent('1.234.567 €');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^AX \(hoher Wert, stetig\) umfasst 1 Konto \(100\u00a0%\) und 100\u00a0% des Umsatzes\./,
    );
  });

  it('keeps the DOM bounded for 10,000 accounts', () => {
    const { container } = render(
      <AbcXyzMatrix data={manyAccounts(10_000)} series="monthly" table="visible" />,
    );
    expect(container.querySelectorAll('*').length).toBeLessThan(250);
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(9);
  });

  it('matches the golden SVG', () => {
    expectGolden(
      'abc-xyz-matrix',
      <AbcXyzMatrix data={manyAccounts(500)} series="monthly" interactive={false} />,
    );
  });

  it('matches the golden SVG: de-DE, small', () => {
    expectGolden(
      'abc-xyz-matrix-de',
      <AbcXyzMatrix
        data={manyAccounts(60)}
        series="monthly"
        locale="de-DE"
        currency="EUR"
        width={420}
        height={320}
        interactive={false}
      />,
    );
  });
});
