import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score } from '../src/score';
import { upsellCandidates } from '../src/upsellCandidates';
import { fcRuns, propertyTimeout } from './support';

const plans = ['Basic', 'Standard', 'Premium'];

describe('upsellCandidates', () => {
  it('lists the accounts not on the top plan, best measure first, with the next plan up', () => {
    const data = [
      { id: 'a', plan: 'Basic', growth: 40 },
      { id: 'b', plan: 'Premium', growth: 99 },
      { id: 'c', plan: 'Standard', growth: 80 },
      { id: 'd', plan: 'Standard', growth: 40 },
    ];
    const result = upsellCandidates(data, { plans });
    expect(result.rows.map((r) => [r.id, r.rank, r.plan, r.nextPlan, r.stepsToTop])).toEqual([
      ['c', 1, 'Standard', 'Premium', 1],
      ['a', 2, 'Basic', 'Standard', 2],
      ['d', 3, 'Standard', 'Premium', 1],
    ]);
    expect(result.onTopPlan.map((o) => o.id)).toEqual(['b']);
    expect(result.topPlans).toEqual(['Premium']);
  });

  it('ranks by the growth score of a score() result', () => {
    const accounts = [
      { id: 'hospital', plan: 'Standard', potential: 9, fit: 5 },
      { id: 'lab', plan: 'Basic', potential: 3, fit: 9 },
    ];
    const scores = score(accounts, {
      criteria: [
        { key: 'potential', axis: 'growth', weight: 1, value: 'potential' },
        { key: 'fit', axis: 'harmony', weight: 1, value: 'fit' },
      ],
    });
    const result = upsellCandidates(accounts, { plans, score: scores });
    expect(result.rows.map((r) => [r.id, r.measure])).toEqual([
      ['hospital', scores.rows.find((r) => r.id === 'hospital')!.growth],
      ['lab', scores.rows.find((r) => r.id === 'lab')!.growth],
    ]);
  });

  it('accepts the top plan(s) alone, and treats plans ranked above the top plan as on top', () => {
    const data = [
      { id: 'a', plan: 'Basic', mrr: 10 },
      { id: 'b', plan: 'Enterprise', mrr: 90 },
      { id: 'c', plan: 'Premium', mrr: 50 },
    ];
    const alone = upsellCandidates(data, { topPlan: ['Premium', 'Enterprise'], measure: 'mrr' });
    expect(alone.rows.map((r) => [r.id, r.nextPlan, r.stepsToTop])).toEqual([['a', null, null]]);
    const above = upsellCandidates(data, {
      plans: [...plans, 'Enterprise'],
      topPlan: 'Premium',
      measure: 'mrr',
    });
    expect(above.onTopPlan.map((o) => o.id)).toEqual(['b', 'c']);
  });

  it('reports unknown plans and unusable measures instead of guessing', () => {
    const data = [
      { id: 'legacy', plan: 'Gold 2019', growth: 70 },
      { id: 'noPlan', plan: null, growth: 70 },
      { id: 'noGrowth', plan: 'Basic', growth: null },
      { id: 'neg', plan: 'Basic', growth: -5 },
    ];
    const result = upsellCandidates(data, { plans });
    expect(result.rows.map((r) => r.id)).toEqual(['neg']);
    expect(result.unknownPlan.map((u) => u.id)).toEqual(['legacy']);
    expect(result.excluded.map((e) => [e.id, e.field, e.reason])).toEqual([
      ['noPlan', 'plan', 'missing'],
      ['noGrowth', 'measure', 'missing'],
    ]);
  });

  it('throws INVALID_OPTION without plans or top plan, or for a top plan not in plans', () => {
    expect(() => upsellCandidates([], {})).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'topPlan' }),
    );
    expect(() => upsellCandidates([], { plans, topPlan: 'Gold' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'topPlan' }),
    );
    expect(() => upsellCandidates([], { plans: ['a', 'a'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'plans[1]' }),
    );
  });

  it('regression: a topPlan that is not a name or a list of names is INVALID_OPTION, not "not iterable"', () => {
    const holed = ['a', 'b', 'c'];
    delete holed[1];
    for (const topPlan of [42, {}, 10n, Symbol('top'), [1], holed]) {
      expect(() => upsellCandidates([], { topPlan: topPlan as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION' }),
      );
    }
    expect(() => upsellCandidates([], { topPlan: 'x', score: {} as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'score' }),
    );
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    it('loses no record, does not mutate the input, does not depend on input order and ranks 1…n', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              plan: fc.constantFrom('Basic', 'Standard', 'Premium', 'Other', null),
              growth: fc.oneof(
                fc.double({ min: -10, max: 110, noNaN: true }),
                fc.integer({ min: 0, max: 3 }),
                fc.constant(null),
              ),
            }),
            { maxLength: 50 },
          ),
          (raw) => {
            const data = raw.map((d, i) => ({ id: `k${i}`, ...d }));
            const copy = structuredClone(data);
            const result = upsellCandidates(data, { plans });
            expect(data).toEqual(copy);
            const seen = [
              ...result.rows.map((r) => r.index),
              ...result.onTopPlan.map((r) => r.index),
              ...result.unknownPlan.map((r) => r.index),
              ...result.excluded.map((r) => r.index),
            ].sort((a, b) => a - b);
            expect(seen).toEqual(data.map((_, i) => i));
            expect(result.rows.map((r) => r.rank)).toEqual(result.rows.map((_, i) => i + 1));
            expect(result.rows.every((r) => r.plan !== 'Premium')).toBe(true);
            const reversed = upsellCandidates([...data].reverse(), { plans });
            expect(reversed.rows.map((r) => r.id)).toEqual(result.rows.map((r) => r.id));
            expect(reversed.onTopPlan.map((r) => r.id)).toEqual(result.onTopPlan.map((r) => r.id));
          },
        ),
        { numRuns: fcRuns },
      );
    });
  });
});
