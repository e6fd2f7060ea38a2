import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChurnSignal } from '../src/churnRisk';
import { churnRisk } from '../src/churnRisk';
import { fcRuns, propertyTimeout } from './support';

type Account = {
  id: string;
  mrr?: number | null;
  daysInQueue?: number | null;
  tickets?: number | null;
  usage?: number | null;
  p?: number | null;
};

const signals: ChurnSignal<Account>[] = [
  { key: 'tickets', value: 'tickets', weight: 1, scale: [0, 20] },
  { key: 'usage', value: 'usage', weight: 2, scale: [0, 1], higherIsRiskier: false },
];

describe('churnRisk', () => {
  it('scores risk 0–100 as the weighted mean of the signals mapped from their scales', () => {
    // Hand-computed: tickets 10 of 20 → 50; usage 0.25 (lower is riskier) → 75; risk = (1·50 + 2·75) / 3 = 66.67.
    const result = churnRisk([{ id: 'A', mrr: 100, tickets: 10, usage: 0.25 }], { signals });
    const row = result.rows[0]!;
    expect(row.risk).toBeCloseTo(200 / 3, 12);
    expect(row.level).toBe('high');
    expect(row.atRisk).toBe(true);
    expect(row.signals.map((s) => [s.key, s.score, s.weightShare])).toEqual([
      ['tickets', 50, 1 / 3],
      ['usage', 75, 2 / 3],
    ]);
    expect(row.signals.reduce((a, s) => a + s.contribution, 0)).toBeCloseTo(row.risk, 12);
  });

  it("sets the level 'high' at risk ≥ 66, 'medium' at ≥ 33 and 'low' below, robust to floating-point noise", () => {
    const one: ChurnSignal<{ id: string; r: number }>[] = [
      { key: 'r', value: 'r', weight: 1, scale: [0, 1] },
    ];
    const data = [
      { id: 'h', r: 0.66 },
      { id: 'm', r: 0.33 },
      { id: 'l', r: 0.3299 },
      { id: 'noise', r: 0.1 + 0.23 }, // 0.33000000000000007 or 0.32999999999999996
    ];
    const result = churnRisk(
      data.map((d) => ({ ...d, mrr: 1 })),
      { signals: one },
    );
    const levels = Object.fromEntries(result.rows.map((r) => [r.id, r.level]));
    expect(levels).toEqual({ h: 'high', m: 'medium', l: 'low', noise: 'medium' });
    const custom = churnRisk(
      data.map((d) => ({ ...d, mrr: 1 })),
      { signals: one, levels: [10, 50] },
    );
    expect(Object.fromEntries(custom.rows.map((r) => [r.id, r.level]))).toEqual({
      h: 'high',
      m: 'medium',
      l: 'medium',
      noise: 'medium',
    });
  });

  it("with rankBy: 'mrr' ranks the queue by MRR, then by days in the queue, then by id", () => {
    const data: Account[] = [
      { id: 'd', mrr: 500, daysInQueue: 3, tickets: 20, usage: 0 },
      { id: 'c', mrr: 900, daysInQueue: 1, tickets: 20, usage: 0 },
      { id: 'b', mrr: 500, daysInQueue: 12, tickets: 20, usage: 0 },
      { id: 'a', mrr: 500, daysInQueue: 12, tickets: 20, usage: 0 },
      { id: 'e', mrr: 500, daysInQueue: null, tickets: 20, usage: 0 },
      { id: 'safe', mrr: 5000, daysInQueue: 0, tickets: 0, usage: 1 }, // 0 days: not flagged
    ];
    const result = churnRisk(data, { signals, rankBy: 'mrr' });
    expect(result.ranking.map((r) => r.id)).toEqual(['c', 'a', 'b', 'd', 'e']);
    expect(result.rows[result.rows.length - 1]!.id).toBe('safe');
    expect(result).toMatchObject({ totalMrr: 7900, mrrAtRisk: 2900, accountsAtRisk: 5 });
    expect(result.mrrAtRiskShare).toBeCloseTo(2900 / 7900, 12);
    expect(result.levelCounts).toEqual({ low: 1, medium: 0, high: 5 });
  });

  describe('the at-risk queue, as the template lists it', () => {
    // Worked example. MRR 6000, 2500, 800, 400, 200, 100 (total 10,000). ABC with default rules (80 % / 95 %,
    // the account crossing a threshold stays in the tier above): cumulative shares before each account are
    // 0, 0.60, 0.85, 0.93, 0.97, 0.99 → big A, mid A (0.60 < 0.80), small B (0.85 < 0.95), tiny B (0.93 < 0.95),
    // micro C, nano C.
    type Q = { id: string; mrr: number; daysInQueue?: number | null; flaggedAt?: unknown; tickets: number };
    const queue: Q[] = [
      { id: 'big', mrr: 6000, daysInQueue: 28, tickets: 20 },
      { id: 'mid', mrr: 2500, daysInQueue: 93, tickets: 0 }, // low risk, but flagged: stays in the queue
      { id: 'small', mrr: 800, daysInQueue: 5, tickets: 20 },
      { id: 'tiny', mrr: 400, daysInQueue: 0, flaggedAt: '2024-12-01', tickets: 20 }, // 0 → date is not read
      { id: 'micro', mrr: 200, daysInQueue: null, flaggedAt: '2024-10-02', tickets: 0 }, // 90 days to asOf
      { id: 'nano', mrr: 100, daysInQueue: 0, tickets: 0 }, // neither flagged nor at risk
    ];
    const one: ChurnSignal<Q>[] = [{ key: 'tickets', value: 'tickets', weight: 1, scale: [0, 20] }];

    it('ranks by ABC tier of MRR, then by days waiting (longest first), then by id', () => {
      const result = churnRisk(queue, { signals: one, asOf: '2024-12-31' });
      expect(result.rankBy).toBe('importance');
      expect(result.ranking.map((r) => [r.id, r.tier, r.daysInQueue, r.queueReason])).toEqual([
        ['mid', 'A', 93, 'flagged'],
        ['big', 'A', 28, 'both'],
        ['small', 'B', 5, 'both'],
        ['tiny', 'B', 0, 'risk'],
        ['micro', 'C', 90, 'flagged'],
      ]);
      expect(result.ranking.map((r) => r.queueRank)).toEqual([1, 2, 3, 4, 5]);
      expect(result.rows.find((r) => r.id === 'nano')).toMatchObject({
        atRisk: false,
        queueReason: null,
        queueRank: null,
        tier: 'C',
      });
      expect(result).toMatchObject({
        accountsAtRisk: 5,
        accountsFlagged: 4,
        mrrAtRisk: 9900,
        totalMrr: 10000,
      });
      expect(JSON.parse(JSON.stringify(result.ranking.map(({ datum, ...row }) => row)))).toHaveLength(5);
    });

    it('keeps the manager’s choice of KPI: mrr, risk, waiting or a comparator', () => {
      const ids = (rankBy: Parameters<typeof churnRisk<Q>>[1]['rankBy']) =>
        churnRisk(queue, { signals: one, asOf: '2024-12-31', rankBy }).ranking.map((r) => r.id);
      expect(ids('mrr')).toEqual(['big', 'mid', 'small', 'tiny', 'micro']);
      // risk 100 for big, small, tiny (by importance A, B, B, then days), then 0 for mid (A) and micro (C).
      expect(ids('risk')).toEqual(['big', 'small', 'tiny', 'mid', 'micro']);
      expect(ids('waiting')).toEqual(['mid', 'micro', 'big', 'small', 'tiny']);
      // A comparator decides first; its ties fall back to importance, days, id.
      expect(ids((a, b) => Number(a.flagged) - Number(b.flagged))).toEqual([
        'tiny',
        'mid',
        'big',
        'small',
        'micro',
      ]);
      expect(churnRisk(queue, { signals: one, asOf: '2024-12-31', rankBy: () => Number.NaN }).rankBy).toBe(
        'custom',
      );
      expect(ids(() => Number.NaN)).toEqual(['mid', 'big', 'small', 'tiny', 'micro']);
    });

    it('reads importance from an accessor as a tier or a rank; anything else ranks last', () => {
      const given: Record<string, unknown> = { big: 'c', mid: 2, small: 1, tiny: 'x', micro: 'A' };
      const result = churnRisk(queue, {
        signals: one,
        asOf: '2024-12-31',
        importance: (d) => given[d.id],
      });
      // Rank 1: micro (tier A) waited 90 days, small (rank 1) 5 days; then mid (2), big (C = 3), tiny (unknown).
      expect(result.ranking.map((r) => [r.id, r.importance, r.tier])).toEqual([
        ['micro', 1, 'A'],
        ['small', 1, null],
        ['mid', 2, null],
        ['big', 3, 'C'],
        ['tiny', null, null],
      ]);
    });

    it('counts flaggedAt days in whole UTC days to asOf, flags a future date with 0 days and reports bad dates', () => {
      type D = { id: string; mrr: number; tickets: number; flaggedAt: unknown };
      const data: D[] = [
        { id: 'date', mrr: 1, tickets: 0, flaggedAt: '2024-12-30' },
        { id: 'instant', mrr: 1, tickets: 0, flaggedAt: '2024-12-30T23:59:00Z' },
        { id: 'obj', mrr: 1, tickets: 0, flaggedAt: new Date(Date.UTC(2024, 11, 31)) },
        { id: 'ms', mrr: 1, tickets: 0, flaggedAt: Date.UTC(2024, 0, 1) },
        { id: 'future', mrr: 1, tickets: 0, flaggedAt: '2025-01-15' },
        { id: 'local', mrr: 1, tickets: 0, flaggedAt: '2024-12-30T10:00' },
        { id: 'german', mrr: 1, tickets: 0, flaggedAt: '30.12.2024' },
      ];
      const result = churnRisk(data, {
        signals: [{ key: 'tickets', value: 'tickets', weight: 1, scale: [0, 20] }],
        asOf: new Date(Date.UTC(2024, 11, 31, 8, 0)),
        rankBy: 'waiting',
      });
      expect(result.ranking.map((r) => [r.id, r.daysInQueue])).toEqual([
        ['ms', 365],
        ['date', 1],
        ['instant', 1],
        ['future', 0],
        ['obj', 0],
      ]);
      const issues = Object.fromEntries(result.rows.map((r) => [r.id, r.issues]));
      expect(issues.future).toEqual([{ key: 'flaggedAt', value: '2025-01-15', reason: 'above-scale' }]);
      expect(issues.local).toEqual([{ key: 'flaggedAt', value: '2024-12-30T10:00', reason: 'non-finite' }]);
      expect(issues.german).toEqual([{ key: 'flaggedAt', value: '30.12.2024', reason: 'non-finite' }]);
      expect(
        result.rows
          .filter((r) => !r.flagged)
          .map((r) => r.id)
          .sort(),
      ).toEqual(['german', 'local']);
    });

    it('puts zero-MRR accounts, which ABC leaves out, in tier C', () => {
      const result = churnRisk(
        [
          { id: 'paid', mrr: 100, tickets: 20 },
          { id: 'free', mrr: 0, tickets: 20 },
        ],
        { signals: one as never },
      );
      expect(result.ranking.map((r) => [r.id, r.tier])).toEqual([
        ['paid', 'A'],
        ['free', 'C'],
      ]);
    });
  });

  it('keeps zero-MRR accounts: they can be at risk and add 0 to the MRR at risk', () => {
    const result = churnRisk(
      [
        { id: 'free', mrr: 0, tickets: 20, usage: 0 },
        { id: 'paid', mrr: 100, tickets: 0, usage: 1 },
      ],
      { signals },
    );
    expect(result.excluded).toEqual([]);
    expect(result.ranking.map((r) => r.id)).toEqual(['free']);
    expect(result.mrrAtRisk).toBe(0);
    expect(result.mrrAtRiskShare).toBe(0);
    expect(result.accountsAtRisk).toBe(1);
  });

  it('passes the computed row with its datum to a custom atRisk predicate', () => {
    const data = [
      { id: 'a', mrr: 100, tickets: 8, usage: 0.6, vip: true },
      { id: 'b', mrr: 100, tickets: 8, usage: 0.6, vip: false },
    ];
    const seen: unknown[] = [];
    const result = churnRisk(data, {
      signals: [
        { key: 'tickets', value: 'tickets', weight: 1, scale: [0, 20] },
        { key: 'usage', value: 'usage', weight: 2, scale: [0, 1], higherIsRiskier: false },
      ],
      atRisk: (row) => {
        seen.push(row.datum);
        return row.level !== 'low' && row.datum.vip;
      },
    });
    expect(seen).toEqual([data[0], data[1]]);
    expect(result.ranking.map((r) => r.id)).toEqual(['a']);
  });

  it('drops a missing signal, renormalises the other weights and flags the row incomplete', () => {
    const result = churnRisk([{ id: 'A', mrr: 1, tickets: 10, usage: null }], { signals });
    expect(result.rows[0]).toMatchObject({ risk: 50, incomplete: true });
    expect(result.rows[0]!.issues).toEqual([{ key: 'usage', value: null, reason: 'missing' }]);
  });

  it('clamps a signal outside its scale and reports it', () => {
    const result = churnRisk([{ id: 'A', mrr: 1, tickets: 45, usage: 0 }], { signals });
    expect(result.rows[0]!.risk).toBe(100);
    expect(result.rows[0]!.signals[0]).toMatchObject({ clamped: true, score: 100 });
    expect(result.rows[0]!.issues).toEqual([{ key: 'tickets', value: 45, reason: 'above-scale' }]);
  });

  it('excludes accounts with a negative, missing or non-finite MRR, or without any usable signal', () => {
    const data: Account[] = [
      { id: 'ok', mrr: 1, tickets: 1, usage: 1 },
      { id: 'neg', mrr: -5, tickets: 1, usage: 1 },
      { id: 'none', mrr: null, tickets: 1, usage: 1 },
      { id: 'nan', mrr: Number.NaN, tickets: 1, usage: 1 },
      { id: 'blind', mrr: 10, tickets: null, usage: undefined },
    ];
    const result = churnRisk(data, { signals });
    expect(result.rows.map((r) => r.id)).toEqual(['ok']);
    expect(result.excluded.map((e) => [e.id, e.field, e.reason])).toEqual([
      ['neg', 'mrr', 'negative'],
      ['none', 'mrr', 'missing'],
      ['nan', 'mrr', 'non-finite'],
      ['blind', 'signals', 'missing'],
    ]);
  });

  it('sums the expected loss over all accounts and can rank at-risk accounts by it', () => {
    // Expected loss = Σ MRR × probability: 1000·0.1 + 200·0.9 + 300·0.5 = 100 + 180 + 150 = 430 (the last is not at risk).
    const data: Account[] = [
      { id: 'big', mrr: 1000, tickets: 20, usage: 0, p: 0.1 },
      { id: 'likely', mrr: 200, tickets: 20, usage: 0, p: 0.9 },
      { id: 'calm', mrr: 300, tickets: 0, usage: 1, p: 0.5 },
      { id: 'unknown', mrr: 50, tickets: 20, usage: 0, p: null },
    ];
    const byMrr = churnRisk(data, { signals, probability: 'p', rankBy: 'mrr' });
    expect(byMrr.expectedLoss).toBeCloseTo(430, 9);
    expect(byMrr.ranking.map((r) => r.id)).toEqual(['big', 'likely', 'unknown']);
    const byLoss = churnRisk(data, { signals, probability: 'p', rankBy: 'expected-loss' });
    expect(byLoss.ranking.map((r) => [r.id, r.expectedLoss])).toEqual([
      ['likely', 180],
      ['big', 100],
      ['unknown', null],
    ]);
    const clamped = churnRisk([{ id: 'x', mrr: 10, tickets: 1, usage: 1, p: 1.5 }], {
      signals,
      probability: 'p',
    });
    expect(clamped.rows[0]).toMatchObject({ probability: 1, expectedLoss: 10 });
    expect(clamped.rows[0]!.issues).toEqual([{ key: 'probability', value: 1.5, reason: 'above-scale' }]);
    expect(churnRisk(data, { signals }).expectedLoss).toBeUndefined();
  });

  it('throws INVALID_WEIGHTS when no signal has a positive weight and INVALID_OPTION for bad options', () => {
    expect(() => churnRisk([], { signals: signals.map((s) => ({ ...s, weight: 0 })) })).toThrow(
      expect.objectContaining({ code: 'INVALID_WEIGHTS', field: 'signals' }),
    );
    const bad: [unknown, string][] = [
      [{ signals: [] }, 'signals'],
      [{ signals, levels: [70, 30] }, 'levels'],
      [{ signals, levels: [10, 101] }, 'levels'],
      [{ signals, rankBy: 'expected-loss' }, 'rankBy'],
      [{ signals, rankBy: 'loudest' }, 'rankBy'],
      [{ signals, asOf: '31.12.2024' }, 'asOf'],
      [{ signals, atRisk: 'high' }, 'atRisk'],
      [{ signals: [{ ...signals[0], scale: [5, 5] }] }, 'signals[0].scale'],
    ];
    for (const [options, field] of bad) {
      expect(() =>
        churnRisk([{ id: 'a', mrr: 1, tickets: 1, flaggedAt: '2024-01-01' }], options as never),
      ).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field }));
    }
  });

  it('refuses options that are not an object and field options that are neither a name nor a function', () => {
    expect(() => churnRisk([], null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'options' }),
    );
    for (const field of ['mrr', 'daysInQueue', 'flaggedAt', 'importance', 'probability'] as const) {
      expect(() => churnRisk([], { signals, [field]: 3 } as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field }),
      );
    }
    expect(() => churnRisk([], { signals: [{ ...signals[0]!, value: Symbol('x') as never }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'signals[0].value' }),
    );
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const value = fc.oneof(
      { weight: 6, arbitrary: fc.double({ min: -5, max: 25, noNaN: true }) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
    const records = fc.array(
      fc.record({
        mrr: fc.oneof(
          { weight: 6, arbitrary: fc.double({ min: 0, max: 1e5, noNaN: true }) },
          { weight: 1, arbitrary: fc.constantFrom(0, -1, null) },
        ),
        daysInQueue: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant(null)),
        tickets: value,
        usage: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null)),
        p: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null)),
      }),
      { maxLength: 50 },
    );
    const positive = fc.double({ min: 1e-3, max: 100, noNaN: true });

    it('loses no record, does not mutate the input, does not depend on input order and ranks 1…n', () => {
      fc.assert(
        fc.property(
          records,
          fc.constantFrom(
            'importance' as const,
            'mrr' as const,
            'expected-loss' as const,
            'risk' as const,
            'waiting' as const,
          ),
          (raw, rankBy) => {
            const data = raw.map((d, i) => ({ id: `k${i}`, ...d }));
            const copy = structuredClone(data);
            const options = { signals, probability: 'p' as const, rankBy, levels: [20, 50] as const };
            const result = churnRisk(data, options);
            expect(data).toEqual(copy);
            const seen = [...result.rows.map((r) => r.index), ...result.excluded.map((e) => e.index)].sort(
              (a, b) => a - b,
            );
            expect(seen).toEqual(data.map((_, i) => i));
            expect(result.rows.map((r) => r.rank)).toEqual(result.rows.map((_, i) => i + 1));
            const reversed = churnRisk([...data].reverse(), options);
            expect(reversed.rows.map((r) => r.id)).toEqual(result.rows.map((r) => r.id));
            expect(reversed.ranking.map((r) => r.id)).toEqual(result.ranking.map((r) => r.id));
            expect(result.ranking.every((r) => r.atRisk)).toBe(true);
            // Nothing flagged is dropped: every row with days > 0 is in the queue.
            for (const row of result.rows) if ((row.daysInQueue ?? 0) > 0) expect(row.atRisk).toBe(true);
            expect(result.ranking.map((r) => r.queueRank)).toEqual(result.ranking.map((_, k) => k + 1));
            expect(result.accountsAtRisk).toBe(result.rows.filter((r) => r.atRisk).length);
            expect(result.mrrAtRisk).toBeLessThanOrEqual(result.totalMrr * (1 + 1e-12));
          },
        ),
        { numRuns: fcRuns },
      );
    });

    it('leaves every risk unchanged when all weights are scaled by the same factor', () => {
      fc.assert(
        fc.property(
          records,
          positive,
          positive,
          fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
          (raw, w1, w2, f) => {
            const data = raw.map((d, i) => ({ id: `k${i}`, ...d }));
            const base = churnRisk(data, {
              signals: [
                { ...signals[0]!, weight: w1 },
                { ...signals[1]!, weight: w2 },
              ],
            });
            const scaled = churnRisk(data, {
              signals: [
                { ...signals[0]!, weight: w1 * f },
                { ...signals[1]!, weight: w2 * f },
              ],
            });
            const byId = new Map(scaled.rows.map((r) => [r.id, r.risk]));
            expect(scaled.rows).toHaveLength(base.rows.length);
            for (const row of base.rows) expect(byId.get(row.id)).toBeCloseTo(row.risk, 9);
          },
        ),
        { numRuns: fcRuns },
      );
    });
  });
});
