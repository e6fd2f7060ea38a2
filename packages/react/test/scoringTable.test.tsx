import { fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ScoringTable } from '../src';

interface Row {
  id: string;
  name: string;
  growth: number;
  potential: number | null;
  fit: number;
  culture: number;
}

const accounts: Row[] = [
  { id: 'a', name: 'Alpha', growth: 9, potential: 8, fit: 7, culture: 6 },
  { id: 'b', name: 'Bravo', growth: 4, potential: 10, fit: 9, culture: 9 },
  { id: 'c', name: 'Charlie', growth: 2, potential: null, fit: 3, culture: 2 },
];

const criteria = [
  { key: 'growth', label: 'Revenue growth', axis: 'growth' as const, weight: 3, value: 'growth' as const },
  {
    key: 'potential',
    label: 'Revenue potential',
    axis: 'growth' as const,
    weight: 1,
    value: 'potential' as const,
  },
  { key: 'fit', label: 'Strategic fit', axis: 'harmony' as const, weight: 1, value: 'fit' as const },
  { key: 'culture', label: 'Culture', axis: 'harmony' as const, weight: 1, value: 'culture' as const },
];

/** Each header's lines joined by spaces (a header wraps to two lines and carries the weight on a third). */
const headersOf = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.kamkit-heat__header'), (h) =>
    h.querySelectorAll('tspan').length > 0
      ? Array.from(h.querySelectorAll('tspan'), (t) => t.textContent).join(' ')
      : h.textContent,
  );

const rowNames = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.kamkit-heat__label')).map((t) => t.textContent);

describe('ScoringTable', () => {
  it('lists every account with each rating, the weights in the header and the weighted scores', () => {
    const { container } = render(
      <ScoringTable data={accounts} criteria={criteria} label="name" width={720} />,
    );
    const headers = headersOf(container);
    // Growth weights 3:1 → 75 % and 25 %; harmony 1:1 → 50 % each.
    expect(headers).toContain('Revenue growth weight 75%');
    expect(headers).toContain('Revenue potential weight 25%');
    expect(headers).toContain('Culture weight 50%');
    expect(headers).toContain('Total score');
    expect(container.querySelectorAll('.kamkit-heat__cell')).toHaveLength(3 * 7);
    // Sorted by total (scale 1–10 → 0–100): Alpha 73.6 (growth 86.1, harmony 61.1), Bravo 69.4 (50.0, 88.9),
    // Charlie (growth from revenue growth alone: 11.1; harmony 16.7) 13.9.
    expect(rowNames(container)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    const totals = container.querySelectorAll('.kamkit-heat__cell:nth-child(7n) text');
    expect(Array.from(totals, (t) => t.textContent)).toEqual(['73.6', '69.4', '13.9']);
  });

  it('marks a missing rating instead of guessing it', () => {
    const { container } = render(
      <ScoringTable data={accounts} criteria={criteria} label="name" width={720} />,
    );
    const missing = container.querySelectorAll('.kamkit-heat__cell[data-state="missing"]');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.getAttribute('data-row')).toBe('c');
    expect(missing[0]?.textContent).toBe('–');
  });

  it('sorts by the column the reader picks and reports it', () => {
    const onSortChange = vi.fn();
    const { container } = render(
      <ScoringTable
        data={accounts}
        criteria={criteria}
        label="name"
        width={720}
        onSortChange={onSortChange}
      />,
    );
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'axis:growth' } });
    expect(onSortChange).toHaveBeenCalledWith('axis:growth');
    expect(rowNames(container)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'axis:harmony' } });
    expect(rowNames(container)).toEqual(['Bravo', 'Alpha', 'Charlie']);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'name' } });
    expect(rowNames(container)).toEqual(['Alpha', 'Bravo', 'Charlie']);
  });

  it('lists one axis alone, as the template’s two tables do', () => {
    const { container } = render(
      <ScoringTable data={accounts} criteria={criteria} axis="harmony" label="name" width={720} />,
    );
    const headers = headersOf(container);
    expect(headers.some((h) => h?.startsWith('Revenue growth'))).toBe(false);
    expect(headers).toContain('Harmony');
    expect(screen.getByRole('img')).toHaveAccessibleName('Scoring table: harmony');
  });

  it('moves over the cells with the arrow keys and selects the row’s account with Enter', () => {
    const onSelect = vi.fn();
    render(<ScoringTable data={accounts} criteria={criteria} label="name" width={720} onSelect={onSelect} />);
    const explorer = screen.getAllByRole('group').find((e) => e.tabIndex === 0) as HTMLElement;
    fireEvent.focus(explorer);
    fireEvent.keyDown(explorer, { key: 'ArrowDown' });
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    fireEvent.keyDown(explorer, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'account', id: 'b', datum: accounts[1] }),
    );
  });

  it('draws the first maxRows accounts and keeps all of them in the data table', () => {
    const many = Array.from(
      { length: 50 },
      (_, i) => ({ ...accounts[0], id: `x${i}`, name: `Account ${i}` }) as Row,
    );
    const { container } = render(
      <ScoringTable data={many} criteria={criteria} label="name" width={720} maxRows={10} table="visible" />,
    );
    expect(rowNames(container)).toHaveLength(10);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(51);
    expect(container.querySelector('.kamkit-chart__note')).toHaveTextContent(
      /Showing the first 10 of 50 accounts/,
    );
  });

  it('writes German words and numbers for de-DE', () => {
    const html = renderToString(
      <ScoringTable data={accounts} criteria={criteria} label="name" width={720} locale="de-DE" />,
    );
    expect(html).toContain('Gesamtscore');
    expect(html).toMatch(/Gewicht 75\s%/);
    expect(html).toContain('Sortieren nach');
  });
});
