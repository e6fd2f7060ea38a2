import { concentration } from '@kamkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { computeLorenzLayout, describeGini, LorenzChart } from '../src';
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
      /^Gini 0\.13: revenue is spread fairly evenly\. Gini \(corrected for a small number of accounts\)\./,
    );
  });

  it('words the Gini on a documented scale', () => {
    expect(describeGini(0.2)).toBe('revenue is spread fairly evenly');
    expect(describeGini(0.45)).toBe('revenue is moderately concentrated');
    expect(describeGini(0.63)).toBe('revenue is highly concentrated');
    expect(describeGini(0.7, 'MRR')).toBe('MRR is very highly concentrated');
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

  it('spreads unknown props, merges className and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <LorenzChart
        ref={ref}
        data={even}
        value="revenue"
        className="mine"
        data-testid="chart"
        aria-busy="false"
      />,
    );
    const root = screen.getByTestId('chart');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('kamkit-chart', 'kamkit-lorenz', 'mine');
    expect(root).toHaveAttribute('aria-busy', 'false');
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

  it('renders the complete SVG on the server', () => {
    const html = renderToString(<LorenzChart data={concentrated} value="revenue" interactive={false} />);
    expect(html).toContain('<svg');
    expect(html).toContain('class="kamkit-equality"');
    expect(html).toContain('Gini 0.81: revenue is very highly concentrated.');
  });

  it('renders a clear empty state', () => {
    const { container } = render(<LorenzChart data={[{ id: 'x', revenue: 0 }]} value="revenue" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      'No accounts with a positive revenue. 1 record left out (zero, negative or missing revenue).',
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

  it('shows hostile labels as text', () => {
    const { container } = render(
      <LorenzChart
        data={[{ id: 'x', name: '<img src=x onerror=alert(1)>', revenue: 1 }]}
        value="revenue"
        label="name"
        table="visible"
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('table')).toHaveTextContent('<img src=x onerror=alert(1)>');
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
      /^Gini 0,30: revenue is moderately concentrated\./,
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /HHI 6\.854 points: as concentrated as 1,5 accounts of equal size\./,
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
    expect(narrow.xAxisLabel).toBe('Share of accounts, smallest first');
    expect(narrow.yAxisLabel).toBe('Cumulative share of revenue');
    expect(narrow.marker?.lines).toEqual([
      expect.stringMatching(/^Largest 20\s%:$/),
      expect.stringMatching(/^\d+\s% of revenue$/),
    ]);
    const tiny = computeLorenzLayout(result, { data, width: 200, height: 160 });
    expect(tiny.xAxisLabel).toBe('Accounts, smallest first');
    expect(tiny.yAxisLabel).toBe('Revenue');
  });

  it('moves the y axis title past wide tick labels beside it', () => {
    const data = manyAccounts(150);
    const result = concentration(data, { value: 'revenue' });
    // Only "40 %" … "60 %" lie beside the short title of a tall plot; a short plot puts "100 %" beside it.
    const tall = computeLorenzLayout(result, { data, width: 640, height: 400, locale: 'de-DE' });
    expect(tall.yLabelOffset).toBe(46);
    const short = computeLorenzLayout(result, { data, width: 640, height: 262, locale: 'de-DE' });
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
