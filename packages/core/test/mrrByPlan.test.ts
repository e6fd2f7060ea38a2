import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mrrByPlan } from '../src/mrrByPlan';
import { fcRuns, propertyTimeout } from './support';

const records = [
  { account: 'a', month: '2024-02', plan: 'Basic', mrr: 100 },
  { account: 'b', month: '2024-01', plan: 'Premium', mrr: 500 },
  { account: 'a', month: '2024-01', plan: 'Basic', mrr: 100 },
  { account: 'c', month: '2024-02', plan: 'Standard', mrr: 250 },
  { account: 'd', month: '2024-02', plan: 'Basic', mrr: 50 },
];

describe('mrrByPlan', () => {
  it('sums MRR per plan and period, sorts periods and zero-fills missing combinations', () => {
    const result = mrrByPlan(records, { period: 'month', plans: ['Basic', 'Standard', 'Premium'] });
    expect(result.periods).toEqual(['2024-01', '2024-02']);
    expect(result.plans).toEqual(['Basic', 'Standard', 'Premium']);
    expect(result.series.map((s) => [s.plan, s.points.map((p) => p.mrr), s.total])).toEqual([
      ['Basic', [100, 150], 250],
      ['Standard', [0, 250], 250],
      ['Premium', [500, 0], 500],
    ]);
    expect(result.series[0]!.points[1]).toEqual({ period: '2024-02', mrr: 150, count: 2 });
    expect(result.rows).toEqual([
      { period: '2024-01', mrr: { Basic: 100, Standard: 0, Premium: 500 }, total: 600 },
      { period: '2024-02', mrr: { Basic: 150, Standard: 250, Premium: 0 }, total: 400 },
    ]);
    expect(result.total).toBe(1000);
  });

  it('orders plans not listed by total MRR descending, then name, after the listed ones', () => {
    expect(mrrByPlan(records, { period: 'month' }).plans).toEqual(['Premium', 'Basic', 'Standard']);
    expect(mrrByPlan(records, { period: 'month', plans: ['Standard', 'Enterprise'] }).plans).toEqual([
      'Standard',
      'Enterprise',
      'Premium',
      'Basic',
    ]);
  });

  it('adds periods given as an option even without data', () => {
    const result = mrrByPlan(records, { period: 'month', periods: ['2024-03', '2024-01'] });
    expect(result.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(result.rows[2]!.total).toBe(0);
  });

  it('sorts numeric and Date periods and merges equal dates', () => {
    const byNumber = mrrByPlan(
      [
        { period: 10, plan: 'x', mrr: 1 },
        { period: 2, plan: 'x', mrr: 1 },
      ],
      {},
    );
    expect(byNumber.periods).toEqual([2, 10]);
    const byDate = mrrByPlan(
      [
        { period: new Date('2024-02-01'), plan: 'x', mrr: 1 },
        { period: new Date('2024-01-01'), plan: 'x', mrr: 2 },
        { period: new Date('2024-02-01'), plan: 'x', mrr: 3 },
      ],
      {},
    );
    expect(byDate.periods.map((p) => (p as Date).toISOString().slice(0, 10))).toEqual([
      '2024-01-01',
      '2024-02-01',
    ]);
    expect(byDate.series[0]!.points.map((p) => p.mrr)).toEqual([2, 4]);
  });

  it('returns records with a missing period or plan or an unusable MRR in excluded and keeps zero MRR', () => {
    const data = [
      { period: '2024-01', plan: 'x', mrr: 0 },
      { period: null, plan: 'x', mrr: 1 },
      { period: '2024-01', plan: '', mrr: 1 },
      { period: '2024-01', plan: 'x', mrr: -3 },
      { period: new Date('nope'), plan: 'x', mrr: 1 },
      { period: '2024-01', plan: 'x', mrr: '5' },
    ];
    const result = mrrByPlan(data as never[], {});
    expect(result.series[0]!.points[0]).toMatchObject({ mrr: 0, count: 1 });
    expect(result.excluded.map((e) => [e.index, e.field, e.reason])).toEqual([
      [1, 'period', 'missing'],
      [2, 'plan', 'missing'],
      [3, 'mrr', 'negative'],
      [4, 'period', 'non-finite'],
      [5, 'mrr', 'text'],
    ]);
  });

  it('throws INVALID_OPTION for a plans list with repeats or a bad period option', () => {
    expect(() => mrrByPlan([], { plans: ['a', 'a'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'plans[1]' }),
    );
    expect(() => mrrByPlan([], { periods: [null as never] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'periods[0]' }),
    );
  });

  it('keeps the first maxPlans plans and merges the rest into one series named otherPlan', () => {
    const data = [
      { period: 1, plan: 'a', mrr: 5 },
      { period: 1, plan: 'b', mrr: 4 },
      { period: 2, plan: 'c', mrr: 3 },
      { period: 2, plan: 'd', mrr: 2 },
    ];
    const result = mrrByPlan(data, { maxPlans: 2 });
    expect(result.plans).toEqual(['a', 'b', 'Other']);
    expect(result.merged).toEqual(['c', 'd']);
    expect(result.series[2]!.points.map((p) => [p.mrr, p.count])).toEqual([
      [0, 0],
      [5, 2],
    ]);
    expect(result.rows[1]!.mrr).toEqual({ a: 0, b: 0, Other: 5 });
    expect(result.total).toBe(14);
    expect(() => mrrByPlan(data, { maxPlans: 2, otherPlan: 'a' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'otherPlan' }),
    );
    expect(() => mrrByPlan(data, { maxPlans: 1001 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'maxPlans' }),
    );
  });

  it('regression: a new plan and period on every record stays linear (10,000 records, 21 series)', () => {
    const data = Array.from({ length: 10_000 }, (_, i) => ({ period: i, plan: `p${i}`, mrr: i }));
    const result = mrrByPlan(data);
    expect(result.series).toHaveLength(21);
    expect(result.periods).toHaveLength(10_000);
    expect(result.merged).toHaveLength(9_980);
    expect(result.total).toBe((9_999 * 10_000) / 2);
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const data = fc.array(
      fc.record({
        period: fc.oneof(fc.constantFrom('2024-01', '2024-02', '2024-03'), fc.constant(null)),
        plan: fc.constantFrom('Basic', 'Standard', 'Premium', 'Legacy', ''),
        mrr: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(-1), fc.constant(null)),
      }),
      { maxLength: 60 },
    );

    it('loses no record, zero-fills every series, does not mutate the input and does not depend on input order', () => {
      fc.assert(
        fc.property(data, (raw) => {
          const copy = structuredClone(raw);
          const result = mrrByPlan(raw, { plans: ['Basic', 'Standard', 'Premium'] });
          expect(raw).toEqual(copy);
          const counted = result.series.reduce((a, s) => a + s.points.reduce((b, p) => b + p.count, 0), 0);
          expect(counted + result.excluded.length).toBe(raw.length);
          for (const s of result.series) expect(s.points).toHaveLength(result.periods.length);
          const valid = raw.filter((d) => d.period !== null && d.plan !== '' && d.mrr !== null && d.mrr >= 0);
          expect(result.total).toBe(valid.reduce((a, d) => a + (d.mrr as number), 0));
          expect(result.rows.reduce((a, r) => a + r.total, 0)).toBe(result.total);
          const reversed = mrrByPlan([...raw].reverse(), { plans: ['Basic', 'Standard', 'Premium'] });
          expect(reversed.rows).toEqual(result.rows);
          expect(reversed.plans).toEqual(result.plans);
        }),
        { numRuns: fcRuns },
      );
    });
  });
});
