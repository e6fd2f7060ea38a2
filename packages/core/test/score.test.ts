import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KamkitError } from '../src/errors';
import { kamMatrix } from '../src/quadrants';
import type { Criterion } from '../src/score';
import { score } from '../src/score';
import { fcRuns, propertyTimeout } from './support';

type Account = {
  id: string;
  revenue?: number | null;
  market?: number | null;
  fit?: number | null;
  culture?: number | null;
};

const criteria: Criterion<Account>[] = [
  { key: 'revenue', axis: 'growth', weight: 3, value: 'revenue', scale: [0, 10] },
  { key: 'market', axis: 'growth', weight: 1, value: 'market', scale: [0, 10] },
  { key: 'fit', axis: 'harmony', weight: 2, value: 'fit', scale: [0, 10] },
  { key: 'culture', axis: 'harmony', weight: 2, value: 'culture', scale: [0, 10] },
];

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KamkitError);
    return (error as KamkitError).code;
  }
  throw new Error('expected a KamkitError');
}

describe('score', () => {
  it('maps each value from its scale to 0–100 and takes the weighted mean per axis', () => {
    // Hand-computed: growth = (3·80 + 1·40) / 4 = 70; harmony = (2·60 + 2·20) / 4 = 40; total = (70 + 40) / 2 = 55.
    const result = score([{ id: 'A', revenue: 8, market: 4, fit: 6, culture: 2 }], { criteria });
    const row = result.rows[0]!;
    expect(row.growth).toBeCloseTo(70, 12);
    expect(row.harmony).toBeCloseTo(40, 12);
    expect(row.total).toBeCloseTo(55, 12);
    expect(row.quadrant).toEqual({ key: 'key-development', label: 'Key development', position: 'high-low' });
    expect(row.incomplete).toBe(false);
    expect(result.criteria.map((c) => c.weightShare)).toEqual([0.75, 0.25, 0.5, 0.5]);
  });

  it('uses the scale [1, 10] by default: 1 scores 0, 5.5 scores 50 and 10 scores 100', () => {
    const result = score(
      [
        { id: 'low', g: 1, h: 1 },
        { id: 'mid', g: 5.5, h: 5.5 },
        { id: 'top', g: 10, h: 10 },
      ],
      {
        criteria: [
          { key: 'g', axis: 'growth', weight: 1, value: 'g' },
          { key: 'h', axis: 'harmony', weight: 1, value: 'h' },
        ],
      },
    );
    expect(result.rows.map((r) => [r.id, r.growth])).toEqual([
      ['top', 100],
      ['mid', 50],
      ['low', 0],
    ]);
  });

  it('places accounts in the quadrants of McDonald & Rogers’ KAM matrix, a score of exactly 50 counting as high', () => {
    // McDonald, Millman & Rogers (1997): attractiveness (growth) × relative strength (harmony).
    const data = [
      { id: 'key', revenue: 5, market: 5, fit: 5, culture: 5 },
      { id: 'dev', revenue: 9, market: 9, fit: 1, culture: 1 },
      { id: 'maint', revenue: 1, market: 1, fit: 9, culture: 9 },
      { id: 'opp', revenue: 4.9, market: 4.9, fit: 4.9, culture: 4.9 },
    ];
    const result = score(data, { criteria });
    const byId = Object.fromEntries(result.rows.map((r) => [r.id, r.quadrant.label]));
    expect(byId).toEqual({
      key: 'Key',
      dev: 'Key development',
      maint: 'Maintenance',
      opp: 'Opportunistic',
    });
    expect(result.counts).toEqual({ key: 1, 'key-development': 1, maintenance: 1, opportunistic: 1 });
    expect(result.quadrants['high-high']).toMatchObject(kamMatrix['high-high']);
  });

  it('counts a score at the split as high despite floating-point noise', () => {
    // (0.1 + 0.2) on [0, 0.6] is 50.00000000000001 or 49.99999999999999 depending on rounding.
    const result = score([{ id: 'a', g: 0.1 + 0.2, h: 0.3 }], {
      criteria: [
        { key: 'g', axis: 'growth', weight: 1, value: 'g', scale: [0, 0.6] },
        { key: 'h', axis: 'harmony', weight: 1, value: 'h', scale: [0, 0.6] },
      ],
    });
    expect(result.rows[0]!.quadrant.key).toBe('key');
  });

  it('splits the axes where told and uses custom labels', () => {
    const labels = {
      'high-high': { key: 'invest', label: 'Invest' },
      'high-low': { key: 'build', label: 'Build' },
      'low-high': { key: 'keep', label: 'Keep' },
      'low-low': { key: 'watch', label: 'Watch' },
    };
    const result = score([{ id: 'A', revenue: 7, market: 7, fit: 7, culture: 7 }], {
      criteria,
      quadrants: { split: { growth: 60, harmony: 80 }, labels },
    });
    expect(result.split).toEqual({ growth: 60, harmony: 80 });
    expect(result.rows[0]!.quadrant).toEqual({ key: 'build', label: 'Build', position: 'high-low' });
  });

  it('drops a missing criterion for that account, renormalises the remaining weights and flags the row', () => {
    const result = score([{ id: 'A', revenue: 8, market: null, fit: 6, culture: 2 }], { criteria });
    const row = result.rows[0]!;
    expect(row.growth).toBeCloseTo(80, 12); // only revenue is left on the growth axis
    expect(row.incomplete).toBe(true);
    expect(row.issues).toEqual([{ key: 'market', value: null, reason: 'missing' }]);
    const market = row.contributions.find((c) => c.key === 'market')!;
    expect(market).toMatchObject({ score: null, weightShare: 0, contribution: 0 });
    expect(row.contributions.find((c) => c.key === 'revenue')!.weightShare).toBe(1);
  });

  it('treats non-finite values like missing ones and never parses strings', () => {
    const data = [{ id: 'A', revenue: '8' as unknown as number, market: Number.NaN, fit: 6, culture: 2 }];
    const result = score(data, { criteria });
    expect(result.rows).toHaveLength(0);
    expect(result.excluded[0]).toMatchObject({ id: 'A', reason: 'missing', axes: ['growth'] });
    expect(result.excluded[0]!.issues.map((i) => i.reason)).toEqual(['text', 'non-finite']);
  });

  it('excludes an account missing every criterion of an axis, with the axes concerned', () => {
    const data = [
      { id: 'A', revenue: 8, market: 4, fit: 6, culture: 2 },
      { id: 'B', revenue: 8, market: 4 },
      { id: 'C' },
    ];
    const result = score(data, { criteria });
    expect(result.rows.map((r) => r.id)).toEqual(['A']);
    expect(result.excluded.map((e) => [e.id, e.axes, e.reason])).toEqual([
      ['B', ['harmony'], 'missing'],
      ['C', ['growth', 'harmony'], 'missing'],
    ]);
    expect(result.excluded[0]!.datum).toBe(data[1]);
  });

  it('excludes an account whose only remaining criteria on an axis have weight 0', () => {
    const result = score([{ id: 'A', g: 5, g0: 5, h: 5 }], {
      criteria: [
        { key: 'g', axis: 'growth', weight: 1, value: 'g' },
        { key: 'g0', axis: 'growth', weight: 0, value: 'g0' },
        { key: 'h', axis: 'harmony', weight: 1, value: 'h' },
      ],
    });
    expect(result.rows).toHaveLength(1);
    const without = score([{ id: 'A', g: null, g0: 5, h: 5 }], {
      criteria: [
        { key: 'g', axis: 'growth', weight: 1, value: 'g' },
        { key: 'g0', axis: 'growth', weight: 0, value: 'g0' },
        { key: 'h', axis: 'harmony', weight: 1, value: 'h' },
      ],
    });
    expect(without.excluded[0]?.axes).toEqual(['growth']);
  });

  it('clamps a value outside its scale to 0 or 100 and reports it, never silently', () => {
    const result = score([{ id: 'A', revenue: 12, market: -1, fit: 6, culture: 2 }], { criteria });
    const row = result.rows[0]!;
    expect(row.growth).toBeCloseTo((3 * 100 + 1 * 0) / 4, 12);
    expect(row.outOfScale).toBe(true);
    expect(row.incomplete).toBe(false);
    expect(row.issues).toEqual([
      { key: 'revenue', value: 12, reason: 'above-scale' },
      { key: 'market', value: -1, reason: 'below-scale' },
    ]);
    expect(row.contributions.filter((c) => c.clamped).map((c) => c.key)).toEqual(['revenue', 'market']);
  });

  it('reverses a criterion where lower is better', () => {
    const result = score([{ id: 'A', cost: 2, h: 5.5 }], {
      criteria: [
        { key: 'cost', axis: 'growth', weight: 1, value: 'cost', scale: [0, 10], higherIsBetter: false },
        { key: 'h', axis: 'harmony', weight: 1, value: 'h' },
      ],
    });
    expect(result.rows[0]!.growth).toBeCloseTo(80, 12);
  });

  it('combines the axes by axisWeights, equally by default', () => {
    const data = [{ id: 'A', revenue: 8, market: 4, fit: 6, culture: 2 }]; // growth 70, harmony 40
    expect(score(data, { criteria }).rows[0]!.total).toBeCloseTo(55, 12);
    const weighted = score(data, { criteria, axisWeights: { growth: 3, harmony: 1 } });
    expect(weighted.rows[0]!.total).toBeCloseTo((3 * 70 + 40) / 4, 12);
    const growthOnly = score(data, { criteria, axisWeights: { growth: 1, harmony: 0 } });
    expect(growthOnly.rows[0]!.total).toBeCloseTo(70, 12);
  });

  it('ranks by total descending, then id ascending', () => {
    const result = score(
      [
        { id: 'b', revenue: 5, market: 5, fit: 5, culture: 5 },
        { id: 'a', revenue: 5, market: 5, fit: 5, culture: 5 },
        { id: 'c', revenue: 9, market: 9, fit: 9, culture: 9 },
      ],
      { criteria },
    );
    expect(result.rows.map((r) => [r.id, r.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('breaks each score down into contributions that sum to the axis scores and to the total', () => {
    const result = score([{ id: 'A', revenue: 8, market: 4, fit: 6, culture: 2 }], {
      criteria,
      axisWeights: { growth: 2, harmony: 1 },
    });
    const row = result.rows[0]!;
    const byKey = Object.fromEntries(row.contributions.map((c) => [c.key, c]));
    expect(byKey.revenue).toMatchObject({ score: 80, weightShare: 0.75, contribution: 60 });
    expect(byKey.market!.contribution).toBeCloseTo(10, 12);
    const growthSum = row.contributions
      .filter((c) => c.axis === 'growth')
      .reduce((a, c) => a + c.contribution, 0);
    expect(growthSum).toBeCloseTo(row.growth, 12);
    const totalSum = row.contributions.reduce((a, c) => a + c.totalContribution, 0);
    expect(totalSum).toBeCloseTo(row.total, 12);
  });

  it('rescales across accounts with minmax: the smallest scores 0, the largest 100, all equal 50', () => {
    const data = [
      { id: 'a', g: 10, h: 3 },
      { id: 'b', g: 20, h: 3 },
      { id: 'c', g: 40, h: 3 },
    ];
    const result = score(data, {
      normalize: 'minmax',
      criteria: [
        { key: 'g', axis: 'growth', weight: 1, value: 'g' },
        { key: 'h', axis: 'harmony', weight: 1, value: 'h' },
      ],
    });
    const byId = Object.fromEntries(result.rows.map((r) => [r.id, r]));
    expect(byId.a!.growth).toBe(0);
    expect(byId.b!.growth).toBeCloseTo(100 / 3, 12);
    expect(byId.c!.growth).toBe(100);
    expect(byId.a!.harmony).toBe(50);
    expect(byId.a!.outOfScale).toBe(false); // scales are ignored
  });

  it('rescales across accounts with the percentile rank, ties sharing their mean rank', () => {
    const data = [
      { id: 'a', g: 1, h: 1 },
      { id: 'b', g: 5, h: 1 },
      { id: 'c', g: 5, h: 1 },
      { id: 'd', g: 900, h: 1 },
      { id: 'e', g: 1000, h: 1 },
    ];
    const result = score(data, {
      normalize: 'rank',
      criteria: [
        { key: 'g', axis: 'growth', weight: 1, value: 'g' },
        { key: 'h', axis: 'harmony', weight: 1, value: 'h' },
      ],
    });
    const byId = Object.fromEntries(result.rows.map((r) => [r.id, r.growth]));
    // zero-based ranks 0, 1.5, 1.5, 3, 4 of 4
    expect(byId).toEqual({ a: 0, b: 37.5, c: 37.5, d: 75, e: 100 });
    expect(
      score([{ id: 'x', g: 3, h: 3 }], {
        normalize: 'rank',
        criteria: [
          { key: 'g', axis: 'growth', weight: 1, value: 'g' },
          { key: 'h', axis: 'harmony', weight: 1, value: 'h' },
        ],
      }).rows[0]!.growth,
    ).toBe(50);
  });

  it('reads values by accessor with (d, i, data) and keeps the datum', () => {
    const data = [{ scores: [8, 4, 6, 2] }];
    const seen: unknown[] = [];
    const result = score(data, {
      criteria: [
        {
          key: 'revenue',
          axis: 'growth',
          weight: 3,
          scale: [0, 10],
          value: (d, i, all) => {
            seen.push([i, all]);
            return d.scores[0];
          },
        },
        { key: 'market', axis: 'growth', weight: 1, scale: [0, 10], value: (d) => d.scores[1] },
        { key: 'fit', axis: 'harmony', weight: 1, scale: [0, 10], value: (d) => d.scores[2] },
      ],
    });
    expect(seen).toEqual([[0, data]]);
    expect(result.rows[0]).toMatchObject({ id: 0, index: 0, growth: 70, harmony: 60 });
    expect(result.rows[0]!.datum).toBe(data[0]);
  });

  it('throws INVALID_WEIGHTS for a negative or non-finite weight, an axis without positive weight or bad axisWeights', () => {
    const data = [{ id: 'A', revenue: 1, market: 1, fit: 1, culture: 1 }];
    expect(
      codeOf(() =>
        score(data, { criteria: criteria.map((c) => ({ ...c, weight: c.axis === 'harmony' ? 0 : 1 })) }),
      ),
    ).toBe('INVALID_WEIGHTS');
    expect(codeOf(() => score(data, { criteria: [{ ...criteria[0]!, weight: -1 }, criteria[2]!] }))).toBe(
      'INVALID_WEIGHTS',
    );
    expect(
      codeOf(() => score(data, { criteria: [{ ...criteria[0]!, weight: Number.NaN }, criteria[2]!] })),
    ).toBe('INVALID_WEIGHTS');
    expect(codeOf(() => score(data, { criteria: [criteria[0]!] }))).toBe('INVALID_WEIGHTS');
    expect(codeOf(() => score(data, { criteria, axisWeights: { growth: 0, harmony: 0 } }))).toBe(
      'INVALID_WEIGHTS',
    );
    expect(() => score(data, { criteria, axisWeights: { growth: -1, harmony: 1 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_WEIGHTS', field: 'axisWeights' }),
    );
    expect(() => score(data, { criteria: [{ ...criteria[0]!, weight: -1 }, criteria[2]!] })).toThrow(
      expect.objectContaining({ field: 'criteria[0].weight' }),
    );
  });

  it('throws INVALID_OPTION for bad criteria, scales, normalisation, split or labels', () => {
    const data: Account[] = [];
    const bad: [unknown, string][] = [
      [{ criteria: [] }, 'criteria'],
      [{ criteria: [{ ...criteria[0]!, axis: 'size' }, criteria[2]] }, 'criteria[0].axis'],
      [{ criteria: [{ ...criteria[0]!, scale: [10, 1] }, criteria[2]] }, 'criteria[0].scale'],
      [{ criteria: [criteria[0], { ...criteria[2]!, key: 'revenue' }] }, 'criteria[1].key'],
      [{ criteria: [{ ...criteria[0]!, value: 3 }, criteria[2]] }, 'criteria[0].value'],
      [{ criteria, normalize: 'zscore' }, 'normalize'],
      [{ criteria, quadrants: { split: Number.NaN } }, 'quadrants.split'],
      [
        { criteria, quadrants: { labels: { ...kamMatrix, 'low-low': kamMatrix['high-high'] } } },
        'quadrants.labels.low-low',
      ],
    ];
    for (const [options, field] of bad) {
      expect(() => score(data, options as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field }),
      );
    }
  });

  it('throws DUPLICATE_ID naming the record', () => {
    const data = [
      { id: 'A', revenue: 1, market: 1, fit: 1, culture: 1 },
      { id: 'A', revenue: 2, market: 1, fit: 1, culture: 1 },
    ];
    expect(() => score(data, { criteria })).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID', id: 'A', index: 1 }),
    );
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const rating = fc.oneof(
      { weight: 6, arbitrary: fc.double({ min: -2, max: 12, noNaN: true }) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant(Number.NaN) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) },
    );
    const records = fc.array(fc.record({ revenue: rating, market: rating, fit: rating, culture: rating }), {
      maxLength: 40,
    });
    // Weights are 0 or at least 1e-3: a subnormal weight times a small factor underflows to 0.
    const positive = fc.double({ min: 1e-3, max: 100, noNaN: true });
    const optional = fc.oneof(fc.constant(0), positive);
    const weights = fc.tuple(positive, optional, positive, optional);
    const normalizes = fc.constantFrom('scale' as const, 'minmax' as const, 'rank' as const);
    const withWeights = (w: number[], factor = 1) =>
      criteria.map((c, i) => ({ ...c, weight: (w[i] as number) * factor }));

    it('loses no record, does not mutate the input, does not depend on input order and ranks 1…n', () => {
      fc.assert(
        fc.property(records, weights, normalizes, (raw, w, normalize) => {
          const data = raw.map((d, i) => ({ id: `k${i}`, ...d }));
          const copy = structuredClone(data);
          const result = score(data, { criteria: withWeights(w), normalize });
          expect(data).toEqual(copy);
          const seen = [...result.rows.map((r) => r.index), ...result.excluded.map((e) => e.index)].sort(
            (a, b) => a - b,
          );
          expect(seen).toEqual(data.map((_, i) => i));
          expect(result.rows.map((r) => r.rank)).toEqual(result.rows.map((_, i) => i + 1));
          const reversed = score([...data].reverse(), { criteria: withWeights(w), normalize });
          expect(reversed.rows.map((r) => r.id)).toEqual(result.rows.map((r) => r.id));
          expect(reversed.rows.map((r) => r.quadrant.key)).toEqual(result.rows.map((r) => r.quadrant.key));
          for (const row of result.rows) {
            for (const s of [row.growth, row.harmony, row.total]) {
              expect(s).toBeGreaterThanOrEqual(0);
              expect(s).toBeLessThanOrEqual(100);
            }
            const growth = row.contributions
              .filter((c) => c.axis === 'growth')
              .reduce((a, c) => a + c.contribution, 0);
            expect(growth).toBeCloseTo(row.growth, 9);
          }
        }),
        { numRuns: fcRuns },
      );
    });

    it('leaves every score unchanged when all weights are scaled by the same factor', () => {
      fc.assert(
        fc.property(
          records,
          weights,
          normalizes,
          fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
          fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
          (raw, w, normalize, factor, axisFactor) => {
            const data = raw.map((d, i) => ({ id: `k${i}`, ...d }));
            const base = score(data, {
              criteria: withWeights(w),
              normalize,
              axisWeights: { growth: 2, harmony: 1 },
            });
            const scaled = score(data, {
              criteria: withWeights(w, factor),
              normalize,
              axisWeights: { growth: 2 * axisFactor, harmony: axisFactor },
            });
            const byId = new Map(scaled.rows.map((r) => [r.id, r]));
            expect(scaled.rows).toHaveLength(base.rows.length);
            for (const row of base.rows) {
              const other = byId.get(row.id)!;
              expect(other.growth).toBeCloseTo(row.growth, 9);
              expect(other.harmony).toBeCloseTo(row.harmony, 9);
              expect(other.total).toBeCloseTo(row.total, 9);
            }
          },
        ),
        { numRuns: fcRuns },
      );
    });
  });
});
