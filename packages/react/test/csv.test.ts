import { describe, expect, it } from 'vitest';
import { exportCsv, neutraliseCell, toCsv } from '../src';

describe('toCsv', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const hostile of [
      '=1+1',
      '+1',
      '-1+2',
      '@SUM(A1)',
      '\tcmd',
      '\rcmd',
      '=HYPERLINK("http://x","y")',
    ]) {
      expect(neutraliseCell(hostile)).toBe(`'${hostile}`);
    }
    expect(neutraliseCell('Mount Meridian')).toBe('Mount Meridian');
  });

  it('writes numbers as numbers, including negative ones', () => {
    expect(toCsv([[-5, 1.5, 0]])).toBe('-5,1.5,0');
    expect(toCsv([[Number.NaN, null, undefined, true]])).toBe(',,,true');
  });

  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines']])).toBe('"a,b","say ""hi""","two\nlines"');
    expect(toCsv([['a;b', 'c,d']], { delimiter: ';' })).toBe('"a;b";c,d');
  });

  it('quotes a neutralised formula that contains the separator', () => {
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('adds a byte-order mark for Excel on request', () => {
    expect(toCsv([['Ä']], { bom: true })).toBe('\uFEFFÄ');
  });

  it('exports a chart table with raw numbers', () => {
    const csv = exportCsv({
      caption: 'x',
      columns: [
        { key: 'n', label: 'Name' },
        { key: 'v', label: 'Value', numeric: true },
      ],
      rows: [['=evil', '1,234 €']],
      raw: [['=evil', 1234]],
    });
    expect(csv).toBe("Name,Value\r\n'=evil,1234");
  });
});
