import { describe, expect, it } from 'vitest';
import { readXlsx } from '../src/table';
import { toXlsx, workbookValue } from '../src/workbook';

describe('toXlsx', () => {
  it('writes one sheet per view with numbers as numbers and hostile text neutralised; it reads back', async () => {
    const bytes = await toXlsx([
      {
        name: 'Tiers per year',
        columns: ['Account', 'Tier 2024', 'Revenue 2024'],
        rows: [['Alpha', 'A', 1250000.5]],
      },
      {
        name: 'At-risk queue',
        columns: ['Account', 'Risk'],
        rows: [
          ['=HYPERLINK("http://x")', 80],
          [' \u00a0\u200b@SUM(A1)', Number.NaN],
          ['\t-1+1', null],
          ['-5', 3],
        ],
      },
    ]);
    const sheets = await readXlsx(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(sheets.map((s) => s.name)).toEqual(['Tiers per year', 'At-risk queue']);
    expect(sheets[0]!.rows).toEqual([
      ['Account', 'Tier 2024', 'Revenue 2024'],
      ['Alpha', 'A', 1250000.5],
    ]);
    const queue = sheets[1]!.rows;
    expect(queue[1]).toEqual(['\'=HYPERLINK("http://x")', 80]);
    expect(queue[2]?.[0]).toBe("' \u00a0\u200b@SUM(A1)");
    expect(queue[2]?.[1] ?? null).toBeNull();
    expect(queue[3]?.[0]).toBe("'\t-1+1");
    expect(queue[4]).toEqual(['-5', 3]);
    for (const row of sheets.flatMap((s) => s.rows))
      for (const cell of row)
        expect(cell === null || typeof cell === 'string' || typeof cell === 'number').toBe(true);
  });

  it('makes sheet names Excel accepts', async () => {
    const bytes = await toXlsx([
      { name: 'Scores: growth/harmony [2024]', columns: ['a'], rows: [] },
      { name: 'Scores: growth/harmony [2024]', columns: ['a'], rows: [] },
    ]);
    const sheets = await readXlsx(bytes.buffer as ArrayBuffer);
    expect(sheets.map((s) => s.name)).toEqual([
      'Scores- growth-harmony -2024-',
      'Scores- growth-harmony -2024- 2',
    ]);
  });

  it('writes every cell as a string or a number', () => {
    expect([
      workbookValue(true),
      workbookValue(Number.POSITIVE_INFINITY),
      workbookValue(''),
      workbookValue(0),
    ]).toEqual(['true', null, null, 0]);
  });
});
