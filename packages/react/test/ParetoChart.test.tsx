import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { computeParetoLayout, exportCsv, PARETO_OPTIONS, ParetoChart, pareto, paretoColumns } from '../src';
import { ranked } from '../src/charts/pareto/marks';
import { rankGroups } from '../src/charts/pareto/table';
import { measureText } from '../src/primitives/text';

const textWidth = (text: string, size: number) => measureText(text, size);

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

  it('lets none of its options reach the DOM (each named once in PARETO_OPTIONS)', () => {
    const every: Record<(typeof PARETO_OPTIONS)[number], unknown> = {
      data: accounts,
      value: 'revenue',
      id: 'id',
      label: 'name',
      cutoff: 0.7,
      locale: 'de-DE',
      currency: 'EUR',
      formatValue: (v: number) => `${v}`,
      messages: { pareto: { value: 'Umsatz' } },
      maxTableRows: 10,
      width: 500,
      height: 300,
      margin: { top: 10 },
      xLabel: 'Konten',
      yLabel: 'Umsatz',
    };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(
      <ParetoChart {...(every as { data: typeof accounts })} data-testid="root" />,
    );
    const root = screen.getByTestId('root');
    const attributes = Array.from(root.attributes, (a) => a.name.toLowerCase());
    for (const option of PARETO_OPTIONS) expect(attributes).not.toContain(option.toLowerCase());
    expect(container.querySelector('svg')).toHaveAttribute('width', '500');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
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

  it('names only the first four accounts of a column in its tooltip', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: i, value: 5000 - i }));
    let labelled = 0;
    const label = (d: { id: number }) => {
      labelled++;
      return `Account ${d.id}`;
    };
    // A 120 px wide chart has a 4 px plot: 4 columns of about 1,250 accounts.
    const layout = computeParetoLayout(paretoColumns(many), { data: many, label, width: 120, height: 300 });
    expect(layout.binned).toBe(true);
    const bar = layout.bars[1];
    const point = layout.points[1];
    if (!bar || !point) throw new Error('expected a second column');
    expect(bar.count).toBe(layout.rowsOf(bar).length);
    expect(bar.count).toBeGreaterThan(1000);
    expect(point.title).toBe(
      `Accounts ${bar.rankStart.toLocaleString('en-US')}–${bar.rankEnd.toLocaleString('en-US')} (${bar.count.toLocaleString('en-US')})`,
    );
    expect(point.lines[0]).toBe(
      `Account ${bar.rankStart - 1}, Account ${bar.rankStart}, Account ${bar.rankStart + 1}, Account ${bar.rankStart + 2} and ${(bar.count - 4).toLocaleString('en-US')} more`,
    );
    // Only the names shown are read: four per column, and the largest account for the description.
    expect(labelled).toBeLessThan(20);
  });

  it('marks a column vital only when all its accounts are; CSV export lists every account', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: i, value: 1 / (i + 1) }));
    const result = pareto(many);
    // `maxTableRows: Infinity` keeps one table row per column.
    const layout = computeParetoLayout(paretoColumns(many), {
      data: many,
      width: 640,
      height: 360,
      maxTableRows: Infinity,
    });
    for (const bar of layout.bars) expect(bar.vital).toBe(layout.rowsOf(bar).every((row) => row.vital));
    expect(layout.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(2000);
    expect(layout.tableGroups).toBeUndefined();
    expect(layout.table.rows).toHaveLength(layout.bars.length);
    expect(layout.table.rows[0]?.[0]).toBe(`1–${layout.bars[0]?.rankEnd}`);
    expect(layout.table.raw).toHaveLength(2000);
    expect(layout.table.raw?.[0]).toEqual([
      1,
      '0',
      1,
      result.rows[0]?.share,
      result.rows[0]?.cumulativeShare,
      true,
    ]);
    const csv = exportCsv(layout.table).split('\r\n');
    expect(csv).toHaveLength(2001);
    expect(csv[0]).toBe('Rank,Account,Revenue,Share,Cumulative share,Vital few');
  });
});

describe('ParetoChart data table at large n', () => {
  // 1,050 accounts with integer revenues (sums are exact), drawn as ~520 columns at 640 px.
  const many = Array.from({ length: 1050 }, (_, i) => ({
    id: `a${String(i).padStart(4, '0')}`,
    name: `Account ${i + 1}`,
    value: 1_000_000 - i * 900,
  }));

  it('lists 100 equal groups of consecutive ranks instead of one row per column', () => {
    const result = pareto(many);
    const layout = computeParetoLayout(paretoColumns(many), {
      data: many,
      label: 'name',
      width: 640,
      height: 360,
    });
    expect(layout.bars.length).toBeGreaterThan(100);
    const groups = layout.tableGroups;
    if (!groups) throw new Error('expected rank groups');
    expect(groups).toHaveLength(100);
    const sizes = groups.map((g) => g.count);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(new Set(sizes)).toEqual(new Set([10, 11]));
    let next = 1;
    for (const group of groups) {
      expect(group.rankStart).toBe(next);
      expect(group.rankEnd - group.rankStart + 1).toBe(group.count);
      next = group.rankEnd + 1;
    }
    expect(next).toBe(1051);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1050);
    expect(groups.reduce((sum, g) => sum + g.value, 0)).toBe(result.total);
    expect(groups.reduce((sum, g) => sum + g.share, 0)).toBeCloseTo(1, 12);
    expect(groups.at(-1)?.cumulativeShare).toBe(1);
    for (const group of groups)
      expect(group.cumulativeShare).toBe(result.rows[group.rankEnd - 1]?.cumulativeShare);
    expect(groups.reduce((sum, g) => sum + g.vitalCount, 0)).toBe(result.vitalCount);

    const { table } = layout;
    expect(table.caption).toMatch(
      /Rows are groups of ranks: 1,050 accounts in 100 groups of 10–11, largest first\.$/,
    );
    expect(table.columns.map((c) => c.label)).toEqual([
      'Ranks',
      'Accounts',
      'Number of accounts',
      'Revenue',
      'Share',
      'Cumulative share',
      'Vital few',
    ]);
    expect(table.rows).toHaveLength(100);
    const g0 = groups[0] as (typeof groups)[number];
    expect(table.rows[0]).toEqual([
      `1–${g0.rankEnd}`,
      `Account 1 … Account ${g0.rankEnd}`,
      String(g0.count),
      g0.value.toLocaleString('en-US'),
      expect.stringMatching(/%$/),
      expect.stringMatching(/%$/),
      'yes',
    ]);
    expect(table.rows.at(-1)?.[0]).toBe('1,040–1,050');
    expect(table.rows.at(-1)?.[5]).toBe('100%');
    // A group that straddles the cutoff says how many of its accounts are vital few.
    const straddling = groups.findIndex((g) => g.vitalCount > 0 && g.vitalCount < g.count);
    if (straddling >= 0)
      expect(table.rows[straddling]?.[6]).toBe(
        `${groups[straddling]?.vitalCount} of ${groups[straddling]?.count}`,
      );

    // CSV export still has every account.
    expect(table.raw).toHaveLength(1050);
    const csv = exportCsv(table).split('\r\n');
    expect(csv).toHaveLength(1051);
    expect(csv[0]).toBe('Rank,Account,Revenue,Share,Cumulative share,Vital few');
    expect(csv[1]).toMatch(/^1,Account 1,1000000,/);
    expect(csv[1050]).toMatch(/^1050,Account 1050,/);
  });

  it('renders the groups in the hidden table and says so in the caption', () => {
    const html = renderToString(<ParetoChart data={many} label="name" width={640} interactive={false} />);
    const table = html.slice(html.indexOf('<table'));
    expect(table.match(/<tr>/g)).toHaveLength(101); // header + 100 groups
    expect(table).toContain('Rows are groups of ranks');
  });

  it('follows `maxTableRows`, counting bars when each account is a bar', () => {
    const layout = computeParetoLayout(paretoColumns(accounts, { value: 'revenue' }), {
      data: accounts,
      label: 'name',
      width: 640,
      height: 360,
      maxTableRows: 7,
    });
    expect(layout.binned).toBe(false);
    expect(layout.tableGroups).toHaveLength(7);
    const sizes = layout.tableGroups?.map((g) => g.count) ?? [];
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(60);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(layout.table.rows).toHaveLength(7);
  });

  it('keeps one row per account up to `maxTableRows` bars', () => {
    const layout = computeParetoLayout(paretoColumns(accounts, { value: 'revenue' }), {
      data: accounts,
      label: 'name',
      width: 640,
      height: 360,
    });
    expect(layout.tableGroups).toBeUndefined();
    expect(layout.table.caption).toBe('12 of 60 accounts (20%) make 80% of revenue.');
    expect(layout.table.rows).toHaveLength(60);
    expect(layout.table.rows[0]).toEqual(['1', 'Account 1', '10,000', '6.7%', '6.7%', 'yes']);
    expect(layout.table.rawColumns).toBeUndefined();
  });

  it('keeps exactly one group per account when there are as many groups as accounts', () => {
    const groups = rankGroups(ranked(paretoColumns(many), String), 2000);
    expect(groups).toHaveLength(1050);
    expect(groups.every((g, i) => g.count === 1 && g.rankStart === i + 1)).toBe(true);
  });
});

describe('ParetoChart side margins', () => {
  const big = Array.from({ length: 40 }, (_, i) => ({ id: i, value: Math.round(3_600_000 / (i + 1)) }));

  it('sizes the left margin and the y title offset from the widths of the tick labels', () => {
    const layout = computeParetoLayout(paretoColumns(big), {
      data: big,
      width: 390,
      height: 320,
      locale: 'de-DE',
      currency: 'EUR',
    });
    const widest = Math.max(...layout.yTicks.map((t) => textWidth(t.label, 12)));
    expect(layout.yTicks.some((t) => /Mio\./.test(t.label))).toBe(true);
    // Tick labels end 8 px left of the axis; the title's baseline is past them with room for its descent.
    expect(layout.yLabelOffset).toBeGreaterThanOrEqual(8 + widest + 9);
    expect(layout.margin.left).toBeGreaterThanOrEqual(layout.yLabelOffset + 12);
    expect(layout.margin.left).toBeGreaterThan(64);
    const widestShare = Math.max(...layout.yShareTicks.map((t) => textWidth(t.label, 12)));
    expect(layout.margin.right).toBeGreaterThanOrEqual(8 + widestShare);
  });

  it('keeps the default room for short labels, and a given margin wins', () => {
    const ten = computeParetoLayout(paretoColumns(accounts, { value: 'revenue' }), {
      data: accounts,
      width: 640,
      height: 360,
    });
    expect(ten.margin).toMatchObject({ left: 64, right: 52 });
    expect(ten.yLabelOffset).toBe(52);
    const given = computeParetoLayout(paretoColumns(big), {
      data: big,
      width: 390,
      height: 320,
      locale: 'de-DE',
      currency: 'EUR',
      margin: { left: 70, right: 30 },
    });
    expect(given.margin).toMatchObject({ left: 70, right: 30, top: 20 });
    expect(given.plot.x0).toBe(70);
    expect(given.plot.x1).toBe(360);
  });
});
