import { whaleCurve } from '@kamkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demo } from '../../examples/src/data/demo';
import { computeWhaleLayout, WhaleCurve } from '../src';
import { expectGolden } from './golden';

// Ten accounts: six make 148 of profit, four lose 48; total 100. The peak is after the sixth (60 %).
const whale = [
  { id: 'a', name: 'Alpha Health', profit: 50 },
  { id: 'b', name: 'Beta Clinic', profit: 40 },
  { id: 'c', name: 'Gamma Labs', profit: 30 },
  { id: 'd', name: 'Delta Care', profit: 15 },
  { id: 'e', name: 'Epsilon Spital', profit: 8 },
  { id: 'f', name: 'Zeta Praxis', profit: 5 },
  { id: 'g', name: 'Eta Diagnostics', profit: -8 },
  { id: 'h', name: 'Theta Kliniken', profit: -10 },
  { id: 'i', name: 'Iota Vita', profit: -12 },
  { id: 'j', name: 'Kappa Lumen', profit: -18 },
];

// Total profit −40 (≤ 0): three accounts make 60, five lose 100.
const negativeTotal = [
  { id: 'p1', profit: 30_000 },
  { id: 'p2', profit: 20_000 },
  { id: 'p3', profit: 10_000 },
  { id: 'l1', profit: -5_000 },
  { id: 'l2', profit: -10_000 },
  { id: 'l3', profit: -15_000 },
  { id: 'l4', profit: -30_000 },
  { id: 'l5', profit: -40_000 },
];

/** The chart's description with the locale's no-break spaces ("148 %", "1.234 €") written as plain spaces. */
function description() {
  const id = screen.getByRole('img').getAttribute('aria-describedby') ?? '';
  return document.getElementById(id)?.textContent?.replace(/[\u00a0\u202f]/g, ' ');
}

function manyAccounts(count: number) {
  let seed = 23;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  // About 80 % profitable (heavy-tailed), 20 % loss-making.
  return Array.from({ length: count }, (_, i) => {
    const u = random();
    const profit = u < 0.8 ? Math.round(400 * random() ** -0.7) : -Math.round(900 * random() ** -0.4);
    return { id: i, profit };
  });
}

describe('WhaleCurve', () => {
  it('states the peak and what the loss-making accounts destroy in its description', () => {
    render(<WhaleCurve data={whale} label="name" />);
    const img = screen.getByRole('img', { name: 'Whale curve of profit' });
    expect(img).toHaveAccessibleDescription(
      'Peak: the top 60% of accounts make 148% of profit; the remaining 40% destroy 48%. 10 accounts: 6 make a profit of 148, 4 lose 48; total profit 100.',
    );
  });

  it('never cuts the peak note: the German note gets the lines it needs, or is left out where it cannot fit', () => {
    const note = (height = 420, width = 720) => {
      const { container, unmount } = render(
        <WhaleCurve
          data={demo.accounts}
          value="contributionMargin"
          label="name"
          locale="de-DE"
          currency="EUR"
          width={width}
          height={height}
        />,
      );
      const tspans = Array.from(
        container.querySelectorAll('.kamkit-whale__annotation tspan'),
        (t) => t.textContent,
      );
      const desc = (container.querySelector('desc')?.textContent ?? '').replace(/\s+/g, ' ');
      unmount();
      return { text: tspans.join(' ').replace(/\s+/g, ' '), lines: tspans.length, desc };
    };
    const story = note();
    // The whole sentence, its last figure with its unit: more than the 5 lines the note had before.
    expect(story.text).toBe(
      'Scheitelpunkt: Die besten 85 % der Konten erzielen 100,6 % des Gewinns; die übrigen 15 % vernichten 0,6 %.',
    );
    expect(story.desc).toContain(story.text);
    // A plot too small for the whole note: no note rather than a cut one; the description still says it.
    const short = note(140, 320);
    expect(short.lines).toBe(0);
    expect(short.desc).toContain('vernichten 0,6 %.');
  });

  it('marks the peak and writes the finding beside it', () => {
    const { container } = render(<WhaleCurve data={whale} />);
    const dot = container.querySelector('.kamkit-whale__dot');
    const xAxis = container.querySelector('.kamkit-axis--bottom > line');
    const [x0, x1] = [Number(xAxis?.getAttribute('x1')), Number(xAxis?.getAttribute('x2'))];
    // x: 60 % along the x-axis; y: 148 % on a 0–160 % axis over 16…356 px.
    expect(Number(dot?.getAttribute('cx'))).toBeCloseTo(x0 + 0.6 * (x1 - x0), 1);
    expect(Number(dot?.getAttribute('cy'))).toBeCloseTo(356 - (1.48 / 1.6) * 340, 1);
    expect(container.querySelector('.kamkit-whale__peak-label')).toHaveTextContent('148%');
    const annotation = container.querySelector('.kamkit-whale__annotation');
    expect(Array.from(annotation?.querySelectorAll('tspan') ?? [], (t) => t.textContent).join(' ')).toBe(
      'Peak: the top 60% of accounts make 148% of profit; the remaining 40% destroy 48%.',
    );
    // The guide runs from the peak down to the x-axis.
    const guide = container.querySelector('.kamkit-whale__guide');
    expect(guide?.getAttribute('x1')).toBe(dot?.getAttribute('cx'));
    expect(guide?.getAttribute('y2')).toBe('356');
  });

  it('extends the y-axis above 100% to the peak and draws a 100% reference line', () => {
    const { container } = render(<WhaleCurve data={whale} />);
    const ticks = Array.from(
      container.querySelectorAll('.kamkit-axis--left .kamkit-axis__tick text'),
      (t) => t.textContent,
    );
    expect(ticks[0]).toBe('0%');
    expect(ticks.at(-1)).toBe('160%');
    const reference = container.querySelector('line.kamkit-whale__reference');
    expect(Number(reference?.getAttribute('y1'))).toBeCloseTo(356 - (1 / 1.6) * 340, 1);
    expect(container.querySelector('.kamkit-whale__reference-label')).toHaveTextContent(
      'Total profit 100 = 100%',
    );
  });

  it('draws the accounts after the peak as a separate loss-making segment', () => {
    const { container } = render(<WhaleCurve data={whale} />);
    const profit = container.querySelector('[data-segment="profit"] path.kamkit-curve__line');
    const loss = container.querySelector('[data-segment="loss"] path.kamkit-curve__line');
    const cx = container.querySelector('.kamkit-whale__dot')?.getAttribute('cx');
    // The profitable part ends at the peak, the loss-making part starts there and ends at 100 % of accounts.
    expect(profit?.getAttribute('d')).toMatch(new RegExp(`L${cx},[\\d.]+$`));
    expect(loss?.getAttribute('d')).toMatch(new RegExp(`^M${cx},[\\d.]+L.*L616,143.5$`));
    expect(container.querySelector('[data-segment="loss"] path.kamkit-curve__area')).not.toBeNull();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Profitable accounts',
      'Loss-making accounts',
      '100% = total profit',
    ]);
  });

  it('shows cumulative profit in currency and says so when total profit is not positive', () => {
    const { container } = render(
      <WhaleCurve data={negativeTotal} locale="de-DE" currency="EUR" table="visible" />,
    );
    expect(container.querySelector('[data-kamkit-chart="whale"]')).toHaveAttribute('data-mode', 'value');
    const note =
      'Der Gesamtgewinn beträgt -40.000 € und ist nicht positiv; das Diagramm zeigt daher den kumulierten Gewinn in EUR statt Anteilen am Gesamtgewinn.';
    expect(description()).toBe(
      `Scheitelpunkt: Die besten 38 % der Konten erzielen 60.000 €; die übrigen 62 % vernichten 100.000 €, es bleiben -40.000 €. ${note} 8 Konten: 3 erzielen einen Gewinn von 60.000 €, 5 verlieren 100.000 €; Gesamtgewinn -40.000 €.`,
    );
    expect(container.querySelector('.kamkit-chart__note')).toHaveTextContent(note);
    const ticks = Array.from(container.querySelectorAll('.kamkit-axis--left .kamkit-axis__tick text'), (t) =>
      t.textContent?.replace(/\u00a0/g, ' '),
    );
    expect(ticks[0]).toBe('-40.000 €');
    expect(ticks).toContain('0 €');
    expect(ticks.at(-1)).toBe('70.000 €');
    expect(ticks.some((t) => t?.includes('%'))).toBe(false);
    expect(container.querySelector('.kamkit-whale__reference-label')).toHaveTextContent(
      'Gewinnschwelle (0 €)',
    );
    expect(container.querySelector('.kamkit-whale__peak-label')).toHaveTextContent('60.000 €');
    // No share column: a share of a negative total has no meaning.
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Rang',
      'Konto',
      'Gewinn',
      'Anteil der Konten',
      'Kumulierter Gewinn',
    ]);
  });

  it('says that no account makes a profit when every account loses money', () => {
    const { container } = render(
      <WhaleCurve
        data={[
          { id: 'a', profit: -100 },
          { id: 'b', profit: -250 },
        ]}
      />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^No account makes a profit: 2 accounts lose 350 in total\. Total profit is -350, not positive, so the chart shows cumulative profit instead of shares of the total\./,
    );
    expect(container.querySelector('.kamkit-whale__peak')).toBeNull();
    expect(container.querySelector('[data-segment="loss"] path.kamkit-curve__line')).not.toBeNull();
  });

  it('says when no account loses money', () => {
    render(
      <WhaleCurve
        data={[
          { id: 'a', profit: 70 },
          { id: 'b', profit: 30 },
          { id: 'c', profit: 0 },
          { id: 'd', profit: 0 },
        ]}
      />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^No account loses money: the top 50% of accounts make all profit; the remaining 50% make none\./,
    );
  });

  it('moves along the curve from the most profitable account with the arrow keys', () => {
    render(<WhaleCurve data={whale} label="name" />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Alpha Health. Profit: 50, rank 1 of 10. Top 1 (10%) make 50% of profit',
    );
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Beta Clinic\. .*Top 2 \(20%\) make 90% of profit$/,
    );
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Kappa Lumen. Profit: -18 (loss), rank 10 of 10. Top 10 (100%) make 100% of profit',
    );
  });

  it('renders a clear empty state', () => {
    const { container } = render(<WhaleCurve data={[{ id: 'x', profit: null }]} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      'No accounts with a known profit. Left out: 1 value is missing.',
    );
    expect(container.querySelector('.kamkit-empty')).toHaveTextContent('No accounts with a known profit.');
    expect(container.querySelector('.kamkit-legend')).toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('formats numbers for de-DE with euros', () => {
    render(
      <WhaleCurve
        data={[
          { id: 'a', profit: 1_234_567 },
          { id: 'b', profit: 593_000 },
          { id: 'c', profit: -593_000 },
        ]}
        locale="de-DE"
        currency="EUR"
        table="visible"
      />,
    );
    expect(screen.getByRole('table')).toHaveTextContent('1.234.567 €');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^Scheitelpunkt: Die besten 67\s%\sder Konten erzielen 148\s%\sdes Gewinns; die übrigen 33\s%\svernichten 48\s%\. 3 Konten: 2 erzielen einen Gewinn von 1\.827\.567\s€, 1 verliert 593\.000\s€; Gesamtgewinn 1\.234\.567\s€\.$/,
    );
  });

  it('leaves out records without a profit and does not touch the caller’s data', () => {
    const data = [
      { id: 'a', profit: 10 },
      { id: 'b', profit: null },
      { id: 'c', profit: -2 },
    ];
    const copy = structuredClone(data);
    render(<WhaleCurve data={data} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/Left out: 1 value is missing\.$/);
    expect(data).toEqual(copy);
  });

  it('draws each account’s profit as bars under the curve when asked', () => {
    const { container } = render(<WhaleCurve data={whale} bars />);
    const positive = container.querySelector('.kamkit-whale__bar[data-sign="positive"]')?.getAttribute('d');
    const negative = container.querySelector('.kamkit-whale__bar[data-sign="negative"]')?.getAttribute('d');
    expect(positive?.match(/M/g)).toHaveLength(6);
    expect(negative?.match(/M/g)).toHaveLength(4);
    // The strip's axis states its range: the largest profit, zero, the largest loss.
    const strip = container.querySelectorAll('.kamkit-axis--left')[1];
    expect(Array.from(strip?.querySelectorAll('text') ?? [], (t) => t.textContent)).toEqual([
      '50',
      '0',
      '-18',
    ]);
  });

  it('keeps the DOM bounded for 100,000 accounts and lists deciles in the table', () => {
    const { container } = render(<WhaleCurve data={manyAccounts(100_000)} width={640} table="visible" />);
    expect(container.querySelectorAll('*').length).toBeLessThan(200);
    for (const path of container.querySelectorAll('.kamkit-curve__line')) {
      expect((path.getAttribute('d') ?? '').split('L').length).toBeLessThanOrEqual(4 * 640);
    }
    expect(container.querySelector('[data-kamkit-chart="whale"]')).toHaveAttribute('data-binned', 'true');
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(10);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^Peak: the top 8\d% of accounts make 1\d\d%/,
    );
  });

  it('reads the profit from value, and gives each point its item (accounts, or bins when they outnumber pixels)', () => {
    const renamed = whale.map(({ profit, ...rest }) => ({ ...rest, margin: profit }));
    render(<WhaleCurve data={renamed} value="margin" label="name" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^Peak: the top 60% of accounts make 148% of profit/,
    );
    const few = computeWhaleLayout(whaleCurve(whale), { data: whale, width: 640 });
    expect(few.points[0]?.item).toEqual({ kind: 'account', id: 'a', datum: whale[0], accounts: [whale[0]] });
    const data = manyAccounts(5_000);
    const many = computeWhaleLayout(whaleCurve(data), { data, width: 400 });
    expect(many.binned).toBe(true);
    expect(many.points[0]?.item?.kind).toBe('bin');
    expect(many.points.reduce((sum, p) => sum + (p.item?.accounts.length ?? 0), 0)).toBe(5_000);
  });

  it('lists at most maxTableRows rows and says how many; xLabel and yLabel win over the catalogue', () => {
    const { container } = render(
      <WhaleCurve data={whale} maxTableRows={4} table="visible" xLabel="Kunden" yLabel="Deckungsbeitrag" />,
    );
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(4);
    expect(screen.getByText('The table lists the first 4 of 10 rows.')).not.toBeNull();
    const titles = Array.from(container.querySelectorAll('.kamkit-axis__label'), (e) => e.textContent);
    expect(titles).toEqual(['Deckungsbeitrag', 'Kunden']);
  });

  it('matches the golden SVG: ten accounts, a whale', () => {
    expectGolden('whale-ten', <WhaleCurve data={whale} label="name" interactive={false} />);
  });

  it('matches the golden SVG: negative total in euros, de-DE, with bars', () => {
    expectGolden(
      'whale-negative-total-de',
      <WhaleCurve
        data={negativeTotal}
        locale="de-DE"
        currency="EUR"
        bars
        width={520}
        height={360}
        interactive={false}
      />,
    );
  });

  it('matches the golden SVG: an extreme whale (peak 3,400 %) with bars', () => {
    const extreme = [1000, 800, 600, 400, 300, 200, 100, -500, -700, -900, -1200].map((profit, i) => ({
      id: `x${i}`,
      profit,
    }));
    expectGolden(
      'whale-extreme-bars',
      <WhaleCurve data={extreme} bars width={560} height={380} interactive={false} />,
    );
  });

  it('matches the golden SVG: 20,000 accounts', () => {
    expectGolden(
      'whale-many',
      <WhaleCurve data={manyAccounts(20_000)} width={480} height={340} interactive={false} />,
    );
  });
});
