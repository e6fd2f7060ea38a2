import { describe, expect, it } from 'vitest';
import { measureText, truncateText, wrapText } from '../src/primitives/text';

describe('wrapText (card names and titles)', () => {
  it('breaks at spaces into lines that fit', () => {
    const lines = wrapText('Executive Vice President, Strategy & Operations', 170, 11, 2);
    expect(lines).toEqual(['Executive Vice President,', 'Strategy & Operations']);
    for (const line of lines) expect(measureText(line, 11)).toBeLessThanOrEqual(170);
  });

  it('breaks after a hyphen when a double name does not fit', () => {
    expect(wrapText('Catherine Okafor-Lindqvist', 150, { size: 12, bold: true }, 2)).toEqual([
      'Catherine Okafor-',
      'Lindqvist',
    ]);
  });

  it('ends the last line with an ellipsis when the text does not fit', () => {
    const lines = wrapText('Geschäftsführende Direktorin für Digitalisierung und Medizintechnik', 160, 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(measureText(lines[1] as string, 11)).toBeLessThanOrEqual(160);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapText('WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', 100, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(100);
  });

  it('gives no lines for empty text or no room', () => {
    expect(wrapText('   ', 100, 12, 2)).toEqual([]);
    expect(wrapText('Name', 100, 12, 0)).toEqual([]);
  });

  it('keeps markup as text', () => {
    expect(wrapText('<b>x</b>', 200, 12, 1)).toEqual(['<b>x</b>']);
  });
});

describe('truncateText (organisation lines)', () => {
  it('keeps text that fits and shortens text that does not', () => {
    expect(truncateText('CFO', 100, 11)).toBe('CFO');
    const short = truncateText('Universitätsklinikum Schleswig-Holstein', 100, 11);
    expect(short).toMatch(/…$/);
    expect(measureText(short, 11)).toBeLessThanOrEqual(100);
  });

  it('estimates bold and wide letters wider', () => {
    expect(measureText('Mmm', { size: 12, bold: true })).toBeGreaterThan(measureText('Mmm', 12));
    expect(measureText('WWW', 12)).toBeGreaterThan(measureText('iii', 12));
  });
});
