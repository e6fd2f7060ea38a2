import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MrrMovementsLayout } from '../src';
import { MrrMovementsChart } from '../src';
import { overlaps } from '../src/primitives/placement';
import { measureText } from '../src/primitives/text';

interface Row {
  id: string;
  name: string;
  month: string;
  mrr: number;
}

// Jan → Mar 2024: start 6,000; new 400 (c), expansion 500 (a), contraction 1,000 (b), churn 2,000 (d); end 3,900.
const rows: Row[] = [
  { id: 'a', name: 'Alpha Klinik', month: '2024-01', mrr: 1000 },
  { id: 'a', name: 'Alpha Klinik', month: '2024-02', mrr: 1000 },
  { id: 'a', name: 'Alpha Klinik', month: '2024-03', mrr: 1500 },
  { id: 'b', name: 'Beta Labs', month: '2024-01', mrr: 3000 },
  { id: 'b', name: 'Beta Labs', month: '2024-03', mrr: 2000 },
  { id: 'c', name: 'Gamma Care', month: '2024-02', mrr: 400 },
  { id: 'c', name: 'Gamma Care', month: '2024-03', mrr: 400 },
  { id: 'd', name: 'Delta Spital', month: '2024-01', mrr: 2000 },
  { id: 'd', name: 'Delta Spital', month: '2024-02', mrr: 2000 },
];

const finding =
  'MRR fell from $6K to $3.9K between Jan 2024 and Mar 2024: new $400, expansion $500, contraction $1K, churn $2K; NRR 58%, GRR 50%.';

function chart(props: Partial<Parameters<typeof MrrMovementsChart<Row>>[0]> = {}) {
  return (
    <MrrMovementsChart<Row>
      data={rows}
      period="month"
      label="name"
      currency="USD"
      interactive={false}
      {...props}
    />
  );
}

describe('MrrMovementsChart', () => {
  it('states the movements, NRR and GRR in its title and description', () => {
    render(chart());
    const img = screen.getByRole('img', { name: 'MRR movements, Jan 2024 to Mar 2024' });
    expect(img).toHaveAccessibleDescription(
      `${finding} Accounts: 1 new, 1 expanded, 1 contracted, 1 churned.`,
    );
    expect(document.querySelector('.kamkit-rates')).toHaveTextContent('NRR 58%GRR 50%');
  });

  it('compares the first and the last period unless from and to are given', () => {
    render(chart({ from: '2024-02', to: '2024-03' }));
    // Feb → Mar: start 3,400 (a 1,000, c 400, d 2,000); b is new (2,000), a expands 500, d churns 2,000.
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^MRR grew from \$3\.4K to \$3\.9K between Feb 2024 and Mar 2024: new \$2K, expansion \$500, contraction \$0, churn \$2K;/,
    );
  });

  it('marks each step with data-step and data-kind, in waterfall order', () => {
    const { container } = render(chart());
    const steps = [...container.querySelectorAll('g.kamkit-step')];
    expect(steps.map((g) => g.getAttribute('data-step'))).toEqual([
      'start',
      'new',
      'expansion',
      'contraction',
      'churned',
      'end',
    ]);
    expect(steps.map((g) => g.getAttribute('data-kind'))).toEqual([
      'total',
      'increase',
      'increase',
      'decrease',
      'decrease',
      'total',
    ]);
    expect([...container.querySelectorAll('.kamkit-step__value')].map((t) => t.textContent)).toEqual([
      '$6K',
      '+$400',
      '+$500',
      '−$1K',
      '−$2K',
      '$3.9K',
    ]);
  });

  it('in a dashboard panel (260 px) writes the months as "Dec 23", names the steps on three rows, and places the value labels apart', () => {
    // Dec 2023 → Dec 2024: new $400K, expansion $120K, contraction $14K, churn $93K, as on the dashboard.
    const year: Row[] = [
      { id: 'a', name: 'A', month: '2023-12', mrr: 1_000_000 },
      { id: 'a', name: 'A', month: '2024-12', mrr: 1_120_000 },
      { id: 'b', name: 'B', month: '2023-12', mrr: 100_000 },
      { id: 'b', name: 'B', month: '2024-12', mrr: 86_000 },
      { id: 'c', name: 'C', month: '2024-12', mrr: 400_000 },
      { id: 'd', name: 'D', month: '2023-12', mrr: 93_000 },
    ];
    let layout: MrrMovementsLayout<Row> | undefined;
    render(
      chart({
        data: year,
        width: 260,
        children: (l) => {
          layout = l;
          return null;
        },
      }),
    );
    const l = layout as MrrMovementsLayout<Row>;
    expect(l.xLabels.map((x) => x.text)).toEqual([
      'Dec 23',
      'New',
      'Expansion',
      'Contraction',
      'Churn',
      'Dec 24',
    ]);
    expect(l.xLabels.map((x) => x.row)).toEqual([0, 1, 2, 0, 1, 2]);
    // Names on one row keep clear of each other; the third row stays inside the chart.
    for (const a of l.xLabels)
      for (const b of l.xLabels)
        if (a !== b && a.row === b.row)
          expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(
            (measureText(a.text, 12) + measureText(b.text, 12)) / 2,
          );
    expect(Math.max(...l.xLabels.map((x) => x.y)) + 4).toBeLessThanOrEqual(l.height);
    const boxes = l.steps.map((s) => {
      const w = measureText(s.valueText, { size: 12, bold: true });
      return { x: s.labelX - w / 2, y: s.labelY - 10, width: w, height: 13 };
    });
    boxes.forEach((box, i) => {
      for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
      for (const s of l.steps)
        expect(overlaps(box, { x: s.x, y: s.y, width: s.width, height: Math.max(1, s.height) })).toBe(false);
      expect(box.x).toBeGreaterThanOrEqual(l.plot.x0);
    });
  });

  it('in a German dashboard panel keeps a figure\'s width between value labels on one line ("1,4 Mio. €", "−13.900 €")', () => {
    const year: Row[] = [
      { id: 'a', name: 'A', month: '2023-12', mrr: 1_250_000 },
      { id: 'a', name: 'A', month: '2024-12', mrr: 1_366_320 },
      { id: 'b', name: 'B', month: '2023-12', mrr: 100_000 },
      { id: 'b', name: 'B', month: '2024-12', mrr: 86_100 },
      { id: 'c', name: 'C', month: '2024-12', mrr: 399_310 },
      { id: 'd', name: 'D', month: '2023-12', mrr: 93_240 },
    ];
    let layout: MrrMovementsLayout<Row> | undefined;
    render(
      chart({
        data: year,
        // At 270 px the labels of the placer without the gap stood 3.8 px apart on one line.
        width: 270,
        locale: 'de-DE',
        currency: 'EUR',
        children: (l) => {
          layout = l;
          return null;
        },
      }),
    );
    const steps = (layout as MrrMovementsLayout<Row>).steps.filter((s) => !s.hidden);
    expect(steps.map((s) => s.valueText.replace(/\s/g, ' '))).toContain('−13.900 €');
    const font = { size: 12, bold: true } as const;
    const gap = measureText('0', font);
    const spans = steps.map((s) => {
      const w = measureText(s.valueText, font);
      return { left: s.labelX - w / 2, right: s.labelX + w / 2, y: s.labelY };
    });
    let sameLine = 0;
    spans.forEach((a, i) => {
      for (const b of spans.slice(i + 1)) {
        if (Math.abs(a.y - b.y) >= 13) continue;
        sameLine++;
        expect(Math.max(b.left - a.right, a.left - b.right)).toBeGreaterThanOrEqual(gap);
      }
    });
    expect(sameLine).toBeGreaterThan(0);
  });

  it('reconciles in the geometry: each bar starts where the previous ended, and start + movements = end', () => {
    let layout: MrrMovementsLayout<Row> | undefined;
    const { container } = render(
      chart({
        children: (l) => {
          layout = l;
          return null;
        },
      }),
    );
    const l = layout as MrrMovementsLayout<Row>;
    const [start, ...rest] = l.steps;
    let level = (start as (typeof l.steps)[number]).to;
    for (const step of rest.slice(0, -1)) {
      expect(step.from).toBe(level);
      const top = Math.min(l.y(step.from), l.y(step.to));
      const bottom = Math.max(l.y(step.from), l.y(step.to));
      expect(step.y).toBeCloseTo(top, 6);
      expect(step.y + step.height).toBeCloseTo(bottom, 6);
      level = step.to;
    }
    const end = l.steps[5] as (typeof l.steps)[number];
    expect(level).toBeCloseTo(end.to, 9);
    expect(end.y).toBeCloseTo(l.y(3900), 6);
    // The same in the DOM: the churn bar's bottom is the end bar's top.
    const churn = container.querySelector('[data-step="churned"] rect') as Element;
    const endRect = container.querySelector('[data-step="end"] rect') as Element;
    expect(Number(churn.getAttribute('y')) + Number(churn.getAttribute('height'))).toBeCloseTo(
      Number(endRect.getAttribute('y')),
      1,
    );
  });

  it('moves between the steps with the arrow keys, naming the largest accounts', () => {
    render(chart({ interactive: true }));
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(/^Jan 2024\. MRR: \$6,000\. 3 accounts paying$/);
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'New. +$400 from 1 account. MRR after: $6,400. Largest: Gamma Care (+$400)',
    );
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Mar 2024\. .*NRR 58%\. GRR 50%$/);
  });

  it('renders a clear empty state', () => {
    render(chart({ data: [] }));
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No MRR data.');
    render(chart({ from: '2030-01', to: '2030-02' }));
    expect(screen.getAllByRole('img')[1]).toHaveAccessibleDescription('No MRR in Jan 2030 or Feb 2030.');
  });

  it('writes German, numbers and months for de-DE with euros', () => {
    const big = rows.map((r) => ({ ...r, mrr: r.mrr * 1000 }));
    render(chart({ data: big, locale: 'de-DE', currency: 'EUR', table: 'visible' }));
    const table = screen.getByRole('table');
    expect(table).toHaveTextContent('6.000.000 €');
    expect(table).toHaveTextContent('März 2024');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^Der MRR sank zwischen Jan\. 2024 und März 2024 von 6\sMio\.\s€ auf 3,9\sMio\.\s€: neu 400\.000\s€, Ausbau 500\.000\s€, Rückgang 1\sMio\.\s€, Kündigung 2\sMio\.\s€; NRR 58\s%, GRR 50\s%\. Konten: 1 neu,/,
    );
    expect(document.querySelector('.kamkit-rates')).toHaveTextContent('NRR 58 %');
  });

  it('leaves out NRR and GRR when there is no MRR at the start', () => {
    render(chart({ from: '2023-12', to: '2024-03' }));
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^MRR grew from \$0 to \$3\.9K between Dec 2023 and Mar 2024: new \$3\.9K, expansion \$0, contraction \$0, churn \$0\./,
    );
    expect(document.querySelector('.kamkit-rates')).toBeNull();
  });
  it('reads MRR from the value prop', () => {
    const renamed = rows.map(({ mrr, ...r }) => ({ ...r, monthly: mrr }));
    render(<MrrMovementsChart data={renamed} period="month" value="monthly" currency="USD" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      new RegExp(`^${finding.replace(/[$.()]/g, '\\$&')}`),
    );
  });

  it('hides decreases from the legend, keeps the waterfall in place and says so', () => {
    const onHiddenSeriesChange = vi.fn();
    const { container } = render(chart({ interactive: true, onHiddenSeriesChange }));
    const endBefore = container.querySelector('[data-step="end"] rect')?.getAttribute('y');
    fireEvent.click(screen.getByRole('button', { name: 'Decrease' }));
    expect(onHiddenSeriesChange).toHaveBeenLastCalledWith(['series:decrease']);
    expect([...container.querySelectorAll('.kamkit-step')].map((g) => g.getAttribute('data-step'))).toEqual([
      'start',
      'new',
      'expansion',
      'end',
    ]);
    expect(container.querySelector('[data-step="end"] rect')?.getAttribute('y')).toBe(endBefore);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/Hidden: Decrease\.$/);
  });

  it('selects a step as a bin of its accounts', () => {
    const onSelect = vi.fn();
    const { container } = render(chart({ interactive: true, onSelect }));
    const explorer = screen.getAllByRole('group').find((e) => e.tabIndex === 0) as HTMLElement;
    fireEvent.focus(explorer);
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    fireEvent.keyDown(explorer, { key: 'Enter' });
    const item = onSelect.mock.calls[0]?.[0];
    expect(item).toMatchObject({ kind: 'bin', id: 'step:new', datum: null });
    expect(item.accounts).toEqual([rows[6]]);
    expect(container.querySelector('[data-step="new"]')).toHaveAttribute('data-selected', 'true');
  });
});
