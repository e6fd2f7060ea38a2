import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mrrMovements } from '../src/mrrMovements';
import { fcRuns, propertyTimeout } from './support';

type Snapshot = { id: string; mrr: number | null; plan?: string };

describe('mrrMovements', () => {
  it('splits the change into new, expansion, contraction and churn and computes NRR and GRR (hand-computed)', () => {
    // Worked example in the style of SaaS metrics references (NRR = (start + expansion − contraction − churn) / start,
    // GRR = (start − contraction − churn) / start):
    // start 10,000 = A 4,000 + B 3,000 + C 2,000 + D 1,000. A expands to 6,000 (+2,000), B contracts to 2,500
    // (−500), C stays, D churns (−1,000), E is new (+800). End = 6,000 + 2,500 + 2,000 + 800 = 11,300.
    // NRR = (10,000 + 2,000 − 500 − 1,000) / 10,000 = 105 %; GRR = (10,000 − 500 − 1,000) / 10,000 = 85 %.
    const before: Snapshot[] = [
      { id: 'A', mrr: 4000 },
      { id: 'B', mrr: 3000 },
      { id: 'C', mrr: 2000 },
      { id: 'D', mrr: 1000 },
    ];
    const after: Snapshot[] = [
      { id: 'E', mrr: 800 },
      { id: 'C', mrr: 2000 },
      { id: 'B', mrr: 2500 },
      { id: 'A', mrr: 6000 },
    ];
    const m = mrrMovements(before, after);
    expect(m).toMatchObject({
      startMrr: 10000,
      endMrr: 11300,
      new: 800,
      expansion: 2000,
      contraction: 500,
      churned: 1000,
      netNewMrr: 1300,
      netRevenueRetention: 1.05,
      grossRevenueRetention: 0.85,
      counts: { new: 1, expansion: 1, contraction: 1, churned: 1, unchanged: 1, inactive: 0 },
    });
    expect(m.rows.map((r) => [r.id, r.movement, r.amount])).toEqual([
      ['A', 'expansion', 2000],
      ['D', 'churned', 1000],
      ['E', 'new', 800],
      ['B', 'contraction', 500],
      ['C', 'unchanged', 0],
    ]);
    const d = m.rows.find((r) => r.id === 'D')!;
    expect(d).toMatchObject({
      before: before[3],
      after: undefined,
      datum: before[3],
      beforeIndex: 3,
      afterIndex: null,
    });
  });

  it('treats an MRR of 0 like absence: 0 → paying is new, paying → 0 is churn, 0 → 0 is inactive', () => {
    const m = mrrMovements(
      [
        { id: 'trial', mrr: 0 },
        { id: 'leaving', mrr: 50 },
        { id: 'idle', mrr: 0 },
      ],
      [
        { id: 'trial', mrr: 20 },
        { id: 'leaving', mrr: 0 },
        { id: 'idle', mrr: 0 },
        { id: 'back', mrr: 30 }, // a returning account counts as new: two snapshots cannot tell
      ],
    );
    const byId = Object.fromEntries(m.rows.map((r) => [r.id, r.movement]));
    expect(byId).toEqual({ trial: 'new', leaving: 'churned', idle: 'inactive', back: 'new' });
    expect(m.new).toBe(50);
    expect(m.churned).toBe(50);
  });

  it('counts a change within floating-point noise as unchanged', () => {
    const m = mrrMovements([{ id: 'a', mrr: 0.3 }], [{ id: 'a', mrr: 0.1 + 0.2 }]);
    expect(m.rows[0]).toMatchObject({ movement: 'unchanged', amount: 0, change: 0 });
    expect(m.expansion).toBe(0);
  });

  it('leaves out an account with an unusable MRR in either snapshot and attaches both of its records', () => {
    const before: Snapshot[] = [
      { id: 'ok', mrr: 10 },
      { id: 'bad', mrr: -5 },
    ];
    const after: Snapshot[] = [
      { id: 'ok', mrr: 10 },
      { id: 'bad', mrr: 10 },
      { id: 'gap', mrr: null },
    ];
    const m = mrrMovements(before, after);
    expect(m.rows.map((r) => r.id)).toEqual(['ok']);
    expect(m.startMrr).toBe(10);
    expect(m.endMrr).toBe(10);
    expect(m.excluded.map((e) => [e.id, e.snapshot, e.reason, e.index])).toEqual([
      ['bad', 'before', 'negative', 1],
      ['gap', 'after', 'missing', 2],
    ]);
    expect(m.excluded[0]).toMatchObject({ before: before[1], after: after[1], datum: before[1] });
  });

  it('gives no retention rates when the start MRR is 0', () => {
    const m = mrrMovements([], [{ id: 'a', mrr: 5 }]);
    expect(m.netRevenueRetention).toBeNull();
    expect(m.grossRevenueRetention).toBeNull();
    expect(m.new).toBe(5);
  });

  it('passes plans through so a plan change can be shown', () => {
    const m = mrrMovements([{ id: 'a', mrr: 10, plan: 'Basic' }], [{ id: 'a', mrr: 30, plan: 'Premium' }], {
      plan: 'plan',
    });
    expect(m.rows[0]).toMatchObject({
      planBefore: 'Basic',
      planAfter: 'Premium',
      movement: 'expansion',
      amount: 20,
    });
  });

  it('throws DUPLICATE_ID naming the snapshot', () => {
    const run = () =>
      mrrMovements(
        [{ id: 'a', mrr: 1 }],
        [
          { id: 'a', mrr: 1 },
          { id: 'a', mrr: 2 },
        ],
      );
    expect(run).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', id: 'a', index: 1 }));
    expect(run).toThrow(/after snapshot/);
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const mrr = fc.oneof(
      { weight: 6, arbitrary: fc.double({ min: 0, max: 1e5, noNaN: true }) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 5 }) },
      { weight: 1, arbitrary: fc.constantFrom(null, -1, Number.NaN) },
    );
    const snapshot = fc.uniqueArray(fc.record({ id: fc.integer({ min: 0, max: 20 }), mrr }), {
      selector: (d) => d.id,
      maxLength: 20,
    });

    it('reconciles: start + new + expansion − contraction − churned = end', () => {
      fc.assert(
        fc.property(snapshot, snapshot, (before, after) => {
          const m = mrrMovements(before, after);
          const tolerance = 1e-9 * Math.max(1, m.startMrr, m.endMrr);
          expect(
            Math.abs(m.startMrr + m.new + m.expansion - m.contraction - m.churned - m.endMrr),
          ).toBeLessThanOrEqual(tolerance);
          expect(Math.abs(m.endMrr - m.startMrr - m.netNewMrr)).toBeLessThanOrEqual(tolerance);
          for (const amount of [m.new, m.expansion, m.contraction, m.churned]) {
            expect(amount).toBeGreaterThanOrEqual(0);
          }
          if (m.grossRevenueRetention !== null) {
            expect(m.grossRevenueRetention).toBeLessThanOrEqual(1);
            expect(m.grossRevenueRetention).toBeGreaterThanOrEqual(-1e-12);
            if (m.netRevenueRetention === null) {
              // Documented: null when the ratio cannot be represented (e.g. 1e-12 / 5e-324 overflows).
              const retained = m.startMrr + m.expansion - m.contraction - m.churned;
              expect(Number.isFinite(retained / m.startMrr)).toBe(false);
            } else {
              expect(m.netRevenueRetention).toBeGreaterThanOrEqual(m.grossRevenueRetention - 1e-12);
            }
          }
        }),
        { numRuns: fcRuns },
      );
    });

    it('loses no record, does not mutate the input and does not depend on input order', () => {
      fc.assert(
        fc.property(snapshot, snapshot, (before, after) => {
          const copies = structuredClone([before, after]);
          const m = mrrMovements(before, after);
          expect([before, after]).toEqual(copies);
          const seenBefore = [
            ...m.rows.map((r) => r.beforeIndex),
            ...m.excluded.map((e) => e.beforeIndex),
          ].filter((i) => i !== null);
          const seenAfter = [
            ...m.rows.map((r) => r.afterIndex),
            ...m.excluded.map((e) => e.afterIndex),
          ].filter((i) => i !== null);
          expect(seenBefore.sort((a, b) => a! - b!)).toEqual(before.map((_, i) => i));
          expect(seenAfter.sort((a, b) => a! - b!)).toEqual(after.map((_, i) => i));
          const reversed = mrrMovements([...before].reverse(), [...after].reverse());
          expect(reversed.rows.map((r) => [r.id, r.movement, r.amount])).toEqual(
            m.rows.map((r) => [r.id, r.movement, r.amount]),
          );
          expect(reversed.counts).toEqual(m.counts);
          expect(reversed.excluded.map((e) => e.id)).toEqual(m.excluded.map((e) => e.id));
        }),
        { numRuns: fcRuns },
      );
    });
  });
});
