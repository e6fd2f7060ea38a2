import { KamkitError } from '@kamkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsv, neutraliseCell, toCsv } from '../src';

const runs = Number(process.env.KAMKIT_FC_RUNS ?? 1000);

/** What a spreadsheet skips before it reads a formula, and the invisible characters a user cannot see. */
const leading = [
  ' ',
  '\u00A0', // no-break space
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // byte-order mark / zero-width no-break space
  '\u3000', // ideographic space
  '\t',
  '\r',
  '\n',
];

describe('neutraliseCell', () => {
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

  it('neutralises a formula behind any leading whitespace or zero-width character', () => {
    for (const space of leading) {
      for (const start of ['=', '+', '-', '@']) {
        const hostile = `${space}${start}cmd|' /C calc'!A0`;
        expect(neutraliseCell(hostile), JSON.stringify(hostile)).toBe(`'${hostile}`);
      }
    }
    expect(neutraliseCell(' \u00A0\u200B\n\t =1+1')).toBe("' \u00A0\u200B\n\t =1+1");
  });

  it('neutralises the full-width formula characters', () => {
    for (const start of ['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'])
      expect(neutraliseCell(`${start}1+1`)).toBe(`'${start}1+1`);
  });

  it('leaves text alone that only contains a formula character later on', () => {
    expect(neutraliseCell('Revenue = price × volume')).toBe('Revenue = price × volume');
    expect(neutraliseCell(' leading space')).toBe(' leading space');
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell('   ')).toBe('   ');
    expect(neutraliseCell('a-b')).toBe('a-b');
  });

  it('writes numbers, bigints, booleans and dates as text', () => {
    expect(neutraliseCell(-5)).toBe('-5');
    expect(neutraliseCell(-0)).toBe('0');
    expect(neutraliseCell(1.5)).toBe('1.5');
    expect(neutraliseCell(Number.NaN)).toBe('');
    expect(neutraliseCell(Number.NEGATIVE_INFINITY)).toBe('');
    expect(neutraliseCell(-12345678901234567890n)).toBe('-12345678901234567890');
    expect(neutraliseCell(false)).toBe('false');
    expect(neutraliseCell(new Date(Date.UTC(2026, 0, 2)))).toBe('2026-01-02T00:00:00.000Z');
    expect(neutraliseCell(new Date(Number.NaN))).toBe('');
    expect(neutraliseCell(new Date('+010000-01-01T00:00:00.000Z'))).toBe("'+010000-01-01T00:00:00.000Z");
  });

  it('regression: neutraliseCell({}) returns a string, not the object', () => {
    expect(neutraliseCell({})).toBe('');
    expect(typeof neutraliseCell({})).toBe('string');
  });

  it('regression: a formula behind a space, no-break space, zero-width space or line feed is neutralised', () => {
    expect(neutraliseCell(' =1+1')).toBe("' =1+1");
    expect(neutraliseCell('\u00A0=1+1')).toBe("'\u00A0=1+1");
    expect(neutraliseCell('\u200B=1+1')).toBe("'\u200B=1+1");
    expect(neutraliseCell('\n=1+1')).toBe("'\n=1+1");
  });

  it('gives an empty cell for values a CSV cannot hold, without calling their methods', () => {
    const hostile = {
      toString() {
        throw new Error('toString called');
      },
      valueOf() {
        throw new Error('valueOf called');
      },
    };
    for (const value of [
      null,
      undefined,
      hostile,
      Object.create(null),
      [1, 2],
      () => 1,
      Symbol('s'),
      new Proxy({}, {}),
    ])
      expect(neutraliseCell(value)).toBe('');
  });

  it('returns a string for anything, and never one a spreadsheet would run', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true }), (value) => {
        const cell = neutraliseCell(value);
        expect(typeof cell).toBe('string');
        const visible = cell.replace(/^[\s\u200B-\u200D\u2060\u180E\u00AD]+/, '');
        const isNumber = typeof value === 'number' || typeof value === 'bigint';
        if (!isNumber)
          expect(/^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(visible) && cell[0] !== "'").toBe(false);
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...leading),
        fc.string({ maxLength: 4, unit: fc.constantFrom(...leading) }),
        fc.constantFrom('=', '+', '-', '@'),
        fc.string(),
        (first, more, start, rest) => {
          const text = `${first}${more}${start}${rest}`;
          expect(neutraliseCell(text)).toBe(`'${text}`);
        },
      ),
      { numRuns: runs },
    );
  });
});

describe('toCsv', () => {
  it('writes numbers as numbers, including negative ones', () => {
    expect(toCsv([[-5, 1.5, 0]])).toBe('-5,1.5,0');
    expect(toCsv([[Number.NaN, null, undefined, true]])).toBe(',,,true');
  });

  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines']])).toBe('"a,b","say ""hi""","two\nlines"');
    expect(toCsv([['a;b', 'c,d']], { delimiter: ';' })).toBe('"a;b";c,d');
    expect(toCsv([['a-b', 'c']], { delimiter: '-' })).toBe('"a-b"-c');
  });

  it('quotes a neutralised formula that contains the separator', () => {
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('quotes a neutralised formula behind a line feed', () => {
    expect(toCsv([['\n=1+1']])).toBe(`"'\n=1+1"`);
  });

  it('adds a byte-order mark for Excel on request', () => {
    expect(toCsv([['Ä']], { bom: true })).toBe('\uFEFFÄ');
  });

  it('writes holes and rows that are not arrays as empty cells and lines', () => {
    // biome-ignore lint/suspicious/noSparseArray: a sparse row is the case under test
    const sparse = [1, , 3] as unknown as readonly number[];
    expect(toCsv([sparse, null as never, ['x']])).toBe('1,,3\r\n\r\nx');
    expect(toCsv([], null)).toBe('');
  });

  it('refuses a delimiter that would make the file unreadable', () => {
    for (const delimiter of ['', '"', '\n', ';\r'])
      expect(() => toCsv([['a']], { delimiter }), JSON.stringify(delimiter)).toThrow(
        expect.objectContaining({ name: 'KamkitError', code: 'INVALID_OPTION', field: 'delimiter' }),
      );
    expect(() => toCsv(null as never)).toThrow(KamkitError);
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
