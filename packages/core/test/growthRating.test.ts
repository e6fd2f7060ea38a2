import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthCriterion, growthRating, revenueGrowth } from '../src/growthRating';
import { score } from '../src/score';
import { fcRuns, propertyTimeout } from './support';

type Account = { id: string; r23: number | null; r24: number | null; toWin: unknown };
// Worked example: revenue growth 2023→2024 on a fixed range (−20 % → 1, +50 % → 10) and MRR still to win on the
// range of the accounts (0 → 1, 6000 → 10), weighted 2 : 1.
const accounts: Account[] = [
  { id: 'mercy', r23: 100_000, r24: 125_000, toWin: 6000 }, // growth 0.25
  { id: 'harbor', r23: 50_000, r24: 40_000, toWin: 0 }, // growth −0.2
  { id: 'stone', r23: 0, r24: 30_000, toWin: 3000 }, // growth from nothing: no rate
  { id: 'bay', r23: 10_000, r24: 20_000, toWin: 'lots' }, // growth 1.0 (clamped), text potential
];
const measures = [
  {
    key: 'growth',
    value: (d: Account) => revenueGrowth(d.r23, d.r24),
    range: [-0.2, 0.5] as const,
    weight: 2,
  },
  { key: 'potential', value: (d: Account) => d.toWin as number, weight: 1 },
];

describe('growthRating', () => {
  it('maps revenue measures linearly onto the 1–10 scale and takes their weighted mean (worked example)', () => {
    const result = growthRating(accounts, { measures });
    // mercy: growth (0.25 + 0.2) / 0.7 = 0.642857… → 1 + 9·0.642857 = 6.7857; potential 6000 → 10;
    //        (2·6.7857 + 1·10) / 3 = 7.857142…
    // harbor: growth −0.2 → 1; potential 0 → 1; rating 1.
    // stone: growth dropped (null); potential 3000 → 5.5; rating 5.5, incomplete.
    // bay: growth 1.0 above the range → 10 (clamped, reported); potential is text → dropped; rating 10.
    const rows = Object.fromEntries(result.rows.map((r) => [r.id, r]));
    expect(rows.mercy!.rating).toBeCloseTo((2 * (1 + (9 * 0.45) / 0.7) + 10) / 3, 12);
    expect(rows.harbor!.rating).toBe(1);
    expect(rows.stone).toMatchObject({ rating: 5.5, incomplete: true });
    expect(rows.stone!.issues).toEqual([{ key: 'growth', value: null, reason: 'missing' }]);
    expect(rows.bay).toMatchObject({ rating: 10, incomplete: true });
    expect(rows.bay!.issues).toEqual([
      { key: 'growth', value: 1, reason: 'above-scale' },
      { key: 'potential', value: 'lots', reason: 'text' },
    ]);
    expect(rows.mercy!.measures.map((m) => [m.key, m.weightShare])).toEqual([
      ['growth', 2 / 3],
      ['potential', 1 / 3],
    ]);
    expect(result.ranges).toEqual([
      { key: 'growth', range: [-0.2, 0.5], source: 'given', weight: 2 },
      { key: 'potential', range: [0, 6000], source: 'data', weight: 1 },
    ]);
    expect(result.rows.map((r) => r.id)).toEqual(['mercy', 'harbor', 'stone', 'bay']);
  });

  it('rounds to a step, reverses a lower-is-better measure, and gives the middle when all values are equal', () => {
    const rounded = growthRating(accounts, { measures, step: 1 });
    expect(rounded.rows.map((r) => r.rating)).toEqual([8, 1, 6, 10]); // 7.857 → 8, 5.5 → 6 (halves up)
    const same = growthRating([{ v: 4 }, { v: 4 }], { measures: [{ key: 'v', value: 'v' }] });
    expect(same.rows.map((r) => r.rating)).toEqual([5.5, 5.5]);
    const reversed = growthRating([{ v: 0 }, { v: 10 }], {
      measures: [{ key: 'v', value: 'v', higherIsBetter: false }],
      scale: [0, 100],
    });
    expect(reversed.rows.map((r) => r.rating)).toEqual([100, 0]);
  });

  it('excludes an account without any usable measure and feeds score() as a growth criterion', () => {
    const data = [
      { id: 'a', g: 0.1, fit: 8 },
      { id: 'b', g: 0.3, fit: 4 },
      { id: 'c', g: null, fit: 6 },
    ];
    const growth = growthRating(data, { measures: [{ key: 'g', value: 'g', range: [0, 0.4] }] });
    expect(growth.excluded).toEqual([
      {
        id: 'c',
        datum: data[2],
        index: 2,
        field: 'measures',
        value: undefined,
        reason: 'missing',
        issues: [{ key: 'g', value: null, reason: 'missing' }],
      },
    ]);
    const scored = score(data, {
      criteria: [
        growthCriterion(growth, { key: 'revenue', label: 'Revenue potential' }),
        { key: 'fit', axis: 'harmony', weight: 1, value: 'fit' },
      ],
    });
    // a: rating 1 + 9·0.25 = 3.25 → (3.25 − 1) / 9 = 25; b: 7.75 → 75.
    expect(scored.rows.map((r) => r.id)).toEqual(['b', 'a']);
    expect(scored.rows[0]!.growth).toBeCloseTo(75, 9);
    expect(scored.rows[1]!.growth).toBeCloseTo(25, 9);
    expect(scored.excluded.map((e) => e.id)).toEqual(['c']);
  });

  it('computes revenue growth only from a positive previous value', () => {
    expect(revenueGrowth(80_000, 100_000)).toBeCloseTo(0.25, 15);
    expect(revenueGrowth(100, 0)).toBe(-1);
    expect(revenueGrowth(0, 5000)).toBeNull();
    expect(revenueGrowth(-5, 5)).toBeNull();
    expect(revenueGrowth('100', 120)).toBeNull();
    expect(revenueGrowth(100, undefined)).toBeNull();
    expect(revenueGrowth(Number.MIN_VALUE, Number.MAX_VALUE)).toBeNull();
  });

  it('throws INVALID_OPTION for bad measures, ranges, scale or step', () => {
    const m = { key: 'v', value: 'v' };
    for (const [options, field] of [
      [{ measures: [] }, 'measures'],
      [{ measures: [m, m] }, 'measures[1].key'],
      [{ measures: [{ ...m, weight: 0 }] }, 'measures'],
      [{ measures: [{ ...m, weight: -1 }] }, 'measures[0].weight'],
      [{ measures: [{ ...m, range: [1, 1] }] }, 'measures[0].range'],
      [{ measures: [{ ...m, value: 3 }] }, 'measures[0].value'],
      [{ measures: [m], scale: [10, 1] }, 'scale'],
      [{ measures: [m], step: 0 }, 'step'],
      [{ measures: [m], step: 20 }, 'step'],
    ] as const) {
      expect(() => growthRating([], options as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field }),
      );
    }
  });

  it('keeps ratings on the scale and in the order of the values, with or without a given range', {
    timeout: propertyTimeout,
  }, () => {
    const value = fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(null, 'x', Number.POSITIVE_INFINITY) },
    );
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 40 }),
        fc.option(
          fc.tuple(
            fc.double({ min: -1e3, max: 0, noNaN: true }),
            fc.double({ min: 1, max: 1e3, noNaN: true }),
          ),
        ),
        fc.boolean(),
        (values, range, reverse) => {
          const data = values.map((v, i) => ({ id: i, v }));
          const result = growthRating(data, {
            measures: [
              {
                key: 'v',
                value: (d) => d.v as number,
                ...(range ? { range } : {}),
                higherIsBetter: !reverse,
              },
            ],
          });
          expect(result.rows.length + result.excluded.length).toBe(data.length);
          const rated = result.rows.map((r) => [data[r.index]!.v as number, r.rating] as const);
          for (const [, rating] of rated) {
            expect(rating).toBeGreaterThanOrEqual(1);
            expect(rating).toBeLessThanOrEqual(10);
          }
          const sorted = [...rated].sort((a, b) => a[0] - b[0]);
          for (let k = 1; k < sorted.length; k++) {
            const [prev, next] = [sorted[k - 1]![1], sorted[k]![1]];
            if (reverse) expect(next).toBeLessThanOrEqual(prev + 1e-9);
            else expect(next).toBeGreaterThanOrEqual(prev - 1e-9);
          }
        },
      ),
      { numRuns: fcRuns },
    );
  });
});
