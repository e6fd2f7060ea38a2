import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeatTable } from '../src/primitives/heatTable';
import { layoutHeatTable, wrapHeader } from '../src/primitives/heatTable/layout';
import { FONTS, measureText } from '../src/primitives/text';

describe('wrapHeader', () => {
  it('breaks only at spaces and keeps words whole when they fit', () => {
    const width = measureText('Strategische', FONTS.axisTitle) + 1;
    expect(wrapHeader('Strategische Passung', width, FONTS.axisTitle, 2)).toEqual([
      'Strategische',
      'Passung',
    ]);
  });

  it('shortens a word wider than the column with "…" instead of splitting it across lines', () => {
    const width = measureText('Umsatz', FONTS.axisTitle) + 8;
    const lines = wrapHeader('Umsatzwachstum', width, FONTS.axisTitle, 2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Umsa\S*…$/);
    expect(measureText(lines[0] as string, FONTS.axisTitle)).toBeLessThanOrEqual(width);
  });

  it('puts the words left over on the last line and shortens it', () => {
    const width = measureText('Overall', FONTS.axisTitle) + 1;
    const lines = wrapHeader('Overall account strategy fit', width, FONTS.axisTitle, 2);
    expect(lines[0]).toBe('Overall');
    expect(lines[1]).toMatch(/^account…$|^acc\S*…$/);
  });

  it('gives no lines for a blank header', () => {
    expect(wrapHeader('  ', 100, FONTS.axisTitle, 2)).toEqual([]);
  });
});

describe('layoutHeatTable headers at a phone width', () => {
  it('never splits a header word across lines and keeps subheaders inside their columns', () => {
    const names = [
      'Umsatzwachstum',
      'Umsatzpotenzial',
      'Strategische Passung',
      'Kultur',
      'Vision',
      'Strategie',
    ];
    const layout = layoutHeatTable({
      width: 358,
      columns: names.map((header, i) => ({ key: `c${i}`, header, subheader: 'Gewicht 30 %' })),
      rowLabels: ['Mount Meridian Health System'],
      cells: [names.map(() => ({ text: '7', level: 0.5 }))],
      rowHeader: 'Konto',
    });
    const words = new Set(names.flatMap((n) => n.split(' ')));
    for (const h of layout.headers)
      for (const line of h.lines)
        for (const part of line.split(' ')) expect(words.has(part) || part.endsWith('…')).toBe(true);
    const col = (layout.headers[1]?.x ?? 0) - (layout.headers[0]?.x ?? 0);
    for (const h of layout.headers)
      for (const sub of h.subheader) expect(measureText(sub, FONTS.axis)).toBeLessThanOrEqual(col - 4);
  });
});

describe('subheaders (the weights of the scoring table)', () => {
  // `count` columns like the scoring table's (nine with both axes) beside the demo's longest account name.
  const tableAt = (width: number, count: number, subheader: string, subheaderShort?: string) =>
    layoutHeatTable({
      width,
      columns: Array.from({ length: count }, (_, i) => ({
        key: `c${i}`,
        header: 'Revenue growth',
        subheader,
        subheaderShort,
      })),
      rowLabels: ['Groupe Hospitalier Château-Lumière'],
      cells: [Array.from({ length: count }, () => ({ text: '10', level: 0.5 }))],
      rowHeader: 'Account',
    });
  const room = (layout: ReturnType<typeof tableAt>) =>
    (layout.headers[1]?.x ?? 0) - (layout.headers[0]?.x ?? 0) - 4;

  it('wraps "weight 50%" between its words instead of cutting it to "weight 5…" (720 px, both axes)', () => {
    const layout = tableAt(720, 9, 'weight 50%', '50%');
    expect(measureText('weight 50%', FONTS.axis)).toBeGreaterThan(room(layout));
    expect(layout.headers[0]?.subheader).toEqual(['weight', '50%']);
  });

  it('never breaks "50 %" at its no-break space', () => {
    const layout = tableAt(358, 4, 'Gewicht 50\u00a0%', '50\u00a0%');
    expect(layout.headers[0]?.subheader).toEqual(['Gewicht', '50\u00a0%']);
  });

  it('shows the share alone when two lines do not fit, and nothing when even that does not (phone width)', () => {
    const six = tableAt(358, 6, 'Gewicht 50\u00a0%', '50\u00a0%');
    expect(measureText('Gewicht', FONTS.axis)).toBeGreaterThan(room(six));
    expect(six.headers.map((h) => h.subheader)).toEqual(six.headers.map(() => ['50\u00a0%']));
    expect(measureText('50\u00a0%', FONTS.axis)).toBeLessThanOrEqual(room(six));
    const nine = tableAt(358, 9, 'Gewicht 50\u00a0%', '50\u00a0%');
    expect(measureText('50\u00a0%', FONTS.axis)).toBeGreaterThan(room(nine));
    expect(nine.headers.map((h) => h.subheader)).toEqual(nine.headers.map(() => []));
    expect(nine.headerBottom).toBeLessThan(six.headerBottom);
  });

  it('shortens with "…" when no shorter subheader is given', () => {
    const layout = tableAt(358, 6, 'Gewicht 50\u00a0%');
    const lines = layout.headers[0]?.subheader ?? [];
    expect(lines.some((l) => l.endsWith('…'))).toBe(true);
    for (const l of lines) expect(measureText(l, FONTS.axis)).toBeLessThanOrEqual(room(layout));
  });
});

describe('row labels', () => {
  const rows = ['Centre Hospitalier de Roche-Dorée', 'Kliniek Heiloord'];
  const layout = layoutHeatTable({
    width: 358,
    columns: [0, 1, 2, 3].map((i) => ({ key: `c${i}`, header: `C${i}` })),
    rowLabels: rows,
    cells: rows.map(() => [0, 1, 2, 3].map(() => ({ text: '8', level: 0.5 }))),
    rowHeader: 'Account',
  });

  it('shortens a long account name with "…" to the label column, clear of the first cell', () => {
    const [long, short] = layout.rowLabels as [
      (typeof layout.rowLabels)[number],
      (typeof layout.rowLabels)[number],
    ];
    expect(long.text).toMatch(/^Centre Hospital\S*…$/);
    expect(layout.labelX + measureText(long.text, FONTS.axis)).toBeLessThan(layout.cells[0]?.x ?? 0);
    expect(short.text).toBe('Kliniek Heiloord');
  });

  it('keeps the full name of a shortened label as its title; a whole label gets none', () => {
    const svg = renderToStaticMarkup(createElement('svg', null, createElement(HeatTable, { layout })));
    expect(svg).toContain('<title>Centre Hospitalier de Roche-Dorée</title>');
    expect(svg).not.toContain('<title>Kliniek Heiloord</title>');
  });
});

describe('layoutHeatTable group headers', () => {
  const groupsAt = (width: number) =>
    layoutHeatTable({
      width,
      columns: [
        { key: 'a', header: 'Cloud', group: 'Für neue Kunden (übernommen)' },
        { key: 'b', header: 'Chat', group: 'Für neue Kunden (übernommen)' },
        { key: 'c', header: 'CRM', group: 'Für neue Kunden (übernommen)' },
        { key: 'd', header: 'Diktat', group: 'Für bestehende Kunden' },
        { key: 'e', header: 'Betrug', group: 'Für bestehende Kunden' },
        { key: 'f', header: 'Offener MRR', summary: true },
      ],
      rowLabels: ['Mount Meridian Health System'],
      cells: [['1', '2', '3', '4', '5', '6'].map((text) => ({ text, level: 0.5 }))],
      rowHeader: 'Konto',
    }).groups;

  it('shortens a group header with "…" to its columns at a phone width, so groups never overlap', () => {
    const groups = groupsAt(358);
    expect(groups).toHaveLength(2);
    for (const g of groups) {
      expect(measureText(g.text, FONTS.axisTitle)).toBeLessThanOrEqual(g.x1 - g.x0 - 12);
      expect(g.text.endsWith('…')).toBe(true);
    }
    // Drawn centred over their columns, the two texts do not overlap.
    const [first, second] = groups as [(typeof groups)[number], (typeof groups)[number]];
    const right = (first.x0 + first.x1) / 2 + measureText(first.text, FONTS.axisTitle) / 2;
    const left = (second.x0 + second.x1) / 2 - measureText(second.text, FONTS.axisTitle) / 2;
    expect(right).toBeLessThan(left);
  });

  it('keeps a group header whole when its columns have room', () => {
    expect(groupsAt(1200).map((g) => g.text)).toEqual([
      'Für neue Kunden (übernommen)',
      'Für bestehende Kunden',
    ]);
  });
});
