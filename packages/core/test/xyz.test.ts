import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lte } from '../src/numeric';
import { xyz } from '../src/xyz';
import { fcRuns, propertyTimeout } from './support';

/** Generous for long local runs (KAMKIT_FC_RUNS=20000). */

const accounts = (series: unknown[]) => series.map((s, id) => ({ id, series: s as number[] }));

describe('xyz', () => {
  it('computes mean, population deviation and cv of the textbook series 2, 4, 4, 4, 5, 5, 7, 9', () => {
    // The standard example of a standard deviation (e.g. Wikipedia, "Standard deviation"): mean 5,
    // population standard deviation 2, sample standard deviation √(32/7) ≈ 2.138.
    const data = [{ id: 'w', series: [2, 4, 4, 4, 5, 5, 7, 9] }];
    const population = xyz(data).rows[0]!;
    expect(population).toMatchObject({
      total: 40,
      mean: 5,
      standardDeviation: 2,
      cv: 0.4,
      xyz: 'X',
      reason: null,
    });
    const sample = xyz(data, { deviation: 'sample' }).rows[0]!;
    expect(sample.standardDeviation).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(sample.cv).toBeCloseTo(Math.sqrt(32 / 7) / 5, 12);
  });

  it('classifies X up to cv 0.5, Y up to 1.0 and Z above, a cv on a threshold going to the lower class', () => {
    const result = xyz(
      accounts([
        [10, 10, 10, 10], // cv 0
        [5, 15, 5, 15], // mean 10, deviation 5: cv 0.5 exactly
        [10, 0, 10, 0], // mean 5, deviation 5: cv 1.0 exactly
        [0, 0, 0, 12], // mean 3, deviation √27: cv ≈ 1.73
      ]),
    );
    const byId = new Map(result.rows.map((r) => [r.id, r]));
    expect([0, 1, 2, 3].map((id) => byId.get(id)?.xyz)).toEqual(['X', 'X', 'Y', 'Z']);
    expect(byId.get(1)?.cv).toBe(0.5);
    expect(byId.get(2)?.cv).toBe(1);
    expect(byId.get(3)?.cv).toBeCloseTo(Math.sqrt(27) / 3, 12);
    expect(result.counts).toEqual({ X: 2, Y: 1, Z: 1, null: 0 });
    expect(result.thresholds).toEqual([0.5, 1]);
  });

  it('tolerates floating-point noise at a threshold', () => {
    // mean 0.2, deviation 0.1 → cv 0.5 up to rounding.
    const row = xyz(accounts([[0.1, 0.3, 0.1, 0.3]])).rows[0]!;
    expect(row.cv).toBeCloseTo(0.5, 12);
    expect(row.xyz).toBe('X');
  });

  it('counts missing entries and periods missing at the end as zero', () => {
    const result = xyz(accounts([[4, null, 4, undefined], [1, 1, 1, 1], [4]]));
    expect(result.periods).toBe(4);
    const byId = new Map(result.rows.map((r) => [r.id, r]));
    expect(byId.get(0)).toMatchObject({ mean: 2, standardDeviation: 2, cv: 1, xyz: 'Y' });
    expect(byId.get(2)).toMatchObject({ mean: 1, xyz: 'Z' });
    expect(byId.get(2)?.standardDeviation).toBeCloseTo(Math.sqrt(3), 12);
    const padded = xyz(accounts([[1, 1, 1, 1]]), { periods: 8 });
    expect(padded.periods).toBe(8);
    expect(padded.rows[0]).toMatchObject({ mean: 0.5, cv: 1, xyz: 'Y' });
  });

  it('gives xyz null with a reason for a zero mean, a negative mean or too few periods', () => {
    const result = xyz(
      accounts([
        [0, 0, 0],
        [1, -1, 0],
        [-2, -4, 0],
        [3, -1, 4],
      ]),
    );
    expect(result.rows.map((r) => [r.id, r.xyz, r.reason])).toEqual([
      [3, 'Z', null],
      [0, null, 'zero-mean'],
      [1, null, 'zero-mean'],
      [2, null, 'negative-mean'],
    ]);
    expect(result.counts.null).toBe(3);
    expect(xyz(accounts([[5]]), { deviation: 'sample' }).rows[0]).toMatchObject({
      mean: 5,
      standardDeviation: null,
      cv: null,
      xyz: null,
      reason: 'too-few-periods',
    });
    expect(xyz(accounts([[]])).rows[0]).toMatchObject({ mean: 0, xyz: null, reason: 'too-few-periods' });
    expect(xyz(accounts([[5]])).rows[0]).toMatchObject({ cv: 0, xyz: 'X' });
  });

  it('excludes records with a missing or non-numeric series, with the reason', () => {
    const result = xyz(accounts([[1, 2], null, undefined, 'abc', 5, [1, Number.NaN], [1, '2'], { a: 1 }]));
    expect(result.rows.map((r) => r.id)).toEqual([0]);
    expect(result.excluded.map((e) => [e.id, e.reason])).toEqual([
      [1, 'missing'],
      [2, 'missing'],
      [3, 'text'],
      [4, 'non-finite'],
      [5, 'non-finite'],
      [6, 'text'],
      [7, 'non-finite'],
    ]);
  });

  it('accepts typed arrays, array-likes and iterables as series, read by field name or accessor', () => {
    function* gen() {
      yield 2;
      yield 4;
    }
    const data = [
      { name: 'typed', m: new Float64Array([2, 4]) },
      { name: 'like', m: { length: 2, 0: 2, 1: 4 } },
      { name: 'gen', m: gen() },
    ];
    const result = xyz(data, { id: 'name', series: (d) => d.m as Iterable<number> });
    expect(result.rows.map((r) => [r.id, r.mean, r.cv])).toEqual([
      ['gen', 3, 1 / 3],
      ['like', 3, 1 / 3],
      ['typed', 3, 1 / 3],
    ]);
    expect(xyz([{ id: 1, s: [1, 2] }], { series: 's' }).rows[0]?.mean).toBe(1.5);
  });

  it('orders rows by mean descending, then id ascending', () => {
    const result = xyz([
      { id: 'b', series: [1, 1] },
      { id: 'a', series: [1, 1] },
      { id: 'c', series: [5, 5] },
    ]);
    expect(result.rows.map((r) => [r.id, r.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('throws INVALID_OPTION for bad thresholds, deviation or periods, and a series longer than periods', () => {
    for (const thresholds of [[-0.1, 1], [1, 0.5], [0.5], [0.5, Number.POSITIVE_INFINITY]]) {
      expect(() => xyz([], { thresholds: thresholds as [number, number] })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field: 'thresholds' }),
      );
    }
    expect(() => xyz([], { deviation: 'biased' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'deviation' }),
    );
    for (const periods of [-1, 1.5, Number.NaN]) {
      expect(() => xyz([], { periods })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field: 'periods' }),
      );
    }
    expect(() =>
      xyz(
        [
          { id: 'ok', series: [1, 2] },
          { id: 'long', series: [1, 2, 3] },
        ],
        { periods: 2 },
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'periods', index: 1, id: 'long' }));
    expect(xyz([], { thresholds: [0, 0] }).thresholds).toEqual([0, 0]);
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const entry = fc.oneof(
      fc.integer({ min: -5, max: 1000 }),
      fc.double({ min: -100, max: 1e6, noNaN: true }),
      fc.constant(null),
    );
    const series = fc.oneof(fc.array(entry, { maxLength: 12 }), fc.constant(null), fc.constant([Number.NaN]));
    const data = fc.array(series, { maxLength: 40 });

    it('loses no record, does not mutate input, ignores input order and classifies by the thresholds', () => {
      fc.assert(
        fc.property(data, fc.constantFrom('population' as const, 'sample' as const), (raw, deviation) => {
          const input = raw.map((s, i) => ({ id: `k${i}`, series: s }));
          const copy = structuredClone(input);
          const result = xyz(input, { deviation });
          expect(input).toEqual(copy);
          const seen = [...result.rows, ...result.excluded].map((r) => r.index).sort((a, b) => a - b);
          expect(seen).toEqual(input.map((_, i) => i));
          expect(result.rows.map((r) => r.rank)).toEqual(result.rows.map((_, i) => i + 1));
          const { X, Y, Z, null: none } = result.counts;
          expect(X + Y + Z + none).toBe(result.rows.length);
          for (const row of result.rows) {
            if (row.xyz === null) {
              expect(row.reason).not.toBeNull();
              continue;
            }
            expect(row.mean).toBeGreaterThan(0);
            expect(row.cv).toBeGreaterThanOrEqual(0);
            const cv = row.cv as number;
            expect(row.xyz).toBe(lte(cv, 0.5) ? 'X' : lte(cv, 1) ? 'Y' : 'Z');
          }
          const reversed = xyz([...input].reverse(), { deviation });
          expect(reversed.rows.map((r) => [r.id, r.xyz, r.cv])).toEqual(
            result.rows.map((r) => [r.id, r.xyz, r.cv]),
          );
        }),
        { numRuns: fcRuns },
      );
    });

    it('gives the same cv when a series is scaled by a positive factor', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 12 }),
          fc.integer({ min: 2, max: 1000 }),
          (values, factor) => {
            const base = xyz([{ id: 0, series: values }]).rows[0]!;
            const scaled = xyz([{ id: 0, series: values.map((v) => v * factor) }]).rows[0]!;
            if (base.cv === null) expect(scaled.cv).toBeNull();
            else expect(scaled.cv).toBeCloseTo(base.cv, 9);
          },
        ),
        { numRuns: fcRuns },
      );
    });
  });
});
