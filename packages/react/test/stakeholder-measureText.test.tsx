import { describe, expect, it } from 'vitest';
import { fitToWidth, textWidth, wrapToWidth } from '../src/primitives/measureText';

describe('wrapToWidth', () => {
  it('breaks at spaces into lines that fit', () => {
    const lines = wrapToWidth('Executive Vice President, Strategy & Operations', 170, 11, 2);
    expect(lines).toEqual(['Executive Vice President,', 'Strategy & Operations']);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(170);
  });

  it('breaks after a hyphen when a double name does not fit', () => {
    expect(wrapToWidth('Catherine Okafor-Lindqvist', 150, 12, 2, true)).toEqual([
      'Catherine Okafor-',
      'Lindqvist',
    ]);
  });

  it('ends the last line with an ellipsis when the text does not fit', () => {
    const lines = wrapToWidth(
      'Geschäftsführende Direktorin für Digitalisierung und Medizintechnik',
      160,
      11,
      2,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(textWidth(lines[1] as string, 11)).toBeLessThanOrEqual(160);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapToWidth('WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', 100, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
  });

  it('gives no lines for empty text or no room', () => {
    expect(wrapToWidth('   ', 100, 12, 2)).toEqual([]);
    expect(wrapToWidth('Name', 100, 12, 0)).toEqual([]);
  });

  it('keeps markup as text', () => {
    expect(wrapToWidth('<b>x</b>', 200, 12, 1)).toEqual(['<b>x</b>']);
  });
});

describe('fitToWidth', () => {
  it('keeps text that fits and shortens text that does not', () => {
    expect(fitToWidth('CFO', 100, 11)).toBe('CFO');
    const short = fitToWidth('Universitätsklinikum Schleswig-Holstein', 100, 11);
    expect(short).toMatch(/…$/);
    expect(textWidth(short, 11)).toBeLessThanOrEqual(100);
  });

  it('estimates bold and wide letters wider', () => {
    expect(textWidth('Mmm', 12, true)).toBeGreaterThan(textWidth('Mmm', 12));
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12));
  });
});
