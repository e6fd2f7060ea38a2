import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KamkitError, pareto } from '../src';
import { fcRuns } from './support';

describe('pareto', () => {
  it('ranks by value descending, then id ascending', () => {
    const result = pareto(
      [
        { id: 'b', value: 5 },
        { id: 'a', value: 5 },
        { id: 'c', value: 9 },
      ],
      {},
    );
    expect(result.rows.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(result.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('reaches exactly 80 % after three accounts with shares 30/30/20/20', () => {
    const result = pareto([0.3, 0.3, 0.2, 0.2].map((value, i) => ({ id: i, value })));
    expect(result.rows[1]?.cumulativeShare).toBeCloseTo(0.6, 12);
    // 0.3 + 0.3 + 0.2 is 0.7999999999999999 in binary; the rule treats it as 80 %.
    expect(result.vitalCount).toBe(3);
    const scaled = pareto([30, 30, 20, 20].map((value, i) => ({ id: i, value })));
    expect(scaled.vitalCount).toBe(3);
    expect(scaled.vitalShare).toBe(0.75);
    const fractional = pareto(
      [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1].map((value, i) => ({ id: i, value })),
    );
    expect(fractional.vitalCount).toBe(8);
  });

  it('finds the vital few of a textbook 20/80 distribution', () => {
    // 10 accounts: the top 2 make 80 of 100.
    const values = [50, 30, 4, 3, 3, 2, 2, 2, 2, 2];
    const result = pareto(values.map((value, id) => ({ id, value })));
    expect(result.total).toBe(100);
    expect(result.vitalCount).toBe(2);
    expect(result.vitalShare).toBe(0.2);
    expect(result.vitalShareInterpolated).toBe(0.2);
    expect(result.rows.filter((r) => r.vital).map((r) => r.id)).toEqual([0, 1]);
  });

  it('interpolates the share of accounts at which the curve crosses the cutoff', () => {
    // curve: (0,0) (1/4, .4) (2/4, .7) (3/4, .9) (1, 1) → 0.8 is halfway between 2/4 and 3/4.
    const result = pareto([40, 30, 20, 10].map((value, id) => ({ id, value })));
    expect(result.vitalCount).toBe(3);
    expect(result.vitalShareInterpolated).toBeCloseTo(0.625, 12);
  });

  it('makes a single account vital and its cumulative share 1', () => {
    const result = pareto([{ id: 'only', value: 7 }]);
    expect(result.vitalCount).toBe(1);
    expect(result.rows[0]).toMatchObject({
      share: 1,
      cumulativeShare: 1,
      rank: 1,
      rankShare: 1,
      vital: true,
    });
  });

  it('returns zero, negative, non-finite, text and missing values in excluded with the reason', () => {
    const data = [
      { id: 'ok', value: 10 },
      { id: 'zero', value: 0 },
      { id: 'neg', value: -3 },
      { id: 'nan', value: Number.NaN },
      { id: 'inf', value: Number.POSITIVE_INFINITY },
      { id: 'str', value: '12' as unknown as number },
      { id: 'null', value: null },
      { id: 'undef' },
    ];
    const result = pareto(data as { id: string; value?: number | null }[]);
    expect(result.rows.map((r) => r.id)).toEqual(['ok']);
    expect(result.excluded.map((e) => [e.id, e.reason])).toEqual([
      ['zero', 'zero'],
      ['neg', 'negative'],
      ['nan', 'non-finite'],
      ['inf', 'non-finite'],
      ['str', 'text'],
      ['null', 'missing'],
      ['undef', 'missing'],
    ]);
    expect(result.excluded[0]?.datum).toBe(data[1]);
  });

  it('gives an empty result for no positive values', () => {
    const result = pareto([{ id: 1, value: 0 }]);
    expect(result).toMatchObject({
      rows: [],
      total: 0,
      vitalCount: 0,
      vitalShare: 0,
      vitalShareInterpolated: 0,
    });
    expect(result.excluded).toHaveLength(1);
  });

  it('reads fields by name or by accessor and uses the index when there is no id', () => {
    const data = [{ revenue: 1 }, { revenue: 3 }];
    const byName = pareto(data, { value: 'revenue' });
    const byAccessor = pareto(data, { value: (d) => d.revenue });
    expect(byName.rows.map((r) => r.id)).toEqual([1, 0]);
    expect(byAccessor.rows).toEqual(byName.rows);
    expect(byName.rows[0]?.datum).toBe(data[1]);
  });

  it('accepts any iterable', () => {
    const set = new Set([{ id: 'x', value: 2 }]);
    expect(pareto(set).rows).toHaveLength(1);
  });

  it('throws DUPLICATE_ID naming the record', () => {
    const run = () =>
      pareto([
        { id: 'a', value: 1 },
        { id: 'a', value: 2 },
      ]);
    expect(run).toThrow(KamkitError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ code: 'DUPLICATE_ID', id: 'a', index: 1, field: 'id' });
    }
  });

  it('throws INVALID_OPTION for a cutoff outside (0, 1]', () => {
    for (const cutoff of [0, -0.1, 1.5, Number.NaN]) {
      expect(() => pareto([], { cutoff })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field: 'cutoff' }),
      );
    }
  });

  it('measures the Swiss communes of 1900 (ABCanalysis SwissInhabitants)', async () => {
    const { swissInhabitants } = await import('./support');
    const values = swissInhabitants();
    expect(values).toHaveLength(2896);
    const result = pareto(values.map((value, id) => ({ id, value })));
    expect(result.total).toBe(values.reduce((a, b) => a + b, 0));
    expect(result.rows.length + result.excluded.length).toBe(2896);
    expect(result.vitalShare).toBeGreaterThan(0.2);
    expect(result.vitalShare).toBeLessThan(0.5);
  });

  describe('properties', () => {
    const records = fc.array(
      fc.record({
        value: fc.oneof(
          fc.double({ min: -1e6, max: 1e9, noNaN: false }),
          fc.integer({ min: -5, max: 5 }),
          fc.constant(null),
        ),
      }),
      { maxLength: 60 },
    );

    it('loses no record, does not mutate input and does not depend on input order', () => {
      fc.assert(
        fc.property(records, fc.double({ min: 0.01, max: 1, noNaN: true }), (raw, cutoff) => {
          const data = raw.map((d, i) => ({ id: `k${i}`, ...d }));
          const copy = structuredClone(data);
          const result = pareto(data, { cutoff });
          expect(data).toEqual(copy);
          const seen = [...result.rows.map((r) => r.index), ...result.excluded.map((e) => e.index)].sort(
            (a, b) => a - b,
          );
          expect(seen).toEqual(data.map((_, i) => i));
          const reversed = pareto([...data].reverse(), { cutoff });
          expect(reversed.rows.map((r) => r.id)).toEqual(result.rows.map((r) => r.id));
          expect(reversed.vitalCount).toBe(result.vitalCount);
        }),
        { numRuns: fcRuns },
      );
    });

    it('has shares summing to 1, non-decreasing cumulative shares and ranks 1…n', () => {
      fc.assert(
        fc.property(records, (raw) => {
          const result = pareto(raw.map((d, i) => ({ id: i, ...d })));
          const n = result.rows.length;
          if (n === 0) return;
          const shareSum = result.rows.reduce((a, r) => a + r.share, 0);
          expect(shareSum).toBeCloseTo(1, 9);
          expect(result.rows.map((r) => r.rank)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
          for (let i = 1; i < n; i++) {
            expect(result.rows[i]!.cumulativeShare).toBeGreaterThanOrEqual(
              result.rows[i - 1]!.cumulativeShare,
            );
            expect(result.rows[i]!.value).toBeLessThanOrEqual(result.rows[i - 1]!.value);
          }
          expect(result.rows[n - 1]!.cumulativeShare).toBe(1);
          // vitalCount is the smallest k that reaches the cutoff.
          const k = result.vitalCount;
          expect(result.rows[k - 1]!.cumulativeShare).toBeGreaterThanOrEqual(0.8 - 1e-9);
          if (k > 1) expect(result.rows[k - 2]!.cumulativeShare).toBeLessThan(0.8);
          expect(result.vitalShareInterpolated).toBeGreaterThan((k - 1) / n - 1e-12);
          expect(result.vitalShareInterpolated).toBeLessThanOrEqual(k / n + 1e-12);
        }),
        { numRuns: fcRuns },
      );
    });
  });
});

describe('pareto when the total overflows', () => {
  it('regression: three values of 1e308 throw OVERFLOW (the cumulative share was NaN)', () => {
    const data = [{ value: 1e308 }, { value: 1e308 }, { value: 1e308 }];
    expect(() => pareto(data)).toThrow(expect.objectContaining({ code: 'OVERFLOW', field: 'total' }));
    const near = pareto([{ value: 8e307 }, { value: 8e307 }]);
    expect(near.total).toBe(1.6e308);
    expect(near.rows.map((row) => row.cumulativeShare)).toEqual([0.5, 1]);
  });
});
