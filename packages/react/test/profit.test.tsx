import { profitMatrix } from '@kamkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { computeProfitLayout, ProfitMatrix } from '../src';
import { expectGolden } from './golden';
import { expectStructure } from './structure';

interface Row {
  id: string;
  name: string;
  cost: number | null;
  price: number;
  revenue: number;
  margin: number;
}

// Median cost 27,500 (25,000 and 30,000 in the middle); median price 86.5 % (85 and 88).
const accounts: Row[] = [
  { id: 'a', name: 'Alpha', cost: 50_000, price: 95, revenue: 900_000, margin: 120_000 },
  { id: 'b', name: 'Bravo', cost: 40_000, price: 70, revenue: 400_000, margin: -20_000 },
  { id: 'c', name: 'Charlie', cost: 30_000, price: 92, revenue: 250_000, margin: 60_000 },
  { id: 'd', name: 'Delta', cost: 20_000, price: 60, revenue: 120_000, margin: 5_000 },
  { id: 'e', name: 'Echo', cost: 10_000, price: 98, revenue: 60_000, margin: 30_000 },
  { id: 'f', name: 'Foxtrot', cost: 45_000, price: 88, revenue: 30_000, margin: -8_000 },
  { id: 'g', name: 'Golf', cost: 15_000, price: 75, revenue: 15_000, margin: 2_000 },
  { id: 'h', name: 'Hotel', cost: 25_000, price: 85, revenue: 100_000, margin: 10_000 },
  { id: 'i', name: 'India', cost: null, price: 90, revenue: 10_000, margin: 1_000 },
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function many(count: number): Row[] {
  const r = random(5);
  return Array.from({ length: count }, (_, i) => {
    const revenue = Math.round(20_000 * (1 - r()) ** -0.7);
    const cost = Math.round(revenue * (0.1 + r() * 0.5));
    return {
      id: `m${i}`,
      name: `Account ${i}`,
      cost,
      price: Math.round((70 + r() * 30) * 10) / 10,
      revenue,
      margin: revenue - cost - Math.round(r() * 20_000),
    };
  });
}

const shapiro = { x: 'cost', y: 'price', preset: 'shapiro', formatY: 'percent', label: 'name' } as const;

describe('ProfitMatrix', () => {
  it('states the finding in its title and description', () => {
    render(<ProfitMatrix data={accounts} {...shapiro} currency="USD" />);
    const img = screen.getByRole('img', { name: 'Profit matrix: cost to serve and net price' });
    expect(img).toHaveAccessibleDescription(
      'Carriage trade and Bargain basement are the largest groups (3 of 8 accounts each); Aggressive 1, Passive 1. Horizontal: cost to serve; vertical: net price. Split at the median: cost to serve $27,500, net price 86.5%. Left out: 1 value is missing.',
    );
  });

  it('names a single largest group', () => {
    render(<ProfitMatrix data={accounts.filter((a) => a.id !== 'h')} {...shapiro} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^3 of 7 accounts \(43%\) are Carriage trade, the largest group; Aggressive 1, Passive 1, Bargain basement 2\./,
    );
  });

  it('marks each account with its Shapiro quadrant in data-quadrant', () => {
    const { container } = render(<ProfitMatrix data={accounts} {...shapiro} />);
    const quadrantOf = (id: string) =>
      container.querySelector(`circle.kamkit-bubble[data-id="${id}"]`)?.getAttribute('data-quadrant');
    expect(container.querySelectorAll('circle.kamkit-bubble')).toHaveLength(8);
    expect(quadrantOf('a')).toBe('carriage-trade');
    expect(quadrantOf('b')).toBe('aggressive');
    expect(quadrantOf('e')).toBe('passive');
    expect(quadrantOf('d')).toBe('bargain-basement');
    const labels = Array.from(container.querySelectorAll('.kamkit-quadrant__label')).map(
      (t) => t.textContent,
    );
    expect(labels).toEqual(['Carriage trade', 'Aggressive', 'Passive', 'Bargain basement']);
  });

  it('puts high cost right and high price up, split at the medians', () => {
    const { container } = render(<ProfitMatrix data={accounts} {...shapiro} />);
    const at = (id: string) => {
      const c = container.querySelector(`circle[data-id="${id}"]`) as SVGCircleElement;
      return { x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) };
    };
    const splitX = Number(container.querySelector('line.kamkit-split--x')?.getAttribute('x1'));
    const splitY = Number(container.querySelector('line.kamkit-split--y')?.getAttribute('y1'));
    expect(at('a').x).toBeGreaterThan(splitX);
    expect(at('a').y).toBeLessThan(splitY);
    expect(at('h').x).toBeLessThan(splitX); // 25,000 < 27,500
    expect(at('h').y).toBeGreaterThan(splitY); // 85 < 86.5
    const splitTexts = Array.from(container.querySelectorAll('.kamkit-split__label')).map(
      (t) => t.textContent,
    );
    expect(splitTexts).toEqual(['median 27,500', 'median 86.5%']);
  });

  it('splits at the mean or at given values', () => {
    const { container, rerender } = render(<ProfitMatrix data={accounts} {...shapiro} split="mean" />);
    // Mean cost of the eight placed accounts: 235,000 / 8 = 29,375.
    expect(container.querySelector('.kamkit-split__label')).toHaveTextContent('mean 29,375');
    rerender(<ProfitMatrix data={accounts} {...shapiro} split={{ x: 45_000, y: 90 }} />);
    expect(container.querySelector('circle[data-id="c"]')).toHaveAttribute('data-quadrant', 'passive');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /Split at the given values: cost to serve 45,000, net price 90%\./,
    );
  });

  it('uses the revenue-margin preset and keeps loss-making accounts', () => {
    const { container } = render(
      <ProfitMatrix
        data={accounts}
        x="revenue"
        y="margin"
        preset="revenue-margin"
        label="name"
        currency="EUR"
      />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleName('Profit matrix: revenue and contribution margin');
    expect(container.querySelectorAll('circle.kamkit-bubble')).toHaveLength(9);
    expect(container.querySelector('circle[data-id="b"]')).toHaveAttribute(
      'data-quadrant',
      'revenue-drivers',
    );
    const yTicks = Array.from(container.querySelectorAll('.kamkit-axis--left .kamkit-axis__tick text')).map(
      (t) => t.textContent,
    );
    expect(yTicks.some((t) => t?.startsWith('-'))).toBe(true);
  });

  it('spreads heavy-tailed measures on a log scale, keeping zero and losses on the chart', () => {
    const data = [
      ...accounts.filter((a) => a.cost !== null),
      { id: 'z', name: 'Zulu', cost: 500, price: 80, revenue: 0, margin: -150_000 },
      { id: 'w', name: 'Whale', cost: 2_000_000, price: 99, revenue: 9_000_000, margin: 4_000_000 },
    ];
    const { container } = render(
      <ProfitMatrix data={data} x="revenue" y="margin" preset="revenue-margin" xScale="log" yScale="log" />,
    );
    const xTicks = Array.from(container.querySelectorAll('.kamkit-axis--bottom .kamkit-axis__tick text')).map(
      (t) => t.textContent,
    );
    expect(xTicks[0]).toBe('0');
    expect(xTicks).toContain('1M');
    for (const t of xTicks.slice(1)) expect(t).toMatch(/^[125]0*K?M?$|^[13]0*K?M?$/);
    const yTicks = Array.from(container.querySelectorAll('.kamkit-axis--left .kamkit-axis__tick text')).map(
      (t) => t.textContent,
    );
    expect(yTicks.some((t) => t?.startsWith('-'))).toBe(true);
    const cx = (id: string) => Number(container.querySelector(`circle[data-id="${id}"]`)?.getAttribute('cx'));
    // Equal ratios get nearly equal room: 15,000 → 120,000 and 120,000 → 900,000 are both ~×8.
    const lower = cx('d') - cx('g');
    const upper = cx('a') - cx('d');
    expect(upper / lower).toBeGreaterThan(0.8);
    expect(upper / lower).toBeLessThan(1.3);
    expect(container.querySelectorAll('circle.kamkit-bubble')).toHaveLength(10);
  });

  it('lays out 200,000 accounts on log scales (extents by a loop, not a spread of every value)', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({
      id: i,
      cost: (i % 997) * 10,
      price: 10 + (i % 89),
    }));
    const result = profitMatrix(many, { x: 'cost', y: 'price', preset: 'shapiro' });
    const layout = computeProfitLayout(result, {
      data: many,
      preset: 'shapiro',
      width: 640,
      height: 460,
      xScale: 'log',
      yScale: 'log',
    });
    expect(layout.xTicks.map((t) => t.label)).toContain('0');
    expect(layout.points).toHaveLength(200_000);
  });

  it('makes bubble area proportional to size', () => {
    const { container } = render(<ProfitMatrix data={accounts} {...shapiro} size="revenue" />);
    const area = (id: string) => {
      const r = Number(container.querySelector(`circle[data-id="${id}"]`)?.getAttribute('r'));
      return Math.PI * r * r;
    };
    expect(area('a') / area('b')).toBeCloseTo(900 / 400, 1);
    expect(area('b') / area('d')).toBeCloseTo(400 / 120, 1);
  });

  it('moves between accounts left to right with the arrow keys', () => {
    render(<ProfitMatrix data={accounts} {...shapiro} />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Echo\. Cost to serve: 10,000\. Net price: 98%\. Passive quadrant$/,
    );
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Golf\./);
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Alpha\. .*Carriage trade quadrant$/);
  });

  it('renders the complete SVG on the server', () => {
    const html = renderToString(<ProfitMatrix data={accounts} {...shapiro} size="revenue" />);
    expect(html).toContain('<svg');
    expect(html.match(/class="kamkit-bubble"/g)).toHaveLength(8);
    expect(html).toContain('Carriage trade and Bargain basement are the largest groups');
  });

  it('says so when no account could be placed', () => {
    render(<ProfitMatrix data={[accounts[8] as Row]} {...shapiro} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      'No account could be placed on the matrix. Left out: 1 value is missing.',
    );
  });

  it('describes a single account', () => {
    const { container } = render(<ProfitMatrix data={[accounts[0] as Row]} {...shapiro} size="revenue" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^The one account, Alpha, is Carriage trade\./,
    );
    expect(container.querySelectorAll('circle.kamkit-bubble')).toHaveLength(1);
  });

  it('shows hostile labels as text', () => {
    const hostile = accounts.map((a, i) => (i === 0 ? { ...a, name: '<img src=x onerror=alert(1)>' } : a));
    const { container } = render(<ProfitMatrix data={hostile} {...shapiro} size="revenue" table="visible" />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('table')).toHaveTextContent('<img src=x onerror=alert(1)>');
    // Drawn labels are shortened to 130 px with an ellipsis; the text stays text.
    expect(container.querySelector('.kamkit-bubble-label')?.textContent).toMatch(/^<img src=x onerror=.*…$/);
  });

  it('formats numbers for de-DE with euros', () => {
    render(
      <ProfitMatrix
        data={accounts.map((a) => (a.id === 'a' ? { ...a, cost: 1_234_567 } : a))}
        {...shapiro}
        locale="de-DE"
        currency="EUR"
        table="visible"
      />,
    );
    const table = screen.getByRole('table');
    expect(table).toHaveTextContent('1.234.567 €');
    expect(table).toHaveTextContent('85 %');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/Nettopreis 86,5\s%/);
  });

  it('summarises the quadrants in the table beyond 500 accounts', () => {
    const { container } = render(
      <ProfitMatrix
        data={many(10_000)}
        x="revenue"
        y="margin"
        preset="revenue-margin"
        size="revenue"
        interactive={false}
      />,
    );
    expect(container.querySelectorAll('circle.kamkit-bubble')).toHaveLength(10_000);
    expect(container.querySelectorAll('text.kamkit-bubble-label').length).toBeLessThanOrEqual(8);
    const rows = container.querySelectorAll('table tbody tr');
    expect(Array.from(rows).map((r) => r.querySelector('td')?.textContent)).toEqual([
      'Stars',
      'Revenue drivers',
      'Margin pearls',
      'Low value',
    ]);
  }, 30_000);
});

describe('ProfitMatrix at a phone width', () => {
  const overlap = (
    a: { x: number; y: number; width: number; height: number },
    b: { x: number; y: number; width: number; height: number },
  ) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('moves a quadrant label off the split text it would cover', () => {
    const data = accounts.filter((a) => a.cost !== null);
    const result = profitMatrix(data, { x: 'cost', y: 'price', preset: 'shapiro' });
    const layout = computeProfitLayout(result, {
      data,
      preset: 'shapiro',
      formatY: 'percent',
      label: 'name',
      size: 'revenue',
      currency: 'EUR',
      width: 340,
      height: 460,
    });
    const splitText = {
      x: layout.splitX + 4,
      y: layout.plot.y0 + 2,
      width: layout.splitLabels.x.length * 11 * 0.58 + 4,
      height: 14,
    };
    const carriage = layout.cells.find((c) => c.key === 'carriage-trade');
    expect(carriage?.labelText).toBe('Carriage trade');
    expect(carriage?.labelBox).not.toBeNull();
    for (const cell of layout.cells) if (cell.labelBox) expect(overlap(cell.labelBox, splitText)).toBe(false);
    // A line below the split text, still in its cell.
    expect(carriage?.labelBox?.y).toBeGreaterThanOrEqual(splitText.y + splitText.height);
  });

  it('keeps the quadrant label in the corner when there is room', () => {
    const data = accounts.filter((a) => a.cost !== null);
    const result = profitMatrix(data, { x: 'cost', y: 'price', preset: 'shapiro' });
    const layout = computeProfitLayout(result, { data, preset: 'shapiro', width: 640, height: 460 });
    const carriage = layout.cells.find((c) => c.key === 'carriage-trade');
    expect(carriage?.labelY).toBeCloseTo(layout.plot.y0 + 6 + 12 * 0.8);
  });
});

describe('golden SVGs', () => {
  it('profit: Shapiro matrix sized by revenue', () => {
    expectGolden(
      'profit-shapiro',
      <ProfitMatrix data={accounts} {...shapiro} size="revenue" currency="USD" interactive={false} />,
    );
  });

  it('profit: revenue × margin, 1,000 accounts, de-DE', () => {
    expectStructure(
      'profit-revenue-margin-de',
      <ProfitMatrix
        data={many(1000)}
        x="revenue"
        y="margin"
        preset="revenue-margin"
        label="name"
        locale="de-DE"
        currency="EUR"
        width={480}
        height={400}
        interactive={false}
      />,
      { marks: { 'circle.kamkit-bubble': 1000, 'text.kamkit-bubble-label': [1, 8] } },
    );
  });

  it('profit: Shapiro matrix at a phone width, de-DE', () => {
    expectGolden(
      'profit-shapiro-narrow-de',
      <ProfitMatrix
        data={accounts}
        {...shapiro}
        size="revenue"
        locale="de-DE"
        currency="EUR"
        width={340}
        height={460}
        interactive={false}
      />,
    );
  });

  it('profit: empty', () => {
    expectGolden('profit-empty', <ProfitMatrix data={[]} {...shapiro} interactive={false} />);
  });
});
