import { describe, expect, it } from 'vitest';
import {
  axisSpace,
  emSize,
  glyphWidth,
  lineHeight,
  measureText,
  truncateText,
  wrapText,
} from '../../src/primitives/text';

describe('measureText', () => {
  it('adds the per-glyph widths of the one model, times the font size', () => {
    expect(measureText('il', 10)).toBeCloseTo((0.28 + 0.28) * 10, 10);
    expect(measureText('Mm', { size: 20 })).toBeCloseTo((0.87 + 0.98) * 20, 10);
    expect(measureText('', 12)).toBe(0);
  });

  it('measures bold 10 % wider', () => {
    expect(measureText('Revenue', { size: 12, bold: true })).toBeCloseTo(
      measureText('Revenue', 12) * 1.1,
      10,
    );
  });

  it('estimates characters outside the table by class and accented letters as their base letter', () => {
    expect(glyphWidth('é')).toBe(glyphWidth('e'));
    expect(glyphWidth('Ä')).toBe(0.72);
    expect(glyphWidth('7')).toBe(0.64);
    expect(glyphWidth('漢')).toBe(1);
    expect(glyphWidth('#')).toBe(0.66);
  });

  it('measures the no-break spaces of German and French numbers as a space', () => {
    const de = new Intl.NumberFormat('de-DE', { style: 'percent' }).format(1);
    expect(measureText(de, 12)).toBe(measureText('100 %', 12));
    expect(measureText('\u202f', 12)).toBe(measureText(' ', 12));
  });

  it('measures 0 for a size that is not a positive finite number', () => {
    expect(measureText('Acme', 0)).toBe(0);
    expect(measureText('Acme', -4)).toBe(0);
    expect(measureText('Acme', Number.NaN)).toBe(0);
    expect(emSize(Number.POSITIVE_INFINITY)).toBe(0);
    expect(lineHeight(-1)).toBe(0);
    expect(lineHeight(12)).toBe(15);
  });

  it('takes markup as text', () => {
    expect(measureText('<b>', 12)).toBeGreaterThan(0);
  });
});

describe('truncateText', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateText('CFO', 100, 11)).toBe('CFO');
  });

  it('shortens with an ellipsis to at most the width and drops trailing spaces', () => {
    const short = truncateText('Executive Vice President, Strategy & Operations', 120, 11);
    expect(short).toBe('Executive Vice Pre…');
    expect(measureText(short, 11)).toBeLessThanOrEqual(120);
    expect(truncateText('Acme Holding', measureText('Acme …', 12) + 0.01, 12)).toBe('Acme…');
  });

  it('keeps at least one character when nothing fits', () => {
    expect(truncateText('Acme', 0, 12)).toBe('A…');
    expect(truncateText('Acme', Number.NaN, 12)).toBe('A…');
  });

  it('counts characters outside the BMP as one', () => {
    expect(truncateText('😀😀😀😀😀😀😀😀', 30, 12)).toMatch(/^(😀)+…$/u);
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines that fit', () => {
    const lines = wrapText('Executive Vice President, Strategy & Operations', 170, 11, 2);
    expect(lines).toEqual(['Executive Vice President,', 'Strategy & Operations']);
    for (const line of lines) expect(measureText(line, 11)).toBeLessThanOrEqual(170);
  });

  it('breaks after a hyphen', () => {
    expect(wrapText('Catherine Okafor-Lindqvist', 150, { size: 12, bold: true }, 2)).toEqual([
      'Catherine Okafor-',
      'Lindqvist',
    ]);
  });

  it('wraps into as many lines as needed without maxLines', () => {
    const lines = wrapText('one two three four five six seven eight', 40, 12);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(' ')).toBe('one two three four five six seven eight');
    expect(lines.some((line) => line.endsWith('…'))).toBe(false);
  });

  it('ends the last line with an ellipsis when the text needs more lines', () => {
    const lines = wrapText('Geschäftsführende Direktorin für Digitalisierung und Medizintechnik', 160, 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(measureText(lines[1] as string, 11)).toBeLessThanOrEqual(160);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapText('WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', 100, 12, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(100);
  });

  it('gives no lines for blank text or fewer than one line', () => {
    expect(wrapText('  \n ', 100, 12)).toEqual([]);
    expect(wrapText('Name', 100, 12, 0)).toEqual([]);
    expect(wrapText('Name', 100, 12, Number.NaN)).toEqual([]);
  });
});

describe('axisSpace', () => {
  it('puts the title past the widest tick label and the margin past the title', () => {
    const space = axisSpace(['0 €', '1,5\u00a0Mio.\u00a0€', '3,5\u00a0Mio.\u00a0€'], { title: true });
    expect(space.labelOffset).toBe(Math.ceil(8 + measureText('3,5 Mio. €', 12) + 10));
    expect(space).toEqual({ labelOffset: 78, margin: 90 });
  });

  it('without a title holds only the labels', () => {
    expect(axisSpace(['0 %', '100 %']).margin).toBe(Math.ceil(8 + measureText('100 %', 12) + 4));
  });

  it('keeps the minimum for short labels and measures no labels as width 0', () => {
    expect(axisSpace(['$40K'], { title: true, min: { labelOffset: 52, margin: 64 } })).toEqual({
      labelOffset: 52,
      margin: 64,
    });
    expect(axisSpace([], { title: true })).toEqual({ labelOffset: 18, margin: 30 });
  });

  it('measures in the given font', () => {
    expect(axisSpace(['1.000.000'], { font: 16 }).margin).toBeGreaterThan(axisSpace(['1.000.000']).margin);
  });
});
