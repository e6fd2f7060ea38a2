import type { ChurnSignal } from '@kamkit/core';
import { churnRisk } from '@kamkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChurnRiskRanking, computeChurnRankingLayout } from '../src';
import { textWidth } from '../src/primitives/measureText';
import { expectGolden } from './golden';

interface Row {
  id: string;
  name: string;
  mrr: number | null;
  daysInQueue: number | null;
  usageDrop: number | null;
  tickets: number;
  probability?: number;
}

// risk = (2 × usage drop + tickets / 30 × 100) / 3; high ≥ 66, medium ≥ 33.
const accounts: Row[] = [
  { id: 'a', name: 'Alpha', mrr: 40_000, daysInQueue: 10, usageDrop: 90, tickets: 30 }, // 93.3 high
  { id: 'b', name: 'Bravo', mrr: 25_000, daysInQueue: 60, usageDrop: 80, tickets: 15 }, // 70 high
  { id: 'c', name: 'Charlie', mrr: 25_000, daysInQueue: 90, usageDrop: 70, tickets: 24 }, // 73.3 high
  { id: 'd', name: 'Delta', mrr: 8_000, daysInQueue: null, usageDrop: 75, tickets: 21 }, // 73.3 high
  { id: 'e', name: 'Echo', mrr: 60_000, daysInQueue: 0, usageDrop: 10, tickets: 3 }, // 10 low
  { id: 'f', name: 'Foxtrot', mrr: 30_000, daysInQueue: 5, usageDrop: 50, tickets: 9 }, // 43.3 medium
  { id: 'g', name: 'Golf', mrr: 12_000, daysInQueue: 30, usageDrop: 100, tickets: 0 }, // 66.7 high
  { id: 'h', name: 'Hotel', mrr: 0, daysInQueue: 200, usageDrop: 95, tickets: 30 }, // 96.7 high, no MRR
];

const signals: ChurnSignal<Row>[] = [
  { key: 'usageDrop', value: 'usageDrop', weight: 2 },
  { key: 'tickets', value: 'tickets', weight: 1, scale: [0, 30] },
];

const names = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.kamkit-ranking__row .kamkit-ranking__name')).map(
    (t) => t.textContent,
  );

describe('ChurnRiskRanking', () => {
  it('states the MRR at risk in the description and the header', () => {
    const { container } = render(
      <ChurnRiskRanking data={accounts} signals={signals} label="name" currency="USD" />,
    );
    const img = screen.getByRole('img', { name: 'Accounts at risk' });
    expect(img).toHaveAccessibleDescription(
      '6 accounts at risk hold $110,000 MRR (55%). The largest is Alpha with $40,000 MRR, 10 days in the queue. Longest in the queue: Hotel (200 days).',
    );
    expect(container.querySelector('.kamkit-headline')).toHaveTextContent(
      '$110,000 MRR at risk55% of all MRR · 6 of 8 accounts at risk',
    );
  });

  it('ranks at-risk accounts by MRR, then days in the queue, with data-level on each row', () => {
    const { container } = render(<ChurnRiskRanking data={accounts} signals={signals} label="name" />);
    expect(names(container)).toEqual(['Alpha', 'Charlie', 'Bravo', 'Golf', 'Delta', 'Hotel']);
    const rows = container.querySelectorAll('.kamkit-ranking__row');
    expect(Array.from(rows).map((r) => r.getAttribute('data-rank'))).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(container.querySelectorAll('.kamkit-ranking__row[data-level="high"]')).toHaveLength(6);
  });

  it('writes the risk level in words, not in colour alone', () => {
    const { container } = render(<ChurnRiskRanking data={accounts} signals={signals} label="name" />);
    const first = container.querySelector('.kamkit-ranking__row') as SVGGElement;
    expect(first.querySelector('.kamkit-ranking__level')).toHaveTextContent('High · 93');
    expect(first.querySelector('.kamkit-ranking__days')).toHaveTextContent('10 days');
    const delta = container.querySelector('.kamkit-ranking__row[data-id="d"]') as SVGGElement;
    expect(delta.querySelector('.kamkit-ranking__days')).toHaveTextContent('unknown');
  });

  it('draws MRR bars in proportion to MRR', () => {
    const { container } = render(<ChurnRiskRanking data={accounts} signals={signals} />);
    const width = (id: string) =>
      Number(container.querySelector(`.kamkit-ranking__row[data-id="${id}"] rect`)?.getAttribute('width'));
    expect(width('a') / width('c')).toBeCloseTo(40 / 25, 2);
    expect(width('a') / width('g')).toBeCloseTo(40 / 12, 2);
    expect(width('h')).toBe(0);
  });

  it('lists the top N with a note on the rest', () => {
    const { container } = render(
      <ChurnRiskRanking data={accounts} signals={signals} label="name" limit={3} currency="USD" />,
    );
    expect(names(container)).toEqual(['Alpha', 'Charlie', 'Bravo']);
    expect(container.querySelector('.kamkit-ranking__more')).toHaveTextContent(
      'and 3 more accounts at risk ($20,000 MRR)',
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /Listed: the top 3; and 3 more accounts at risk \(\$20,000 MRR\)\.$/,
    );
    // The table still lists every account at risk.
    expect(container.querySelectorAll('table tbody tr')).toHaveLength(6);
  });

  it('passes atRisk, levels and rankBy through to churnRisk', () => {
    const { container, rerender } = render(
      <ChurnRiskRanking
        data={accounts}
        signals={signals}
        label="name"
        atRisk={(row) => (row.daysInQueue ?? 0) > 0}
      />,
    );
    // Echo (0 days) is out; Foxtrot (medium) is in.
    expect(names(container)).toEqual(['Alpha', 'Foxtrot', 'Charlie', 'Bravo', 'Golf', 'Hotel']);
    expect(container.querySelector('.kamkit-ranking__row[data-id="f"]')).toHaveAttribute(
      'data-level',
      'medium',
    );
    expect(
      Array.from(container.querySelectorAll('.kamkit-legend__item')).map((li) => li.textContent),
    ).toEqual(['High risk', 'Medium risk']);
    rerender(
      <ChurnRiskRanking
        data={accounts.map((a) => ({ ...a, probability: a.id === 'g' ? 0.9 : 0.1 }))}
        signals={signals}
        label="name"
        probability="probability"
        rankBy="expected-loss"
      />,
    );
    // Golf: 12,000 × 0.9 = 10,800 beats Alpha: 40,000 × 0.1 = 4,000.
    expect(names(container)[0]).toBe('Golf');
  });

  it('says when no account is at risk', () => {
    render(<ChurnRiskRanking data={[accounts[4] as Row]} signals={signals} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No accounts at risk among 1 account.');
  });

  it('leaves out accounts with negative MRR and says so', () => {
    render(
      <ChurnRiskRanking
        data={[...accounts, { ...(accounts[0] as Row), id: 'x', mrr: -5 }]}
        signals={signals}
      />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /1 account left out \(MRR missing or negative, or no usable signal\)\.$/,
    );
  });

  it('spreads unknown props, merges className and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ChurnRiskRanking
        ref={ref}
        data={accounts}
        signals={signals}
        className="mine"
        data-testid="chart"
        hidden
      />,
    );
    const root = screen.getByTestId('chart');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('kamkit-chart', 'kamkit-churn-ranking', 'mine');
    expect(root).toHaveAttribute('hidden');
  });

  it('moves down the ranking with the arrow keys', () => {
    render(<ChurnRiskRanking data={accounts} signals={signals} label="name" currency="USD" />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Alpha\. MRR: \$40,000 \(20% of all MRR\)\. Risk: high \(93 of 100\)\. In the queue: 10 days\. Rank 1 of 6 at risk\. Strongest signal: usage drop \(\+60\)$/,
    );
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Charlie\./);
    fireEvent.keyDown(explorer, { key: 'ArrowDown' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Bravo\./);
  });

  it('renders the complete SVG on the server', () => {
    const html = renderToString(<ChurnRiskRanking data={accounts} signals={signals} label="name" />);
    expect(html).toContain('<svg');
    expect(html.match(/data-level="high"/g)?.length).toBeGreaterThanOrEqual(6);
    expect(html).toContain('6 accounts at risk hold 110,000 MRR (55%).');
  });

  it('renders a clear empty state', () => {
    const { container } = render(<ChurnRiskRanking data={[]} signals={signals} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No accounts to assess.');
    expect(container.querySelector('.kamkit-empty')).toHaveTextContent('No accounts to assess.');
    expect(container.querySelector('.kamkit-headline')).toBeNull();
  });

  it('shows hostile labels as text', () => {
    const hostile = accounts.map((a, i) => (i === 0 ? { ...a, name: '<img src=x onerror=alert(1)>' } : a));
    const { container } = render(
      <ChurnRiskRanking data={hostile} signals={signals} label="name" table="visible" />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('table')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(names(container)[0]).toMatch(/^<img src=x onerror=/);
  });

  it('formats numbers for de-DE with euros', () => {
    const { container } = render(
      <ChurnRiskRanking
        data={accounts.map((a) => (a.id === 'a' ? { ...a, mrr: 1_234_567 } : a))}
        signals={signals}
        label="name"
        locale="de-DE"
        currency="EUR"
        table="visible"
      />,
    );
    expect(screen.getByRole('table')).toHaveTextContent('1.234.567 €');
    expect(container.querySelector('.kamkit-ranking__value')).toHaveTextContent('1.234.567 €');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^6 accounts at risk hold 1\.304\.567\s€ MRR \(94\s%\)\./,
    );
  });

  it('writes values with formatValue and takes the theme and table props', () => {
    const { container } = render(
      <ChurnRiskRanking
        data={accounts}
        signals={signals}
        label="name"
        formatValue={(v) => `${v / 1000}k €`}
        theme="dark"
        table="none"
      />,
    );
    expect(container.querySelector('.kamkit-ranking__value')).toHaveTextContent('40k €');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/^6 accounts at risk hold 110k € MRR/);
    expect(container.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-kamkit-theme', 'dark');
    expect(container.querySelector('table')).toBeNull();
  });

  it('keeps 10,000 accounts to the listed rows', () => {
    const many: Row[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `m${i}`,
      name: `Account ${i}`,
      mrr: 1000 + ((i * 7919) % 5000),
      daysInQueue: i % 90,
      usageDrop: (i * 37) % 100,
      tickets: (i * 11) % 30,
    }));
    const { container } = render(
      <ChurnRiskRanking data={many} signals={signals} limit={12} interactive={false} />,
    );
    expect(container.querySelectorAll('.kamkit-ranking__row')).toHaveLength(12);
    expect(container.querySelectorAll('table tbody tr')).toHaveLength(500);
    expect(container.querySelector('.kamkit-table__note')).toHaveTextContent(
      /^The first 500 of [\d,]+ accounts at risk are listed\.$/,
    );
  });

  it('on a phone (300 px) drops the bars, right-aligns the MRR and shortens the risk and the days', () => {
    const { container } = render(
      <ChurnRiskRanking
        data={accounts}
        signals={signals}
        label="name"
        locale="de-DE"
        currency="EUR"
        width={300}
        interactive={false}
        table="visible"
      />,
    );
    expect(container.querySelector('.kamkit-ranking__bar')).toBeNull();
    const first = container.querySelector('.kamkit-ranking__row') as SVGGElement;
    expect(first.querySelector('.kamkit-ranking__value')).toHaveTextContent('40.000 €');
    expect(first.querySelector('.kamkit-ranking__value')).toHaveAttribute('text-anchor', 'end');
    expect(first.querySelector('.kamkit-ranking__level')?.textContent).toBe('High');
    expect(first.querySelector('.kamkit-ranking__days')?.textContent).toBe('10');
    const delta = container.querySelector('.kamkit-ranking__row[data-id="d"]') as SVGGElement;
    expect(delta.querySelector('.kamkit-ranking__days')?.textContent).toBe('–');
    expect(Array.from(container.querySelectorAll('.kamkit-column-title')).map((t) => t.textContent)).toEqual([
      '#',
      'Account',
      'MRR',
      'Risk',
      'Days',
    ]);
    // The score and the days stay in the table.
    expect(screen.getByRole('table')).toHaveTextContent('93');
  });

  it('chooses the narrow layout from the width, with columns that do not touch', () => {
    const result = churnRisk(accounts, { signals });
    const options = { data: accounts, label: 'name' as const, locale: 'de-DE', currency: 'EUR' };
    expect(computeChurnRankingLayout(result, { ...options, width: 640 }).narrow).toBe(false);
    for (const width of [240, 300, 360]) {
      const layout = computeChurnRankingLayout(result, { ...options, width });
      expect(layout.narrow).toBe(true);
      const { columns } = layout;
      for (const line of layout.lines) {
        expect(line.barWidth).toBe(0);
        expect(columns.name + textWidth(line.text, 12)).toBeLessThanOrEqual(
          columns.value - textWidth(line.mrrText, 12),
        );
        expect(columns.value).toBeLessThan(columns.risk);
        expect(columns.risk + 15 + textWidth(line.levelText, 12, true)).toBeLessThanOrEqual(
          columns.days - textWidth(line.daysText, 12),
        );
      }
      expect(columns.days).toBe(width - layout.margin.right);
    }
  });

  it('below about 230 px drops the days column rather than let names run into the MRR', () => {
    const result = churnRisk(accounts, { signals });
    const options = { data: accounts, label: 'name' as const, locale: 'de-DE', currency: 'EUR' };
    expect(computeChurnRankingLayout(result, { ...options, width: 240 }).daysShown).toBe(true);
    for (const width of [180, 200, 220]) {
      const layout = computeChurnRankingLayout(result, { ...options, width });
      expect(layout.narrow).toBe(true);
      expect(layout.daysShown).toBe(false);
      const { columns } = layout;
      for (const line of layout.lines) {
        expect(columns.name + textWidth(line.text, 12)).toBeLessThanOrEqual(
          columns.value - textWidth(line.mrrText, 12),
        );
        expect(columns.risk + 15 + textWidth(line.levelText, 12, true)).toBeLessThanOrEqual(columns.days);
      }
    }
    const { container } = render(
      <ChurnRiskRanking data={accounts} signals={signals} label="name" width={180} interactive={false} />,
    );
    expect(container.querySelectorAll('.kamkit-ranking__days')).toHaveLength(0);
    expect(container.querySelectorAll('.kamkit-ranking__row').length).toBeGreaterThan(0);
  });

  it('shortens the note under the rows when it does not fit', () => {
    const result = churnRisk(accounts, { signals });
    const options = { data: accounts, label: 'name' as const, limit: 2, currency: 'USD' };
    const wide = computeChurnRankingLayout(result, { ...options, width: 640 });
    expect(wide.moreLabel).toBe(wide.moreText);
    expect(wide.moreText).toBe('and 4 more accounts at risk ($45,000 MRR)');
    const narrow = computeChurnRankingLayout(result, { ...options, width: 240 });
    expect(narrow.moreText).toBe(wide.moreText);
    expect(narrow.moreLabel).toBe('+4 more at risk ($45,000 MRR)');
  });

  it('lists 130,000 accounts at risk without a limit in the narrow layout (column widths by a loop, not a spread)', () => {
    const many: Row[] = Array.from({ length: 130_000 }, (_, i) => ({
      id: `a${i}`,
      name: `Account ${i}`,
      mrr: 1_000 + (i % 977),
      daysInQueue: i % 120,
      usageDrop: 50 + (i % 50),
      tickets: i % 30,
    }));
    const result = churnRisk(many, { signals, mrr: 'mrr', atRisk: () => true });
    const layout = computeChurnRankingLayout(result, {
      data: many,
      limit: Number.POSITIVE_INFINITY,
      width: 300,
    });
    expect(layout.lines).toHaveLength(130_000);
  });
});

describe('golden SVGs', () => {
  it('churn: ranking of eight accounts', () => {
    expectGolden(
      'churn-ranking',
      <ChurnRiskRanking data={accounts} signals={signals} label="name" currency="USD" interactive={false} />,
    );
  });

  it('churn: top 3 with a note, de-DE, long names', () => {
    const long = accounts.map((a, i) =>
      i === 2
        ? { ...a, name: 'Universitätsklinikum Schleswig-Holstein-Mecklenburg-Vorpommern Verbund gGmbH' }
        : a,
    );
    expectGolden(
      'churn-limit-de',
      <ChurnRiskRanking
        data={long}
        signals={signals}
        label="name"
        limit={3}
        locale="de-DE"
        currency="EUR"
        width={480}
        interactive={false}
      />,
    );
  });

  it.each([
    ['churn: narrow (300 px), de-DE', 'churn-narrow-de', 300],
    ['churn: narrowest (200 px), without the days column, de-DE', 'churn-narrowest-de', 200],
  ])('%s', (_, golden, width) => {
    expectGolden(
      golden,
      <ChurnRiskRanking
        data={accounts}
        signals={signals}
        label="name"
        locale="de-DE"
        currency="EUR"
        width={width}
        interactive={false}
      />,
    );
  });

  it('churn: empty', () => {
    expectGolden('churn-empty', <ChurnRiskRanking data={[]} signals={signals} interactive={false} />);
  });
});
