import { KamkitError } from '@kamkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AbcMigrationChart } from '../src';
import { FONTS, measureText } from '../src/primitives/text';
import { expectGolden } from './golden';

type Year = '2022' | '2023' | '2024';
interface Account {
  id: string;
  name: string;
  revenue: Partial<Record<Year, number | null>>;
}

// 2023 → 2024: a1 A→A, a2 B→A (up), a3 B→B, a4 C→no record (lost), a5 no record→B (gained).
const accounts: Account[] = [
  { id: 'a1', name: 'Alpha Health', revenue: { '2022': 60, '2023': 80, '2024': 10 } },
  { id: 'a2', name: 'Beta Clinic', revenue: { '2022': 30, '2023': 10, '2024': 70 } },
  { id: 'a3', name: 'Gamma Labs', revenue: { '2022': 10, '2023': 5, '2024': 10 } },
  { id: 'a4', name: 'Delta Care', revenue: { '2022': null, '2023': 5, '2024': null } },
  { id: 'a5', name: 'Epsilon Spital', revenue: { '2022': null, '2023': null, '2024': 10 } },
];
const periods: Year[] = ['2022', '2023', '2024'];

function manyAccounts(count: number) {
  let seed = 5;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: count }, (_, i) => {
    const base = 1000 * random() ** -0.8;
    const year = () => (random() < 0.05 ? null : Math.round(base * (0.6 + random() * 0.8)));
    return { id: i, name: `Account ${i}`, revenue: { '2022': year(), '2023': year(), '2024': year() } };
  });
}

describe('AbcMigrationChart', () => {
  it('states the moves between the last two periods in its description', () => {
    render(<AbcMigrationChart data={accounts} periods={periods} value="revenue" label="name" />);
    const img = screen.getByRole('img', { name: 'Tier migration of accounts' });
    expect(img).toHaveAccessibleDescription(
      /^From 2023 to 2024, 2 of 4 accounts kept their tier, 1 moved up and 0 moved down; 1 gained a tier and 1 lost theirs\. Stayed in their tier: A 1 of 1, B 1 of 2, C 0 of 1\. New in the tiers: 1 B\./,
    );
  });

  it('draws a from × to matrix with the none and absent states and the direction of each move', () => {
    const { container } = render(<AbcMigrationChart data={accounts} periods={periods} value="revenue" />);
    const cells = container.querySelectorAll('.kamkit-migration__cell');
    // A, B, C and "No record" on both axes.
    expect(cells).toHaveLength(16);
    const cell = (from: string, to: string) =>
      container.querySelector(`.kamkit-migration__cell[data-from="${from}"][data-to="${to}"]`);
    expect(cell('B', 'A')).toHaveAttribute('data-direction', 'up');
    expect(cell('B', 'A')).toHaveTextContent(/^1/);
    expect(cell('C', 'absent')).toHaveAttribute('data-direction', 'down');
    expect(cell('absent', 'B')).toHaveAttribute('data-direction', 'up');
    expect(cell('A', 'A')).toHaveAttribute('data-direction', 'same');
    expect(cell('A', 'C')).toHaveAttribute('data-empty', 'true');
    expect(container.querySelector('.kamkit-migration__cell[data-from="none"]')).toBeNull();
  });

  it('compares any two periods chosen with from and to', () => {
    render(<AbcMigrationChart data={accounts} periods={periods} value="revenue" from="2022" to="2024" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^From 2022 to 2024, 3 of 3 accounts kept their tier, 0 moved up and 0 moved down; 1 gained a tier and 0 lost theirs\./,
    );
  });

  it('shows its error state for a period that is not in periods', () => {
    const onError = vi.fn();
    const { container } = render(
      <AbcMigrationChart
        data={accounts}
        periods={periods}
        value="revenue"
        from={'2021' as Year}
        onError={onError}
      />,
    );
    expect(container.firstElementChild).toHaveAttribute('data-error', 'INVALID_OPTION');
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(KamkitError);
    expect(onError.mock.calls[0]?.[0].field).toBe('from');
  });

  it('shows the flow across all periods with view="flow"', () => {
    const { container } = render(
      <AbcMigrationChart data={accounts} periods={periods} value="revenue" view="flow" table="visible" />,
    );
    expect(container.querySelector('[data-kamkit-chart="abc-migration"]')).toHaveAttribute(
      'data-view',
      'flow',
    );
    const headers = Array.from(container.querySelectorAll('.kamkit-flow__headers text')).map(
      (t) => t.textContent,
    );
    expect(headers).toEqual(['2022', '2023', '2024']);
    expect(container.querySelectorAll('rect.kamkit-flow__node[data-tier="A"]')).toHaveLength(3);
    expect(container.querySelectorAll('path.kamkit-flow__link[data-direction="up"]').length).toBeGreaterThan(
      0,
    );
    expect(screen.getByRole('table')).toHaveTextContent('2023C2024No record1');
  });

  it('moves across the matrix with the arrow keys in two dimensions and gives each cell its accounts', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <AbcMigrationChart
        data={accounts}
        periods={periods}
        value="revenue"
        label="name"
        onSelect={onSelect}
      />,
    );
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^A in 2023 → A in 2024\. 1 account \(100% of A\)\. Kept the tier\. Alpha Health/,
    );
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(/^A in 2023 → B in 2024\. 0 accounts/);
    fireEvent.keyDown(explorer, { key: 'ArrowLeft' });
    fireEvent.keyDown(explorer, { key: 'ArrowDown' });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^B in 2023 → A in 2024\. 1 account \(50% of B\)\. Moved up\. Beta Clinic/,
    );
    fireEvent.keyDown(explorer, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith({
      kind: 'cell',
      id: 'cell:B-A',
      datum: null,
      accounts: [accounts[1]],
    });
    expect(container.querySelector('[data-from="B"][data-to="A"]')).toHaveAttribute('data-selected', 'true');
  });

  it('renders a clear empty state for no data and for a single period', () => {
    const { rerender, container } = render(<AbcMigrationChart data={[]} periods={periods} value="revenue" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No accounts to compare.');
    expect(container.querySelector('.kamkit-empty')).not.toBeNull();
    rerender(<AbcMigrationChart data={accounts} periods={['2024']} value="revenue" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      'At least two periods are needed to show how accounts move between tiers.',
    );
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('formats counts and shares for de-DE', () => {
    const many = manyAccounts(2000);
    render(
      <AbcMigrationChart data={many} periods={periods} value="revenue" locale="de-DE" table="visible" />,
    );
    expect(screen.getByRole('table')).toHaveTextContent('2.000');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^Von 2023 bis 2024 haben 1\.\d{3} von 1\.\d{3} Konten ihre Klasse gehalten/,
    );
  });

  it('keeps the DOM bounded for 20,000 accounts', { timeout: 30_000 }, () => {
    const many = manyAccounts(20_000);
    const { container } = render(
      <AbcMigrationChart data={many} periods={periods} value="revenue" table="visible" />,
    );
    expect(container.querySelectorAll('*').length).toBeLessThan(400);
    const { container: flow } = render(
      <AbcMigrationChart data={many} periods={periods} value="revenue" view="flow" />,
    );
    expect(flow.querySelectorAll('*').length).toBeLessThan(400);
  });

  it('gives the flow labels the room the layout has: whole where they fit, the name cut only where not', () => {
    const data = [
      ...manyAccounts(200),
      { id: 'zero', name: 'Zero', revenue: { '2022': 0, '2023': 50, '2024': 50 } },
    ];
    const labels = (props: { margin?: { left: number; right: number }; locale?: string }) => {
      const { container, unmount } = render(
        <AbcMigrationChart
          data={data}
          periods={periods}
          value="revenue"
          view="flow"
          width={720}
          {...props}
        />,
      );
      const texts = Array.from(container.querySelectorAll('text.kamkit-flow__label'), (t) => ({
        text: t.textContent ?? '',
        x: Number(t.getAttribute('x')),
        anchor: t.getAttribute('text-anchor'),
      }));
      unmount();
      return texts;
    };
    // The story's 720 px with 96 px margins: the model measures every label within its room, so none is cut.
    const wide = labels({});
    expect(wide.map((l) => l.text)).toEqual(
      expect.arrayContaining(['No revenue · 1', expect.stringMatching(/^No record · \d+$/)]),
    );
    for (const l of wide) {
      expect(l.text).not.toContain('…');
      const width = measureText(l.text, FONTS.axis);
      if (l.anchor === 'end') expect(l.x - width).toBeGreaterThanOrEqual(2);
      else expect(l.x + width).toBeLessThanOrEqual(720 - 2);
    }
    const german = labels({ locale: 'de-DE' }).map((l) => l.text);
    expect(german).toEqual(
      expect.arrayContaining(['Kein Umsatz · 1', expect.stringMatching(/^Kein Datensatz · \d+$/)]),
    );
    // Narrow margins: the first and last columns' names are cut to their room, the counts stay whole.
    const narrow = labels({ margin: { left: 60, right: 60 } });
    const cut = narrow.filter((l) => l.text.includes('…')).map((l) => l.text);
    expect(cut).toEqual(expect.arrayContaining([expect.stringMatching(/^No?… · 1$/)]));
    for (const text of cut) expect(text).toMatch(/… · \d+$/);
    for (const l of narrow.filter((n) => n.anchor === 'end')) {
      expect(l.x - measureText(l.text, FONTS.axis)).toBeGreaterThanOrEqual(2);
    }
  });

  it('matches the golden SVG: matrix', () => {
    expectGolden(
      'abc-migration-matrix',
      <AbcMigrationChart data={manyAccounts(400)} periods={periods} value="revenue" interactive={false} />,
    );
  });

  it('matches the golden SVG: flow over three periods', () => {
    expectGolden(
      'abc-migration-flow',
      <AbcMigrationChart
        data={manyAccounts(400)}
        periods={periods}
        value="revenue"
        view="flow"
        interactive={false}
      />,
    );
  });
});
