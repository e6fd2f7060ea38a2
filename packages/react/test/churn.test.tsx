import type { ChurnSignal } from '@kamkit/core';
import { churnRisk } from '@kamkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChurnRiskRanking, computeChurnRankingLayout } from '../src';
import { RISK_DAYS_GAP } from '../src/charts/churn/columns';
import { measureText } from '../src/primitives/text';
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
      '7 accounts at risk hold $140,000 MRR (70%). Ranked by importance (ABC tier of MRR), then by time in the queue. First: Charlie (tier A, $25,000 MRR, 90 days). Longest in the queue: Hotel (200 days). 6 of them were flagged by the account team.',
    );
    expect(container.querySelector('.kamkit-headline')).toHaveTextContent(
      '$140,000 MRR at risk70% of all MRR · 7 of 8 accounts at risk',
    );
  });

  it('queues flagged accounts whatever their risk, ranked by importance (ABC tier), then days waiting', () => {
    const { container } = render(<ChurnRiskRanking data={accounts} signals={signals} label="name" />);
    // A: Charlie 90 days, Bravo 60, Alpha 10, Foxtrot 5 (medium risk, but flagged); B: Golf; C: Hotel, Delta.
    expect(names(container)).toEqual(['Charlie', 'Bravo', 'Alpha', 'Foxtrot', 'Golf', 'Hotel', 'Delta']);
    const rows = Array.from(container.querySelectorAll('.kamkit-ranking__row'));
    expect(rows.map((r) => r.getAttribute('data-rank'))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(rows.map((r) => r.querySelector('.kamkit-ranking__tier')?.textContent)).toEqual([
      'A',
      'A',
      'A',
      'A',
      'B',
      'C',
      'C',
    ]);
    expect(container.querySelector('.kamkit-ranking__row[data-id="f"]')).toHaveAttribute(
      'data-level',
      'medium',
    );
    expect(container.querySelector('.kamkit-ranking__row[data-id="f"]')).toHaveAttribute(
      'data-flagged',
      'true',
    );
    expect(container.querySelectorAll('.kamkit-ranking__row[data-level="high"]')).toHaveLength(6);
  });

  it('keeps the old MRR order with rankBy="mrr"', () => {
    const { container } = render(
      <ChurnRiskRanking data={accounts} signals={signals} label="name" rankBy="mrr" />,
    );
    expect(names(container)).toEqual(['Alpha', 'Foxtrot', 'Charlie', 'Bravo', 'Golf', 'Delta', 'Hotel']);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/Ranked by MRR, then by time in the queue\./);
  });

  it('writes the risk level in words, not in colour alone, and the days waiting', () => {
    const { container } = render(<ChurnRiskRanking data={accounts} signals={signals} label="name" />);
    const alpha = container.querySelector('.kamkit-ranking__row[data-id="a"]') as SVGGElement;
    expect(alpha.querySelector('.kamkit-ranking__level')).toHaveTextContent('High · 93');
    expect(alpha.querySelector('.kamkit-ranking__days')).toHaveTextContent('10 days');
    const delta = container.querySelector('.kamkit-ranking__row[data-id="d"]') as SVGGElement;
    expect(delta.querySelector('.kamkit-ranking__days')).toHaveTextContent('unknown');
    expect(Array.from(container.querySelectorAll('.kamkit-column-title')).map((t) => t.textContent)).toEqual([
      '#',
      'Tier',
      'Account',
      'MRR',
      'Risk',
      'Waiting',
    ]);
  });

  it('draws MRR bars in proportion to MRR', () => {
    const { container } = render(<ChurnRiskRanking data={accounts} signals={signals} />);
    const width = (id: string) =>
      Number(container.querySelector(`.kamkit-ranking__row[data-id="${id}"] rect`)?.getAttribute('width'));
    expect(width('a') / width('c')).toBeCloseTo(40 / 25, 1);
    expect(width('a') / width('g')).toBeCloseTo(40 / 12, 1);
    expect(width('h')).toBe(0);
  });

  it('reads MRR from the value prop', () => {
    const renamed = accounts.map(({ mrr, ...rest }) => ({ ...rest, monthly: mrr }));
    render(
      <ChurnRiskRanking
        data={renamed}
        signals={signals as unknown as ChurnSignal<(typeof renamed)[number]>[]}
        value="monthly"
        currency="USD"
      />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/^7 accounts at risk hold \$140,000 MRR/);
  });

  it('lists the top N with a note on the rest', () => {
    const { container } = render(
      <ChurnRiskRanking data={accounts} signals={signals} label="name" limit={3} currency="USD" />,
    );
    expect(names(container)).toEqual(['Charlie', 'Bravo', 'Alpha']);
    expect(container.querySelector('.kamkit-ranking__more')).toHaveTextContent(
      'and 4 more accounts at risk ($50,000 MRR)',
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /Listed: the top 3; and 4 more accounts at risk \(\$50,000 MRR\)\.$/,
    );
    // The table still lists every account at risk.
    expect(container.querySelectorAll('table tbody tr')).toHaveLength(7);
  });

  it('passes atRisk, levels and rankBy through to churnRisk', () => {
    const { container, rerender } = render(
      <ChurnRiskRanking data={accounts} signals={signals} label="name" atRisk={() => false} />,
    );
    // Only the flagged accounts are queued; Delta (high risk, no days) is out.
    expect(names(container)).toEqual(['Charlie', 'Bravo', 'Alpha', 'Foxtrot', 'Golf', 'Hotel']);
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

  it('leaves out accounts with negative MRR and says so by reason', () => {
    render(
      <ChurnRiskRanking
        data={[...accounts, { ...(accounts[0] as Row), id: 'x', mrr: -5 }]}
        signals={signals}
      />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/Left out: 1 value is negative\.$/);
  });

  it('selects an at-risk row with the account as the item', () => {
    const onSelect = vi.fn();
    const { container, unmount } = render(
      <ChurnRiskRanking data={accounts} signals={signals} label="name" selectedId="b" />,
    );
    expect(container.querySelector('.kamkit-ranking__row[data-selected="true"]')).toHaveAttribute(
      'data-id',
      'b',
    );
    unmount();
    render(<ChurnRiskRanking data={accounts} signals={signals} label="name" onSelect={onSelect} />);
    const explorer = screen.getAllByRole('group').find((e) => e.tabIndex === 0) as HTMLElement;
    fireEvent.focus(explorer);
    fireEvent.keyDown(explorer, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith({
      kind: 'account',
      id: 'c',
      datum: accounts[2],
      accounts: [accounts[2]],
    });
  });

  it('moves down the ranking with the arrow keys', () => {
    render(<ChurnRiskRanking data={accounts} signals={signals} label="name" currency="USD" />);
    const explorer = screen.getAllByRole('group').find((e) => e.tabIndex === 0) as HTMLElement;
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Charlie\. MRR: \$25,000 \(13% of all MRR\)\. Importance: tier A\. Risk: high \(73 of 100\)\. In the queue: 90 days\. Queued: flagged, and risk level reached\. Rank 1 of 7 at risk\. Strongest signal: usage drop \(\+47\)$/,
    );
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Bravo\./);
    fireEvent.keyDown(explorer, { key: 'ArrowDown' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Alpha\./);
  });

  it('renders a clear empty state', () => {
    const { container } = render(<ChurnRiskRanking data={[]} signals={signals} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No accounts to assess.');
    expect(container.querySelector('.kamkit-empty')).toHaveTextContent('No accounts to assess.');
    expect(container.querySelector('.kamkit-headline')).toBeNull();
  });

  it('writes German with locale="de-DE", numbers in euros', () => {
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
    expect(
      container.querySelector('.kamkit-ranking__row[data-id="a"] .kamkit-ranking__value'),
    ).toHaveTextContent('1.234.567 €');
    expect(screen.getByRole('img', { name: 'Gefährdete Konten' })).toHaveAccessibleDescription(
      /^7 gefährdete Konten halten 1\.334\.567\s€ MRR \(\d+\s%\)\. Sortiert nach Wichtigkeit/,
    );
    expect(
      container.querySelector('.kamkit-ranking__row[data-id="c"] .kamkit-ranking__days'),
    ).toHaveTextContent('90 Tage');
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
    expect(container.querySelector('.kamkit-ranking__value')).toHaveTextContent('25k €');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/^7 accounts at risk hold 140k € MRR/);
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
        currency="EUR"
        width={300}
        interactive={false}
        table="visible"
      />,
    );
    expect(container.querySelector('.kamkit-ranking__bar')).toBeNull();
    const first = container.querySelector('.kamkit-ranking__row') as SVGGElement;
    expect(first.querySelector('.kamkit-ranking__value')).toHaveTextContent('€25,000');
    expect(first.querySelector('.kamkit-ranking__value')).toHaveAttribute('text-anchor', 'end');
    expect(first.querySelector('.kamkit-ranking__level')?.textContent).toBe('High');
    expect(first.querySelector('.kamkit-ranking__days')?.textContent).toBe('90');
    const delta = container.querySelector('.kamkit-ranking__row[data-id="d"]') as SVGGElement;
    expect(delta.querySelector('.kamkit-ranking__days')?.textContent).toBe('–');
    expect(Array.from(container.querySelectorAll('.kamkit-column-title')).map((t) => t.textContent)).toEqual([
      '#',
      'Tier',
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
    for (const width of [300, 360]) {
      const layout = computeChurnRankingLayout(result, { ...options, width });
      expect(layout.narrow).toBe(true);
      const { columns } = layout;
      for (const line of layout.lines) {
        expect(line.barWidth).toBe(0);
        expect(columns.name + measureText(line.text, 12)).toBeLessThanOrEqual(
          columns.value - measureText(line.mrrText, 12),
        );
        expect(columns.value).toBeLessThan(columns.risk);
        expect(columns.risk + 15 + measureText(line.levelText, { size: 12, bold: true })).toBeLessThanOrEqual(
          columns.days - measureText(line.daysText, 12),
        );
      }
      expect(columns.days).toBe(width - layout.margin.right);
    }
  });

  it('keeps the risk level and the days waiting apart in the wide layout ("Medium · 62", then "127 days")', () => {
    const queued = accounts.map((a, i) => ({
      ...a,
      daysInQueue: a.daysInQueue === null ? null : 100 + i * 7,
    }));
    const result = churnRisk(queued, { signals });
    for (const locale of ['en-US', 'de-DE']) {
      const layout = computeChurnRankingLayout(result, { data: queued, label: 'name', locale, width: 720 });
      expect(layout.narrow).toBe(false);
      const { columns } = layout;
      for (const line of layout.lines) {
        if (line.daysText === '') continue;
        const levelEnd = columns.risk + 15 + measureText(line.levelText, { size: 12, bold: true });
        const daysStart = columns.days - measureText(line.daysText, 12);
        expect(daysStart - levelEnd).toBeGreaterThanOrEqual(RISK_DAYS_GAP);
      }
    }
  });

  it('when narrower drops the days column, then the importance column, rather than let names run into the MRR', () => {
    const result = churnRisk(accounts, { signals });
    const options = { data: accounts, label: 'name' as const, locale: 'de-DE', currency: 'EUR' };
    for (const width of [200, 220, 240]) {
      const layout = computeChurnRankingLayout(result, { ...options, width });
      expect(layout.narrow).toBe(true);
      expect(layout.daysShown).toBe(false);
      const { columns } = layout;
      for (const line of layout.lines) {
        expect(columns.name + measureText(line.text, 12)).toBeLessThanOrEqual(
          columns.value - measureText(line.mrrText, 12),
        );
        expect(columns.risk + 15 + measureText(line.levelText, { size: 12, bold: true })).toBeLessThanOrEqual(
          columns.days,
        );
      }
    }
    expect(computeChurnRankingLayout(result, { ...options, width: 240 }).tierShown).toBe(false);
    expect(computeChurnRankingLayout(result, { ...options, width: 260 }).tierShown).toBe(true);
    const { container } = render(
      <ChurnRiskRanking data={accounts} signals={signals} label="name" width={200} interactive={false} />,
    );
    expect(container.querySelectorAll('.kamkit-ranking__days')).toHaveLength(0);
    expect(container.querySelectorAll('.kamkit-ranking__tier')).toHaveLength(0);
    expect(container.querySelectorAll('.kamkit-ranking__row').length).toBeGreaterThan(0);
  });

  it('shortens the note under the rows when it does not fit', () => {
    const result = churnRisk(accounts, { signals });
    const options = { data: accounts, label: 'name' as const, limit: 2, currency: 'USD' };
    const wide = computeChurnRankingLayout(result, { ...options, width: 640 });
    expect(wide.moreLabel).toBe(wide.moreText);
    expect(wide.moreText).toBe('and 5 more accounts at risk ($90,000 MRR)');
    const narrow = computeChurnRankingLayout(result, { ...options, width: 280 });
    expect(narrow.moreText).toBe(wide.moreText);
    expect(narrow.moreLabel).toBe('+5 more at risk ($90,000 MRR)');
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
