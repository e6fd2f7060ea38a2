import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { whaleCurve } from '../src/whaleCurve';
import { fcRuns, propertyTimeout } from './support';

describe('whaleCurve', () => {
  it('accumulates profit from the most to the least profitable account, rising above 100 % and falling back', () => {
    // Hand-computed: profits 50, 30, 20, 0, −10, −40 → total 50; cumulative 50, 80, 100, 100, 90, 50.
    const profits = [-10, 30, 0, 50, -40, 20];
    const result = whaleCurve(profits.map((profit, i) => ({ id: `a${i}`, profit })));
    expect(result.rows.map((r) => r.profit)).toEqual([50, 30, 20, 0, -10, -40]);
    expect(result.rows.map((r) => r.cumulative)).toEqual([50, 80, 100, 100, 90, 50]);
    expect(result.rows.map((r) => r.cumulativeShare)).toEqual([1, 1.6, 2, 2, 1.8, 1]);
    expect(result.total).toBe(50);
    expect(result.profitable).toBe(100);
    expect(result.unprofitable).toBe(-50);
    // The peak is the first row where the curve is highest: the zero-profit account does not move it.
    expect(result.peak).toMatchObject({ profit: 20, rank: 3, rankShare: 0.5, cumulative: 100 });
    expect(result.peakShare).toBe(2);
  });

  it('keeps zero and negative profits and excludes only missing or non-finite ones', () => {
    const data = [
      { id: 'z', profit: 0 },
      { id: 'n', profit: -5 },
      { id: 'p', profit: 10 },
      { id: 'm', profit: null },
      { id: 'x', profit: Number.NaN },
      { id: 's', profit: '4' as unknown as number },
    ];
    const result = whaleCurve(data);
    expect(result.rows.map((r) => r.id)).toEqual(['p', 'z', 'n']);
    expect(result.excluded.map((e) => [e.id, e.reason])).toEqual([
      ['m', 'missing'],
      ['x', 'non-finite'],
      ['s', 'text'],
    ]);
  });

  it('gives no share when total profit is zero or negative, but still the cumulative profit and the peak', () => {
    const result = whaleCurve([
      { id: 'a', profit: 10 },
      { id: 'b', profit: -30 },
    ]);
    expect(result.total).toBe(-20);
    expect(result.rows.map((r) => r.cumulativeShare)).toEqual([null, null]);
    expect(result.rows.map((r) => r.cumulative)).toEqual([10, -20]);
    expect(result.peak?.id).toBe('a');
    expect(result.peakShare).toBeNull();
    const zero = whaleCurve([
      { id: 'a', profit: 10 },
      { id: 'b', profit: -10 },
    ]);
    expect(zero.rows.every((r) => r.cumulativeShare === null)).toBe(true);
  });

  it('puts the peak on the first row when no account is profitable', () => {
    const result = whaleCurve([
      { id: 'a', profit: -1 },
      { id: 'b', profit: -3 },
    ]);
    expect(result.peak?.id).toBe('a');
  });

  it('gives no rows and no peak for no data', () => {
    expect(whaleCurve([])).toMatchObject({ rows: [], total: 0, peak: null, peakShare: null });
  });

  it('ends exactly at 100 % and breaks ties by id', () => {
    const result = whaleCurve([
      { id: 'b', profit: 0.1 },
      { id: 'a', profit: 0.1 },
      { id: 'c', profit: 0.2 },
      { id: 'd', profit: -0.1 },
    ]);
    expect(result.rows.map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(result.rows[3]!.cumulativeShare).toBe(1);
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const profit = fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
    const records = fc.array(fc.record({ profit }), { maxLength: 60 });

    it('loses no record, does not mutate the input, does not depend on input order and ranks 1…n', () => {
      fc.assert(
        fc.property(records, (raw) => {
          const data = raw.map((d, i) => ({ id: `k${i}`, ...d }));
          const copy = structuredClone(data);
          const result = whaleCurve(data);
          expect(data).toEqual(copy);
          const seen = [...result.rows.map((r) => r.index), ...result.excluded.map((e) => e.index)].sort(
            (a, b) => a - b,
          );
          expect(seen).toEqual(data.map((_, i) => i));
          expect(result.rows.map((r) => r.rank)).toEqual(result.rows.map((_, i) => i + 1));
          const reversed = whaleCurve([...data].reverse());
          expect(reversed.rows.map((r) => r.id)).toEqual(result.rows.map((r) => r.id));
          expect(reversed.peak?.id).toEqual(result.peak?.id);
        }),
        { numRuns: fcRuns },
      );
    });

    it('peaks at the highest cumulative profit and ends at the total', () => {
      fc.assert(
        fc.property(records, (raw) => {
          const result = whaleCurve(raw.map((d, i) => ({ id: i, ...d })));
          const n = result.rows.length;
          if (n === 0) return;
          expect(result.rows[n - 1]!.cumulative).toBe(result.total);
          const scale = Math.max(1, result.profitable, -result.unprofitable);
          for (const row of result.rows) {
            expect(row.cumulative).toBeLessThanOrEqual(result.peak!.cumulative + 1e-9 * scale);
          }
          expect(result.profitable + result.unprofitable).toBeCloseTo(result.total, 6);
          if (result.total > 0) expect(result.rows[n - 1]!.cumulativeShare).toBe(1);
        }),
        { numRuns: fcRuns },
      );
    });
  });
});
