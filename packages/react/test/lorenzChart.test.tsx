import { concentration } from '@kamkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeLorenzLayout, describeGini, LorenzChart, messagesDe } from '../src';
import { expectGolden } from './golden';

// Shares 30/30/20/20: Gini 0.1, HHI 2,600 points.
const even = [
  { id: 'a', name: 'Alpha Health', revenue: 30 },
  { id: 'b', name: 'Beta Clinic', revenue: 30 },
  { id: 'c', name: 'Gamma Labs', revenue: 20 },
  { id: 'd', name: 'Delta Care', revenue: 20 },
];

// One account makes 91 % of revenue.
const concentrated = Array.from({ length: 10 }, (_, i) => ({
  id: `acc-${i}`,
  name: `Account ${i}`,
  revenue: i === 0 ? 910 : 10,
}));

function manyAccounts(count: number) {
  let seed = 17;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: count }, (_, i) => ({ id: i, revenue: Math.round(1000 * random() ** -0.85) }));
}

describe('LorenzChart', () => {
  it('states the Gini in words, the shares and the HHI in its description', () => {
    render(<LorenzChart data={even} value="revenue" label="name" />);
    const img = screen.getByRole('img', { name: 'Concentration of revenue (Lorenz curve)' });
    expect(img).toHaveAccessibleDescription(
      'Gini 0.10: revenue is spread fairly evenly. The largest 20% of accounts make 24% of revenue; the smallest 50% make 40%. HHI 2,600 points: as concentrated as 3.8 accounts of equal size. 4 accounts, total revenue 100.',
    );
  });

  it('shows the Gini and HHI headline above the plot', () => {
    const { container } = render(<LorenzChart data={concentrated} value="revenue" />);
    const headline = container.querySelector('.kamkit-headline');
    expect(headline).toHaveTextContent(
      /^Gini 0\.81: revenue is very highly concentrated\.HHI 8,290 points: as concentrated as 1\.2 accounts of equal size\.$/,
    );
  });

  it('states the corrected Gini when asked', () => {
    render(<LorenzChart data={even} value="revenue" gini="corrected" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^Gini 0\.13: revenue is spread fairly evenly\. Gini corrected for a small number of accounts\./,
    );
  });

  it('words the Gini on a documented scale', () => {
    expect(describeGini(0.2)).toBe('revenue is spread fairly evenly');
    expect(describeGini(0.45)).toBe('revenue is moderately concentrated');
    expect(describeGini(0.63)).toBe('revenue is highly concentrated');
    expect(describeGini(0.7)).toBe('revenue is very highly concentrated');
    expect(describeGini(0.7, messagesDe.lorenz)).toBe('Der Umsatz ist sehr stark konzentriert');
  });

  it('draws the curve, the line of equality, the shaded area and the marked point', () => {
    const { container } = render(<LorenzChart data={even} value="revenue" />);
    expect(container.querySelector('.kamkit-lorenz__curve path.kamkit-curve__line')?.getAttribute('d')).toBe(
      'M60,356L199,288L338,220L477,118L616,16',
    );
    expect(container.querySelector('line.kamkit-equality')).not.toBeNull();
    expect(
      container.querySelector('.kamkit-lorenz__area path.kamkit-curve__area')?.getAttribute('d'),
    ).toMatch(/^M/);
    expect(container.querySelector('.kamkit-lorenz__marker text')).toHaveTextContent(
      'Largest 20%: 24% of revenue',
    );
  });

  it('moves along the curve from the smallest account with the arrow keys', () => {
    render(<LorenzChart data={even} value="revenue" label="name" />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Delta Care. Revenue: 20 (20%). Smallest 1 (25%) make 20% of revenue',
    );
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Gamma Labs\./);
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Alpha Health\. .*Smallest 4 \(100%\) make 100% of revenue$/,
    );
  });

  it('renders a clear empty state', () => {
    const { container } = render(<LorenzChart data={[{ id: 'x', revenue: 0 }]} value="revenue" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      'No accounts with a positive revenue. Left out: 1 value is zero.',
    );
    expect(container.querySelector('.kamkit-empty')).not.toBeNull();
    expect(container.querySelector('.kamkit-headline')).toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('says that a single account makes everything', () => {
    render(<LorenzChart data={[{ id: 'only', revenue: 5 }]} value="revenue" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^Gini 0\.00: a single account makes all revenue\. HHI 10,000 points: as concentrated as a single account\./,
    );
  });

  it('formats numbers for de-DE with euros', () => {
    render(
      <LorenzChart
        data={[
          { id: 'a', revenue: 1_234_567 },
          { id: 'b', revenue: 300_000 },
        ]}
        value="revenue"
        locale="de-DE"
        currency="EUR"
        table="visible"
      />,
    );
    expect(screen.getByRole('table')).toHaveTextContent('1.234.567 €');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^Gini 0,30: Der Umsatz ist mäßig konzentriert\./,
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /HHI 6\.854 Punkte: so konzentriert wie 1,5 gleich große Konten\./,
    );
  });

  it('keeps the DOM bounded for 100,000 accounts and lists deciles in the table', () => {
    const { container } = render(
      <LorenzChart data={manyAccounts(100_000)} value="revenue" width={640} table="visible" />,
    );
    expect(container.querySelectorAll('*').length).toBeLessThan(200);
    const d = container.querySelector('.kamkit-lorenz__curve path')?.getAttribute('d') ?? '';
    expect(d.split('L').length).toBeLessThanOrEqual(4 * 640);
    expect(container.querySelector('[data-kamkit-chart="lorenz"]')).toHaveAttribute('data-binned', 'true');
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(10);
  });

  it('lists at most maxTableRows rows and says how many in the note', () => {
    render(<LorenzChart data={concentrated} value="revenue" maxTableRows={3} table="visible" />);
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(3);
    expect(screen.getByText('The table lists the first 3 of 10 rows.')).not.toBeNull();
  });

  it('gives each point its item: accounts, or runs of accounts (bins) when they outnumber pixels', () => {
    const few = computeLorenzLayout(concentration(even, { value: 'revenue' }), { data: even, width: 640 });
    expect(few.points[0]?.item).toEqual({ kind: 'account', id: 'd', datum: even[3], accounts: [even[3]] });
    const data = manyAccounts(5_000);
    const many = computeLorenzLayout(concentration(data, { value: 'revenue' }), { data, width: 400 });
    expect(many.binned).toBe(true);
    const first = many.points[0]?.item;
    expect(first?.kind).toBe('bin');
    expect(first?.id).toMatch(/^bin:1-\d+$/);
    expect(many.points.reduce((sum, p) => sum + (p.item?.accounts.length ?? 0), 0)).toBe(5_000);
  });

  it('takes axis titles from xLabel and yLabel', () => {
    const { container } = render(<LorenzChart data={even} value="revenue" xLabel="Kunden" yLabel="MRR" />);
    const titles = Array.from(container.querySelectorAll('.kamkit-axis__label'), (e) => e.textContent);
    expect(titles).toEqual(['MRR', 'Kunden']);
  });

  it('matches the golden SVG: ten accounts, one dominant', () => {
    expectGolden(
      'lorenz-concentrated',
      <LorenzChart data={concentrated} value="revenue" interactive={false} />,
    );
  });

  it('matches the golden SVG: 30/30/20/20', () => {
    expectGolden('lorenz-even', <LorenzChart data={even} value="revenue" interactive={false} />);
  });

  it('shortens the axis titles and breaks the marker label at a phone width', () => {
    const data = manyAccounts(150);
    const result = concentration(data, { value: 'revenue' });
    const wide = computeLorenzLayout(result, { data, width: 640, height: 400 });
    expect(wide.xAxisLabel).toBe('Cumulative share of accounts, smallest first');
    expect(wide.marker?.lines).toHaveLength(1);
    expect(wide.yLabelOffset).toBe(46);
    const narrow = computeLorenzLayout(result, { data, width: 324, height: 320, locale: 'de-DE' });
    expect(narrow.xAxisLabel).toBe('Anteil der Konten, kleinste zuerst');
    expect(narrow.yAxisLabel).toBe('Kumulierter Anteil am Umsatz');
    expect(narrow.marker?.lines).toEqual([
      expect.stringMatching(/^Größte 20\s%:$/),
      expect.stringMatching(/^\d+\s% des Umsatzes$/),
    ]);
    const tiny = computeLorenzLayout(result, { data, width: 200, height: 160 });
    expect(tiny.xAxisLabel).toBe('Accounts, smallest first');
    expect(tiny.yAxisLabel).toBe('Revenue');
  });

  it('moves the y axis title past wide tick labels beside it', () => {
    const data = manyAccounts(150);
    const result = concentration(data, { value: 'revenue' });
    // Only "40 %" … "60 %" lie beside the title of a tall plot; a plot about as high as the full title ("Kumulierter
    // Anteil am Umsatz") puts "100 %" beside it.
    const tall = computeLorenzLayout(result, { data, width: 640, height: 400, locale: 'de-DE' });
    expect(tall.yLabelOffset).toBe(46);
    const short = computeLorenzLayout(result, { data, width: 640, height: 270, locale: 'de-DE' });
    expect(short.yAxisLabel).toBe('Kumulierter Anteil am Umsatz');
    expect(short.yLabelOffset).toBeGreaterThan(46);
    expect(short.margin.left).toBe(short.yLabelOffset + 14);
  });

  it('matches the golden SVG: a phone width, de-DE', () => {
    expectGolden(
      'lorenz-narrow-de',
      <LorenzChart
        data={manyAccounts(150)}
        value="revenue"
        locale="de-DE"
        currency="EUR"
        width={324}
        height={320}
        interactive={false}
      />,
    );
  });

  it('matches the golden SVG: 20,000 accounts, de-DE', () => {
    expectGolden(
      'lorenz-many-de',
      <LorenzChart
        data={manyAccounts(20_000)}
        value="revenue"
        locale="de-DE"
        currency="EUR"
        width={480}
        height={340}
        interactive={false}
      />,
    );
  });
});
