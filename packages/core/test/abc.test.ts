import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AbcBoundary, AbcTier } from '../src/abc';
import { abc } from '../src/abc';
import { KamkitError } from '../src/errors';
import { pareto } from '../src/pareto';
import { fcRuns, propertyTimeout } from './support';

/** Generous for long local runs (KAMKIT_FC_RUNS=20000). */

const tiersOf = (result: { rows: { id: unknown; tier: AbcTier }[] }) =>
  result.rows.map((r) => r.tier).join('');
const records = (values: number[]) => values.map((value, id) => ({ id, value }));

/**
 * Heizer & Render, "Operations Management", chapter "Inventory Management", Example 1 ("ABC analysis for a
 * chip manufacturer": Silicon Chips, Inc.), as reproduced at holooly.com (Q. 12.EX.1): ten items by annual
 * dollar volume; A = the top 20 % of items (72 % of the volume), B = the next 30 % (23 %), C = the last 50 % (5 %).
 */
const siliconChips = [
  { id: '#10286', value: 90_000 },
  { id: '#11526', value: 77_000 },
  { id: '#12760', value: 26_350 },
  { id: '#10867', value: 15_001 },
  { id: '#10500', value: 12_500 },
  { id: '#12572', value: 8_502 },
  { id: '#14075', value: 1_200 },
  { id: '#01036', value: 850 },
  { id: '#01307', value: 504 },
  { id: '#10572', value: 150 },
];

describe('abc', () => {
  it('reproduces the textbook ABC table of Heizer & Render (Silicon Chips, Inc.) with basis count', () => {
    const result = abc(siliconChips, { basis: 'count' });
    expect(result.total).toBe(232_057);
    expect(result.thresholds).toEqual([0.2, 0.5]);
    expect(result.rows.filter((r) => r.tier === 'A').map((r) => r.id)).toEqual(['#10286', '#11526']);
    expect(result.rows.filter((r) => r.tier === 'B').map((r) => r.id)).toEqual([
      '#12760',
      '#10867',
      '#10500',
    ]);
    expect(result.summary.C.count).toBe(5);
    // The table's rounded percentages of annual dollar volume: 72 %, 23 %, 5 %.
    expect(Math.round(result.summary.A.share * 100)).toBe(72);
    expect(Math.round(result.summary.B.share * 100)).toBe(23);
    expect(Math.round(result.summary.C.share * 100)).toBe(5);
    expect(result.summary.A.accountShare).toBe(0.2);
    expect(result.summary.B.accountShare).toBe(0.3);
    expect(result.summary.C.accountShare).toBe(0.5);
  });

  it('applies the value thresholds 80/95 to the same table under each boundary rule', () => {
    // Cumulative shares: 38.8, 72.0, 83.3, 89.7, 95.1, 98.8, … %
    expect(tiersOf(abc(siliconChips))).toBe('AAABBCCCCC'); // crossing: #12760 crosses 80 % and is A
    expect(tiersOf(abc(siliconChips, { boundary: 'at-or-below' }))).toBe('AABBCCCCCC');
    expect(tiersOf(abc(siliconChips, { boundary: 'below' }))).toBe('AABBCCCCCC');
  });

  it('puts the account that crosses the A threshold in A, and a single account in A', () => {
    expect(tiersOf(abc(records([50, 40, 10])))).toBe('AAB');
    expect(tiersOf(abc(records([5])))).toBe('A');
    expect(tiersOf(abc(records([5]), { boundary: 'at-or-below' }))).toBe('C');
    expect(tiersOf(abc(records([5]), { boundary: 'below' }))).toBe('C');
  });

  it('reaches exactly 80 % with shares 30/30/20/20 despite floating-point noise', () => {
    // 0.3 + 0.3 + 0.2 is 0.7999999999999999 in binary.
    const shares = records([0.3, 0.3, 0.2, 0.2]);
    expect(tiersOf(abc(shares))).toBe('AAAB');
    expect(tiersOf(abc(shares, { boundary: 'at-or-below' }))).toBe('AAAC');
    expect(tiersOf(abc(shares, { boundary: 'below' }))).toBe('AABC');
    // Ten accounts of 0.1: the share before the ninth is 80 % (up to rounding) → the ninth is B.
    expect(tiersOf(abc(records(Array(10).fill(0.1))))).toBe('AAAAAAAABB');
  });

  it("tells 'at-or-below' from 'below' at a share exactly on the threshold", () => {
    // Cumulative shares 80 %, 95 %, 100 %: exactly on both thresholds.
    const data = records([80, 15, 5]);
    expect(tiersOf(abc(data, { boundary: 'at-or-below' }))).toBe('ABC');
    expect(tiersOf(abc(data, { boundary: 'below' }))).toBe('BCC');
    expect(tiersOf(abc(data, { boundary: 'crossing' }))).toBe('ABC');
  });

  it('makes the top ⌈20 %⌉ of accounts A and up to ⌈50 %⌉ B with basis count', () => {
    const seven = records([7, 6, 5, 4, 3, 2, 1]);
    expect(tiersOf(abc(seven, { basis: 'count' }))).toBe('AABBCCC');
    expect(tiersOf(abc(seven, { basis: 'count', boundary: 'at-or-below' }))).toBe('ABBCCCC');
    expect(tiersOf(abc(records([5, 4, 3, 2, 1]), { basis: 'count', boundary: 'below' }))).toBe('BBCCC');
    expect(tiersOf(abc(records([5, 4, 3, 2, 1]), { basis: 'count', thresholds: [0.4, 0.8] }))).toBe('AABBC');
  });

  it('keeps equal values in the tier of their best-ranked member with ties group', () => {
    const data = records([10, 5, 5, 5, 1]);
    expect(tiersOf(abc(data, { basis: 'count' }))).toBe('ABBCC');
    expect(tiersOf(abc(data, { basis: 'count', ties: 'group' }))).toBe('ABBBC');
    const valueTie = [
      { id: 'a', value: 40 },
      { id: 'b', value: 40 },
      { id: 'c', value: 15 },
      { id: 'd', value: 5 },
    ];
    expect(tiersOf(abc(valueTie, { boundary: 'below' }))).toBe('ABCC');
    expect(tiersOf(abc(valueTie, { boundary: 'below', ties: 'group' }))).toBe('AACC');
  });

  it('ranks equal values by id with ties order, whatever the input order', () => {
    const data = [
      { id: 'b', value: 1 },
      { id: 'a', value: 1 },
      { id: 'c', value: 1 },
    ];
    const result = abc(data, { basis: 'count', boundary: 'at-or-below', thresholds: [0.34, 0.67] });
    expect(result.rows.map((r) => [r.id, r.tier])).toEqual([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
    ]);
  });

  it('keeps the pareto fields identical to pareto', () => {
    const result = abc(siliconChips);
    const base = pareto(siliconChips);
    expect(result.rows.map(({ tier: _, ...rest }) => rest)).toEqual(base.rows);
    expect(result.rows[0]?.datum).toBe(siliconChips[0]);
  });

  it('summarises count, value, share of value and share of accounts per tier', () => {
    const result = abc(records([50, 30, 10, 6, 4]));
    expect(result.summary).toEqual({
      A: { count: 2, value: 80, share: 0.8, accountShare: 0.4 },
      B: { count: 2, value: 16, share: 0.16, accountShare: 0.4 },
      C: { count: 1, value: 4, share: 0.04, accountShare: 0.2 },
    });
  });

  it('returns zero, negative, non-finite and missing values in excluded with the reason', () => {
    const data = [
      { id: 'ok', value: 3 },
      { id: 'zero', value: 0 },
      { id: 'neg', value: -1 },
      { id: 'nan', value: Number.NaN },
      { id: 'null', value: null },
    ];
    const result = abc(data);
    expect(result.rows.map((r) => [r.id, r.tier])).toEqual([['ok', 'A']]);
    expect(result.excluded.map((e) => [e.id, e.reason])).toEqual([
      ['zero', 'zero'],
      ['neg', 'negative'],
      ['nan', 'non-finite'],
      ['null', 'missing'],
    ]);
  });

  it('gives empty tiers for no positive values', () => {
    const result = abc([{ id: 1, value: 0 }]);
    expect(result.rows).toEqual([]);
    expect(result.summary.A).toEqual({ count: 0, value: 0, share: 0, accountShare: 0 });
    expect(abc([], { method: 'computed' }).computed).toBeNull();
  });

  it('reads fields by name or accessor and accepts any iterable', () => {
    const data = new Set([
      { name: 'x', revenue: 9 },
      { name: 'y', revenue: 1 },
    ]);
    const byName = abc(data, { value: 'revenue', id: 'name' });
    const byAccessor = abc(data, { value: (d) => d.revenue, id: (d) => d.name });
    expect(byName.rows).toEqual(byAccessor.rows);
    expect(tiersOf(byName)).toBe('AB');
  });

  it('throws INVALID_OPTION for thresholds that are not 0 < a ≤ b ≤ 1', () => {
    const bad: unknown[] = [
      [0.9, 0.8],
      [0, 0.5],
      [0.5, 1.2],
      [Number.NaN, 1],
      [0.5],
      [0.2, 0.5, 0.9],
      'x',
      0.8,
    ];
    for (const thresholds of bad) {
      expect(() => abc([], { thresholds: thresholds as [number, number] })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field: 'thresholds' }),
      );
    }
    expect(abc([], { thresholds: [0.7, 0.7] }).thresholds).toEqual([0.7, 0.7]);
  });

  it('throws INVALID_OPTION for unknown basis, boundary, ties or method', () => {
    for (const [field, value] of [
      ['basis', 'revenue'],
      ['boundary', 'above'],
      ['ties', 'split'],
      ['method', 'auto'],
    ] as const) {
      expect(() => abc([], { [field]: value })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field }),
      );
    }
  });

  it('throws INVALID_OPTION when fixed-threshold options are combined with method computed', () => {
    for (const options of [
      { thresholds: [0.8, 0.95] as const },
      { basis: 'count' as const },
      { boundary: 'below' as const },
      { ties: 'group' as const },
    ]) {
      expect(() => abc([], { method: 'computed', ...options })).toThrow(KamkitError);
    }
  });

  it('throws DUPLICATE_ID naming the record', () => {
    expect(() =>
      abc([
        { id: 'a', value: 1 },
        { id: 'a', value: 2 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', id: 'a', index: 1 }));
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const values = fc.oneof(
      fc.double({ min: -1e6, max: 1e9, noNaN: false }),
      fc.integer({ min: -3, max: 8 }),
      fc.constant(null),
    );
    const data = fc.array(fc.record({ value: values }), { maxLength: 60 });
    const thresholds = fc
      .tuple(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }))
      .map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);
    const settings = fc.record({
      thresholds,
      basis: fc.constantFrom('value' as const, 'count' as const),
      boundary: fc.constantFrom('crossing' as const, 'at-or-below' as const, 'below' as const),
      ties: fc.constantFrom('order' as const, 'group' as const),
    });
    const rank = { A: 0, B: 1, C: 2 };

    it('partitions the input into tiers, loses no record, does not mutate it and ignores input order', () => {
      fc.assert(
        fc.property(data, settings, fc.context(), (raw, options, ctx) => {
          const input = raw.map((d, i) => ({ id: `k${i}`, ...d }));
          const copy = structuredClone(input);
          const result = abc(input, options);
          expect(input).toEqual(copy);
          const seen = [...result.rows.map((r) => r.index), ...result.excluded.map((e) => e.index)];
          expect(seen.sort((a, b) => a - b)).toEqual(input.map((_, i) => i));
          const { A, B, C } = result.summary;
          expect(A.count + B.count + C.count).toBe(result.rows.length);
          const shuffled = [...input].reverse();
          const again = abc(shuffled, options);
          ctx.log(JSON.stringify(options));
          expect(again.rows.map((r) => [r.id, r.tier])).toEqual(result.rows.map((r) => [r.id, r.tier]));
          expect(again.summary).toEqual(result.summary);
        }),
        { numRuns: fcRuns },
      );
    });

    it('has shares summing to 1, ranks 1…n and tiers that never go back up along the ranking', () => {
      fc.assert(
        fc.property(data, settings, (raw, options) => {
          const result = abc(
            raw.map((d, i) => ({ id: i, ...d })),
            options,
          );
          const n = result.rows.length;
          expect(result.rows.map((r) => r.rank)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
          for (let r = 1; r < n; r++) {
            expect(rank[result.rows[r]!.tier]).toBeGreaterThanOrEqual(rank[result.rows[r - 1]!.tier]);
          }
          if (n === 0) return;
          const { A, B, C } = result.summary;
          expect(A.share + B.share + C.share).toBeCloseTo(1, 9);
          expect(A.accountShare + B.accountShare + C.accountShare).toBeCloseTo(1, 12);
          if (options.ties === 'group') {
            for (let r = 1; r < n; r++) {
              if (result.rows[r]!.value === result.rows[r - 1]!.value) {
                expect(result.rows[r]!.tier).toBe(result.rows[r - 1]!.tier);
              }
            }
          }
        }),
        { numRuns: fcRuns },
      );
    });

    it('makes A under crossing exactly the vital few of pareto with the A threshold as cutoff', () => {
      fc.assert(
        fc.property(data, thresholds, (raw, limits) => {
          const input = raw.map((d, i) => ({ id: i, ...d }));
          const result = abc(input, { thresholds: limits });
          expect(result.summary.A.count).toBe(pareto(input, { cutoff: limits[0] }).vitalCount);
        }),
        { numRuns: fcRuns },
      );
    });

    it('nests A: below ⊆ at-or-below ⊆ crossing for the default thresholds', () => {
      fc.assert(
        fc.property(data, fc.constantFrom('value' as const, 'count' as const), (raw, basis) => {
          const input = raw.map((d, i) => ({ id: i, ...d }));
          const count = (boundary: AbcBoundary) => abc(input, { basis, boundary }).summary.A.count;
          expect(count('below')).toBeLessThanOrEqual(count('at-or-below'));
          expect(count('at-or-below')).toBeLessThanOrEqual(count('crossing'));
        }),
        { numRuns: fcRuns },
      );
    });
  });
});

describe('abc when the total overflows', () => {
  it('regression: throws OVERFLOW instead of returning NaN or Infinity shares', () => {
    const data = [
      { id: 'a', value: 1e308 },
      { id: 'b', value: 1e308 },
      { id: 'c', value: 1 },
    ];
    expect(() => abc(data, { value: 'value' })).toThrow(
      expect.objectContaining({ code: 'OVERFLOW', field: 'total' }),
    );
    // Just below the limit every share is finite and the last is exactly 1.
    const near = abc([{ value: 8e307 }, { value: 8e307 }, { value: 1 }]);
    expect(near.rows.at(-1)?.cumulativeShare).toBe(1);
    expect(near.rows.every((row) => Number.isFinite(row.share) && Number.isFinite(row.cumulativeShare))).toBe(
      true,
    );
  });
});
