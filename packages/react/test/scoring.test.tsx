import type { Criterion } from '@kamkit/core';
import { score } from '@kamkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { computeScoreBreakdownLayout, ScoreBreakdown, ScoringMatrix } from '../src';
import { expectGolden } from './golden';
import { expectStructure } from './structure';

interface Row {
  id: string;
  name: string;
  revenue: number | null;
  potential: number;
  budget: number;
  fit: number;
  culture: number | null;
}

// Ratings on 1–10: 10 → 100, 1 → 0, 5.5 → 50.
const accounts: Row[] = [
  { id: 'a', name: 'Alpha', revenue: 900_000, potential: 10, budget: 10, fit: 10, culture: 10 },
  { id: 'b', name: 'Bravo', revenue: 400_000, potential: 9, budget: 8, fit: 9, culture: 8 },
  { id: 'c', name: 'Charlie', revenue: 250_000, potential: 8, budget: 9, fit: 3, culture: 2 },
  { id: 'd', name: 'Delta', revenue: 120_000, potential: 3, budget: 2, fit: 8, culture: 9 },
  { id: 'e', name: 'Echo', revenue: 60_000, potential: 2, budget: 3, fit: 2, culture: 3 },
  { id: 'f', name: 'Foxtrot', revenue: 30_000, potential: 7, budget: 7, fit: 7, culture: 7 },
  { id: 'g', name: 'Golf', revenue: 15_000, potential: 6, budget: 6, fit: 4, culture: 4 },
  { id: 'h', name: 'Hotel', revenue: null, potential: 4, budget: 4, fit: 6, culture: null },
];

const criteria: Criterion<Row>[] = [
  { key: 'potential', axis: 'growth', weight: 2, value: 'potential', label: 'Revenue potential' },
  { key: 'budget', axis: 'growth', weight: 1, value: 'budget', label: 'Budget growth' },
  { key: 'fit', axis: 'harmony', weight: 1, value: 'fit', label: 'Strategic fit' },
  { key: 'culture', axis: 'harmony', weight: 1, value: 'culture', label: 'Culture' },
];

/** A seeded pseudo-random generator (mulberry32), so test data is the same on every run. */
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

/** `count` accounts spread over the matrix, revenue heavy-tailed. */
function many(count: number): Row[] {
  const r = random(11);
  const rating = () => Math.round((1 + r() * 9) * 10) / 10;
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    name: `Account ${i}`,
    revenue: Math.round(10_000 * (1 - r()) ** -1.2),
    potential: rating(),
    budget: rating(),
    fit: rating(),
    culture: rating(),
  }));
}

describe('ScoringMatrix', () => {
  it('states the finding in its title and description', () => {
    render(<ScoringMatrix data={accounts} criteria={criteria} label="name" size="revenue" />);
    const img = screen.getByRole('img', { name: 'Scoring matrix: growth potential and harmony' });
    expect(img).toHaveAccessibleDescription(
      /^3 of 8 accounts are in the Key quadrant; the highest total score is Alpha \(100 of 100\)\. Key development: 2, Maintenance: 2, Opportunistic: 1\./,
    );
    expect(img).toHaveAccessibleDescription(/1 account is scored from incomplete criteria\./);
  });

  it('draws one bubble per account with its quadrant in data-quadrant', () => {
    const { container } = render(<ScoringMatrix data={accounts} criteria={criteria} label="name" />);
    const bubbles = container.querySelectorAll('circle.kamkit-bubble');
    expect(bubbles).toHaveLength(8);
    const quadrantOf = (id: string) =>
      container.querySelector(`circle.kamkit-bubble[data-id="${id}"]`)?.getAttribute('data-quadrant');
    expect(quadrantOf('a')).toBe('key');
    expect(quadrantOf('c')).toBe('key-development');
    expect(quadrantOf('d')).toBe('maintenance');
    expect(quadrantOf('e')).toBe('opportunistic');
    expect(container.querySelector('circle[data-id="h"]')).toHaveAttribute('data-incomplete', 'true');
    expect(container.querySelectorAll('rect.kamkit-quadrant')).toHaveLength(4);
  });

  it('places growth up and harmony right, with high scores in the upper right', () => {
    const { container } = render(<ScoringMatrix data={accounts} criteria={criteria} />);
    const at = (id: string) => {
      const c = container.querySelector(`circle[data-id="${id}"]`) as SVGCircleElement;
      return { x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) };
    };
    // Charlie: high growth, low harmony (upper left); Delta: low growth, high harmony (lower right).
    expect(at('c').x).toBeLessThan(at('d').x);
    expect(at('c').y).toBeLessThan(at('d').y);
    expect(at('a').x).toBeGreaterThan(at('e').x);
    expect(at('a').y).toBeLessThan(at('e').y);
  });

  it('makes bubble area proportional to size', () => {
    const { container } = render(<ScoringMatrix data={accounts} criteria={criteria} size="revenue" />);
    const area = (id: string) => {
      const r = Number(container.querySelector(`circle[data-id="${id}"]`)?.getAttribute('r'));
      return Math.PI * r * r;
    };
    // 900,000 : 400,000 : 250,000 : 120,000 → areas in the same ratios (radii rounded to 0.01 px).
    expect(area('a') / area('b')).toBeCloseTo(900 / 400, 1);
    expect(area('a') / area('c')).toBeCloseTo(900 / 250, 1);
    expect(area('b') / area('d')).toBeCloseTo(400 / 120, 1);
  });

  it('draws the largest bubbles first, so small ones stay visible on top', () => {
    const { container } = render(<ScoringMatrix data={accounts} criteria={criteria} size="revenue" />);
    const radii = Array.from(container.querySelectorAll('circle.kamkit-bubble')).map((c) =>
      Number(c.getAttribute('r')),
    );
    expect(radii).toEqual([...radii].sort((p, q) => q - p));
  });

  it('puts the split lines at the given split and names the quadrants from the preset', () => {
    const { container } = render(
      <ScoringMatrix
        data={accounts}
        criteria={criteria}
        quadrants={{
          split: 60,
          labels: {
            'high-high': { key: 'invest', label: 'Invest' },
            'high-low': { key: 'build', label: 'Build' },
            'low-high': { key: 'keep', label: 'Keep' },
            'low-low': { key: 'serve', label: 'Serve' },
          },
        }}
        width={640}
        height={480}
      />,
    );
    const labels = Array.from(container.querySelectorAll('.kamkit-quadrant__label')).map(
      (t) => t.textContent,
    );
    expect(labels).toEqual(['Invest', 'Build', 'Keep', 'Serve']);
    // The vertical split line sits at 60 % of the way from the "0" tick to the "100" tick.
    const ticks = Array.from(container.querySelectorAll('.kamkit-axis--bottom .kamkit-axis__tick')).map((t) =>
      Number(/translate\(([\d.]+),/.exec(t.getAttribute('transform') ?? '')?.[1]),
    );
    const [x0, x100] = [ticks[0] as number, ticks[ticks.length - 1] as number];
    const split = container.querySelector('line.kamkit-split--x');
    expect(Number(split?.getAttribute('x1'))).toBeCloseTo(x0 + 0.6 * (x100 - x0), 1);
    // Golf (growth 55.6, harmony 33.3) is low growth at a split of 60.
    expect(container.querySelector('circle[data-id="g"]')).toHaveAttribute('data-quadrant', 'serve');
  });

  it('passes axisWeights and normalize through to score', () => {
    render(
      <ScoringMatrix
        data={accounts}
        criteria={criteria}
        label="name"
        axisWeights={{ growth: 3, harmony: 1 }}
        normalize="rank"
        table="visible"
      />,
    );
    // With growth weighted 3:1, Charlie (growth 85.2, harmony 11.1) outranks Delta.
    const rows = screen.getAllByRole('row').slice(1);
    const names = rows.map((r) => r.querySelectorAll('td')[1]?.textContent);
    expect(names.indexOf('Charlie')).toBeLessThan(names.indexOf('Delta'));
  });

  it('labels the largest bubbles without overlapping labels', () => {
    const { container } = render(
      <ScoringMatrix data={many(200)} criteria={criteria} size="revenue" label="name" labelCount={6} />,
    );
    const labels = Array.from(container.querySelectorAll('text.kamkit-bubble-label'));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThanOrEqual(6);
    const boxes = labels.map((t) => {
      const x = Number(t.getAttribute('x'));
      const w = (t.textContent?.length ?? 0) * 11 * 0.58;
      const anchor = t.getAttribute('text-anchor');
      const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
      return { x0, x1: x0 + w, y0: Number(t.getAttribute('y')) - 9, y1: Number(t.getAttribute('y')) + 3 };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as (typeof boxes)[number];
        const b = boxes[j] as (typeof boxes)[number];
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${labels[i]?.textContent} overlaps ${labels[j]?.textContent}`).toBe(false);
      }
    }
  });

  it('draws 10,000 accounts as small marks with few labels and a quadrant summary table', () => {
    const { container } = render(
      <ScoringMatrix
        data={many(10_000)}
        criteria={criteria}
        size="revenue"
        label="name"
        interactive={false}
      />,
    );
    const bubbles = container.querySelectorAll('circle.kamkit-bubble');
    expect(bubbles).toHaveLength(10_000);
    const largest = Math.max(...Array.from(bubbles).map((b) => Number(b.getAttribute('r'))));
    expect(largest).toBeLessThanOrEqual(6);
    expect(container.querySelectorAll('text.kamkit-bubble-label').length).toBeLessThanOrEqual(8);
    const table = container.querySelector('table') as HTMLTableElement;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(4);
    expect(table.querySelector('caption')).toHaveTextContent(/Summary by quadrant of 10,000 accounts\./);
    expect(container.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-dense', 'true');
  }, 30_000);

  it('leaves out accounts without a usable axis and says so', () => {
    const data = [
      ...accounts,
      { ...accounts[0], id: 'x', name: 'X-ray', fit: Number.NaN, culture: null } as Row,
    ];
    render(<ScoringMatrix data={data} criteria={criteria} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /1 account left out \(no usable harmony criterion\)\.$/,
    );
  });

  it('moves between accounts left to right with the arrow keys', () => {
    render(<ScoringMatrix data={accounts} criteria={criteria} label="name" size="revenue" />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    // Leftmost first: Charlie and Echo share the lowest harmony (16.7); the upper one (Charlie) comes first.
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Charlie\. Growth potential 81\.5 · Harmony 16\.7\./,
    );
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Echo\. /);
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Golf\. .* Key development quadrant\./);
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Alpha\. Growth potential 100 · Harmony 100\. Total score 100 · rank 1 of 8\. Key quadrant\. Revenue: 900,000$/,
    );
  });

  it('states incomplete criteria in the tooltip', () => {
    render(<ScoringMatrix data={accounts} criteria={criteria} label="name" />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    for (let i = 0; i < 8 && !/^Hotel/.test(screen.getByRole('status').textContent ?? ''); i++) {
      fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    }
    expect(screen.getByRole('status')).toHaveTextContent(/Incomplete: Culture missing$/);
  });

  it('renders a static chart without the explorer when interactive is false', () => {
    render(<ScoringMatrix data={accounts} criteria={criteria} interactive={false} />);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('renders the complete SVG on the server', () => {
    const html = renderToString(
      <ScoringMatrix data={accounts} criteria={criteria} label="name" size="revenue" />,
    );
    expect(html).toContain('<svg');
    expect(html.match(/class="kamkit-bubble"/g)).toHaveLength(8);
    expect(html.match(/class="kamkit-quadrant"/g)).toHaveLength(4);
    expect(html).toContain('3 of 8 accounts are in the Key quadrant');
  });

  it('renders a clear empty state', () => {
    const { container } = render(<ScoringMatrix data={[]} criteria={criteria} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No accounts to place on the matrix.');
    expect(container.querySelector('.kamkit-empty')).toHaveTextContent('No accounts to place on the matrix.');
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('formats numbers for de-DE with euros', () => {
    render(
      <ScoringMatrix
        data={accounts.map((a) => (a.id === 'a' ? { ...a, revenue: 1_234_567 } : a))}
        criteria={criteria}
        label="name"
        size="revenue"
        locale="de-DE"
        currency="EUR"
        table="visible"
      />,
    );
    const table = screen.getByRole('table');
    expect(table).toHaveTextContent('1.234.567 €');
    // Growth of Golf: 55.6 → "55,6".
    expect(table).toHaveTextContent('55,6');
    expect(
      screen.getByText(/Die Blasenfläche zeigt Umsatz \(größte: Alpha, 1\.234\.567\s€\)\./),
    ).toBeInTheDocument();
  });
});

describe('ScoreBreakdown', () => {
  it('states the account’s scores and its largest contribution', () => {
    render(<ScoreBreakdown data={accounts} criteria={criteria} label="name" account="c" />);
    const img = screen.getByRole('img', { name: 'Score breakdown of Charlie' });
    // Charlie: growth (2 × 77.8 + 88.9) / 3 = 81.5; harmony (22.2 + 11.1) / 2 = 16.7; total 49.1; rank 5 (after Delta, 50.9).
    expect(img).toHaveAccessibleDescription(
      'Charlie scores 49.1 of 100 (rank 5 of 8, Key development): growth potential 81.5, harmony 16.7. Revenue potential contributes most (+51.9 to growth potential).',
    );
  });

  it('shows the highest-ranked account by default', () => {
    render(<ScoreBreakdown data={accounts} criteria={criteria} label="name" />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Score breakdown of Alpha');
  });

  it('draws each axis as a waterfall that ends at the axis score', () => {
    const { container } = render(<ScoreBreakdown data={accounts} criteria={criteria} account="c" />);
    const bar = (selector: string) => {
      const r = container.querySelector(`${selector} rect.kamkit-breakdown__bar`) as SVGRectElement;
      return { x: Number(r.getAttribute('x')), width: Number(r.getAttribute('width')) };
    };
    const axis = bar('[data-kind="axis"][data-axis="growth"]');
    const potential = bar('[data-criterion="potential"]');
    const budget = bar('[data-criterion="budget"]');
    expect(potential.x).toBeCloseTo(axis.x, 1);
    expect(budget.x).toBeCloseTo(potential.x + potential.width, 1);
    expect(budget.x + budget.width).toBeCloseTo(axis.x + axis.width, 0);
    // Contribution widths are weight share × score: 2/3 × 77.8 and 1/3 × 88.9.
    expect(potential.width / budget.width).toBeCloseTo(((2 / 3) * 77.78) / ((1 / 3) * 88.89), 1);
  });

  it('shows weight, raw value and points of each criterion', () => {
    const { container } = render(<ScoreBreakdown data={accounts} criteria={criteria} account="c" />);
    const row = container.querySelector('[data-criterion="potential"]') as SVGGElement;
    const texts = Array.from(row.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toEqual(['Revenue potential', '67%', '8', '+51.9']);
  });

  it('flags the missing criterion of an incomplete account', () => {
    const { container } = render(
      <ScoreBreakdown data={accounts} criteria={criteria} label="name" account="h" />,
    );
    const row = container.querySelector('[data-criterion="culture"]');
    expect(row).toHaveAttribute('data-incomplete', 'true');
    expect(row).toHaveTextContent('missing');
    expect(row).toHaveTextContent('not scored');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /Culture is missing; the other harmony weights were renormalised\.$/,
    );
    expect(container.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-incomplete', 'true');
  });

  it('moves between the criteria with the arrow keys', () => {
    render(<ScoreBreakdown data={accounts} criteria={criteria} label="name" account="c" />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(/^Growth potential\. 81\.5 of 100\./);
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Revenue potential \(growth potential\)\. Value: 8 → score 77\.8 of 100\. Weight: 2 \(66\.7% of growth potential\)\. Contribution: \+51\.9 to growth potential, \+25\.9 to the total$/,
    );
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Total score\. 49\.1 of 100 · rank 5 of 8\./);
  });

  it('says so when the account is not in the data', () => {
    render(<ScoreBreakdown data={accounts} criteria={criteria} account="nope" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No account with the id nope.');
  });

  it('renders a clear empty state', () => {
    render(<ScoreBreakdown data={[]} criteria={criteria} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No accounts to break down.');
  });

  it('spreads unknown props, merges className and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ScoreBreakdown ref={ref} data={accounts} criteria={criteria} className="mine" data-testid="chart" />,
    );
    const root = screen.getByTestId('chart');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('kamkit-chart', 'kamkit-score-breakdown', 'mine');
  });

  it('shows hostile labels as text and formats de-DE', () => {
    const hostile = accounts.map((a, i) => (i === 2 ? { ...a, name: '<img src=x onerror=alert(1)>' } : a));
    const { container } = render(
      <ScoreBreakdown
        data={hostile}
        criteria={criteria}
        label="name"
        account="c"
        locale="de-DE"
        table="visible"
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Score-Aufschlüsselung für <img src=x onerror=alert(1)>',
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/erreicht 49,1 von 100/);
    expect(screen.getByRole('table')).toHaveTextContent('66,7 %');
  });

  it('names the axes in the legend in title case (en), as German nouns (de), or as the caller names them', () => {
    const legend = (props: { locale?: string; yLabel?: string }) => {
      const { container, unmount } = render(
        <ScoreBreakdown data={accounts} criteria={criteria} label="name" account="c" {...props} />,
      );
      const items = Array.from(container.querySelectorAll('.kamkit-legend__item'), (li) => li.textContent);
      unmount();
      return items;
    };
    expect(legend({})).toEqual(['Growth potential', 'Harmony']);
    expect(legend({ locale: 'de-DE' })).toEqual(['Wachstumspotenzial', 'Harmonie']);
    expect(legend({ yLabel: 'upside' })).toEqual(['upside', 'Harmony']);
  });

  it('renders the complete SVG on the server', () => {
    const html = renderToString(
      <ScoreBreakdown data={accounts} criteria={criteria} label="name" account="b" />,
    );
    expect(html).toContain('<svg');
    expect(html.match(/data-kind="criterion"/g)).toHaveLength(4);
    expect(html).toContain('Bravo scores');
  });
});

describe('ScoreBreakdown at a phone width', () => {
  const result = score(accounts, { criteria });
  const layout = (width: number) =>
    computeScoreBreakdownLayout(result, { data: accounts, criteria, label: 'name', account: 'a', width });

  it('keeps the side-by-side columns where the bars have room', () => {
    const wide = layout(640);
    expect(wide.narrow).toBe(false);
    expect(wide.ticks.map((t) => t.label)).toEqual(['0', '25', '50', '75', '100']);
    expect(wide.tickY).toBe(wide.headingY);
  });

  it('puts each bar below its line of text, with full names and ticks that do not touch', () => {
    const narrow = layout(358);
    expect(narrow.narrow).toBe(true);
    expect(narrow.lines.map((l) => l.text)).toEqual([
      'Growth potential',
      'Revenue potential',
      'Budget growth',
      'Harmony',
      'Strategic fit',
      'Culture',
      'Total score',
    ]);
    // The scale has a row of its own below the headings, and runs across the chart.
    expect(narrow.tickY).toBeGreaterThan(narrow.headingY);
    expect(narrow.columns.bar1 - narrow.columns.bar0).toBeGreaterThan(280);
    const positions = narrow.ticks.map((t) => t.position);
    for (let i = 1; i < positions.length; i++)
      expect((positions[i] as number) - (positions[i - 1] as number)).toBeGreaterThan(30);
    for (const line of narrow.lines) {
      // Text on the band's first line, the bar below it, both inside the band.
      expect(line.barY - line.barHeight / 2).toBeGreaterThan(line.textY + 4);
      expect(line.barY + line.barHeight / 2).toBeLessThanOrEqual(line.y + line.height);
    }
    // Weight, value and points right-aligned in that order, apart.
    expect(narrow.columns.weight).toBeLessThan(narrow.columns.rating - 30);
    expect(narrow.columns.rating).toBeLessThan(narrow.columns.value - 30);
  });

  it('thins the ticks to 0/50/100 when 0/25/…/100 would touch', () => {
    const ticks = layout(140).ticks.map((t) => t.label);
    expect(ticks.length).toBeLessThan(5);
    expect(ticks[0]).toBe('0');
    expect(ticks[ticks.length - 1]).toBe('100');
  });
});

describe('golden SVGs', () => {
  it('scoring: eight accounts sized by revenue', () => {
    expectGolden(
      'scoring-matrix-eight',
      <ScoringMatrix data={accounts} criteria={criteria} label="name" size="revenue" interactive={false} />,
    );
  });

  it('scoring: 2,000 accounts, de-DE', () => {
    expectStructure(
      'scoring-matrix-dense-de',
      <ScoringMatrix
        data={many(2000)}
        criteria={criteria}
        label="name"
        size="revenue"
        locale="de-DE"
        currency="EUR"
        width={480}
        height={400}
        interactive={false}
      />,
      { marks: { 'circle.kamkit-bubble': 2000, 'text.kamkit-bubble-label': [1, 8] } },
    );
  });

  it('scoring: empty', () => {
    expectGolden('scoring-matrix-empty', <ScoringMatrix data={[]} criteria={criteria} interactive={false} />);
  });

  it('scoring: breakdown at a phone width, de-DE', () => {
    expectGolden(
      'scoring-breakdown-narrow-de',
      <ScoreBreakdown
        data={accounts}
        criteria={criteria}
        label="name"
        account="h"
        locale="de-DE"
        width={358}
        interactive={false}
      />,
    );
  });

  it('scoring: breakdown of an incomplete account', () => {
    expectGolden(
      'scoring-breakdown-incomplete',
      <ScoreBreakdown data={accounts} criteria={criteria} label="name" account="h" interactive={false} />,
    );
  });
});
