import { describe, expect, it } from 'vitest';
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
      expect(measureText(h.subheader ?? '', FONTS.axis)).toBeLessThanOrEqual(col - 4);
  });
});
