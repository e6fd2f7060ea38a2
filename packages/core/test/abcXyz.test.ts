import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABC_XYZ_CELLS, abcXyz } from '../src/abcXyz';
import { fcRuns, propertyTimeout } from './support';

/** Generous for long local runs (KAMKIT_FC_RUNS=20000). */

const accounts = [
  { id: 'a', series: [100, 100, 100, 100] }, // total 400, cv 0 → X
  { id: 'b', series: [0, 200, 0, 100] }, // total 300, cv ≈ 1.11 → Z
  { id: 'c', series: [40, 60, 40, 60] }, // total 200, cv 0.2 → X
  { id: 'd', series: [10, 30, 10, 30] }, // total 80, cv 0.5 → X
  { id: 'e', series: [0, 0, 0, 20] }, // total 20, cv ≈ 1.73 → Z
  { id: 'f', series: [] as number[] }, // total 0 → no ABC tier
  { id: 'g', series: null }, // no series
];

describe('abcXyz', () => {
  it('places each account in the 3×3 grid, using the series total as the ABC value by default', () => {
    const result = abcXyz(accounts);
    // ABC over totals 400, 300, 200, 80, 20 (of 1,000): shares before them 0, 40, 70, 90, 98 % → A, A, A, B, C.
    expect(result.rows.map((r) => [r.id, r.value, r.tier, r.xyz, r.cell])).toEqual([
      ['a', 400, 'A', 'X', 'AX'],
      ['b', 300, 'A', 'Z', 'AZ'],
      ['c', 200, 'A', 'X', 'AX'],
      ['d', 80, 'B', 'X', 'BX'],
      ['e', 20, 'C', 'Z', 'CZ'],
    ]);
    expect(result.total).toBe(1000);
    expect(result.cells.AX).toEqual({ count: 2, value: 600, share: 0.6, accountShare: 0.4 });
    expect(result.cells.AZ).toEqual({ count: 1, value: 300, share: 0.3, accountShare: 0.2 });
    expect(result.cells.BX).toEqual({ count: 1, value: 80, share: 0.08, accountShare: 0.2 });
    expect(result.cells.CZ).toEqual({ count: 1, value: 20, share: 0.02, accountShare: 0.2 });
    expect(result.cells.BY).toEqual({ count: 0, value: 0, share: 0, accountShare: 0 });
    expect(Object.keys(result.cells)).toEqual([...ABC_XYZ_CELLS]);
    expect(result.rows[0]?.datum).toBe(accounts[0]);
    expect(result.rows[1]?.xyzRow.cv).toBeCloseTo(Math.sqrt(6875) / 75, 12);
    expect(result.rows[3]?.abcRow.cumulativeShare).toBeCloseTo(0.98, 12);
  });

  it('lists every record without a cell once, with the step and reason that left it out', () => {
    const result = abcXyz(accounts);
    expect(result.excluded.map((e) => [e.id, e.step, e.reason])).toEqual([
      ['f', 'abc', 'zero'],
      ['g', 'abc', 'missing'],
    ]);
    const withValue = abcXyz(
      [
        { id: 'x', revenue: 50, series: [0, 0] },
        { id: 'y', revenue: 70, series: undefined },
        { id: 'z', revenue: 90, series: [3, 'n/a'] },
        { id: 'w', revenue: 10, series: [2, 2] },
        { id: 'v', revenue: -1, series: [2, 2] },
      ],
      { value: 'revenue' },
    );
    expect(withValue.rows.map((r) => r.id)).toEqual(['w']);
    expect(withValue.excluded.map((e) => [e.id, e.step, e.reason])).toEqual([
      ['x', 'xyz', 'zero-mean'],
      ['y', 'xyz', 'missing'],
      ['z', 'xyz', 'text'],
      ['v', 'abc', 'negative'],
    ]);
  });

  it('passes the abc and xyz options to their steps', () => {
    const result = abcXyz(accounts, { abc: { basis: 'count' }, xyz: { thresholds: [0.1, 0.3] } });
    expect(result.abc.basis).toBe('count');
    expect(result.xyz.thresholds).toEqual([0.1, 0.3]);
    // count basis over 5 accounts: top ⌈1⌉ A, up to ⌈2.5⌉ B; c (cv 0.2) is now Y, d (cv 0.5) Z.
    expect(result.rows.map((r) => r.cell)).toEqual(['AX', 'BZ', 'BY', 'CZ', 'CZ']);
    const computed = abcXyz(accounts, { abc: { method: 'computed' } });
    expect(computed.abc.method).toBe('computed');
  });

  it('throws what abc and xyz throw', () => {
    expect(() => abcXyz(accounts, { abc: { thresholds: [0.9, 0.1] } })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'thresholds' }),
    );
    expect(() => abcXyz(accounts, { xyz: { deviation: 'x' as never } })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'deviation' }),
    );
    expect(() => abcXyz([{ id: 1 }, { id: 1 }])).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID' }));
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const entry = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 1e5, noNaN: true }));
    const series = fc.oneof(fc.array(entry, { maxLength: 8 }), fc.constant(null));
    const data = fc.array(series, { maxLength: 40 });

    it('gives every record one cell or one exclusion, sums the cells and ignores input order', () => {
      fc.assert(
        fc.property(data, (raw) => {
          const input = raw.map((s, i) => ({ id: `k${i}`, series: s }));
          const copy = structuredClone(input);
          const result = abcXyz(input);
          expect(input).toEqual(copy);
          const seen = [...result.rows, ...result.excluded].map((r) => r.index).sort((a, b) => a - b);
          expect(seen).toEqual(input.map((_, i) => i));
          const count = ABC_XYZ_CELLS.reduce((s, c) => s + result.cells[c].count, 0);
          expect(count).toBe(result.rows.length);
          if (result.rows.length > 0) {
            const share = ABC_XYZ_CELLS.reduce((s, c) => s + result.cells[c].share, 0);
            expect(share).toBeCloseTo(1, 9);
          }
          for (const row of result.rows) {
            expect(row.cell).toBe(`${row.abcRow.tier}${row.xyzRow.xyz}`);
            expect(row.value).toBeCloseTo(row.xyzRow.total, 6);
          }
          const reversed = abcXyz([...input].reverse());
          expect(reversed.rows.map((r) => [r.id, r.cell])).toEqual(result.rows.map((r) => [r.id, r.cell]));
          expect(reversed.cells).toEqual(result.cells);
        }),
        { numRuns: fcRuns },
      );
    });
  });
});
