import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AbcState } from '../src/abcOverTime';
import { ABC_STATES, abcOverTime } from '../src/abcOverTime';
import { fcRuns, propertyTimeout } from './support';

/** Generous for long local runs (KAMKIT_FC_RUNS=20000). */

interface Account {
  id: string;
  revenue: Record<string, number | null | undefined>;
}

const accounts: Account[] = [
  { id: 'a', revenue: { 2023: 100, 2024: 10 } },
  { id: 'b', revenue: { 2023: 50, 2024: 80 } },
  { id: 'c', revenue: { 2023: 0, 2024: 20 } },
  { id: 'd', revenue: { 2024: 5 } },
  { id: 'e', revenue: { 2023: Number.NaN, 2024: 1 } },
];

describe('abcOverTime', () => {
  it('gives each account a state per period and the tier of its total', () => {
    const result = abcOverTime(accounts, {
      periods: ['2023', '2024'],
      value: (d, year) => d.revenue[year],
    });
    // 2023: a 100, b 50 → both A (b starts at 67 %); c is 0 → none; d has no record → absent; e is NaN → invalid.
    // 2024: b 80, c 20, a 10, d 5, e 1 → A, A, B, B, C (shares before them 0, 69, 86, 95−, 99 %).
    // Totals: b 130, a 110, c 20, d 5 → A, A, B, C; e has an invalid period → invalid.
    expect(result.rows.map((r) => [r.id, r.states['2023'], r.states['2024'], r.total, r.aggregate])).toEqual([
      ['b', 'A', 'A', 130, 'A'],
      ['a', 'A', 'B', 110, 'A'],
      ['c', 'none', 'A', 20, 'B'],
      ['d', 'absent', 'B', 5, 'C'],
      ['e', 'invalid', 'C', null, 'invalid'],
    ]);
    expect(result.rows[0]?.datum).toBe(accounts[1]);
    expect(result.counts).toEqual({ A: 2, B: 1, C: 1, none: 0, absent: 0, invalid: 1 });
  });

  it('reports invalid values in the period’s excluded list instead of dropping them', () => {
    const result = abcOverTime(accounts, { periods: ['2023', '2024'], value: 'revenue' });
    const first = result.byPeriod[0]!;
    expect(first.period).toBe('2023');
    expect(first.result.excluded.map((e) => [e.id, e.reason])).toEqual([
      ['c', 'zero'],
      ['d', 'missing'],
      ['e', 'non-finite'],
    ]);
    expect(first.counts).toEqual({ A: 2, B: 0, C: 0, none: 1, absent: 1, invalid: 1 });
    expect(result.overall.excluded.map((e) => [e.id, e.reason])).toEqual([['e', 'non-finite']]);
    expect(result.rows.find((r) => r.id === 'e')?.values['2023']).toBeNaN();
  });

  it('counts migrations between consecutive periods in a full state matrix', () => {
    const result = abcOverTime(accounts, { periods: ['2023', '2024'], value: 'revenue' });
    expect(result.migrations).toHaveLength(1);
    const { from, to, matrix } = result.migrations[0]!;
    expect([from, to]).toEqual(['2023', '2024']);
    expect(matrix.A.A).toBe(1); // b
    expect(matrix.A.B).toBe(1); // a
    expect(matrix.none.A).toBe(1); // c
    expect(matrix.absent.B).toBe(1); // d
    expect(matrix.invalid.C).toBe(1); // e
    expect(Object.keys(matrix)).toEqual([...ABC_STATES]);
    expect(Object.keys(matrix.C)).toEqual([...ABC_STATES]);
    const sum = ABC_STATES.reduce((s, f) => s + ABC_STATES.reduce((t, to2) => t + matrix[f][to2], 0), 0);
    expect(sum).toBe(accounts.length);
  });

  it('reads a field keyed by period, numeric periods and arrays alike', () => {
    const data = [
      { id: 1, sales: [5, 1, 0] },
      { id: 2, sales: [1, 5, 5] },
    ];
    const result = abcOverTime(data, { periods: [0, 1, 2], value: 'sales', thresholds: [0.5, 0.9] });
    expect(result.rows.map((r) => [r.id, r.states[0], r.states[1], r.states[2]])).toEqual([
      [2, 'B', 'A', 'A'],
      [1, 'A', 'B', 'none'],
    ]);
    expect(result.migrations.map((m) => [m.from, m.to])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('adds zero and negative values into the total and marks them none', () => {
    const result = abcOverTime(
      [
        { id: 'x', v: { q1: 10, q2: -4 } },
        { id: 'y', v: { q1: -1, q2: -1 } },
      ],
      { periods: ['q1', 'q2'], value: 'v' },
    );
    expect(result.rows.map((r) => [r.id, r.states.q1, r.states.q2, r.total, r.aggregate])).toEqual([
      ['x', 'A', 'none', 6, 'A'],
      ['y', 'none', 'none', -2, 'none'],
    ]);
  });

  it('marks an account with no record in any period absent, and has no migrations for one period', () => {
    const result = abcOverTime([{ id: 'x' }, { id: 'y', v: { p: 3 } }], { periods: ['p'], value: 'v' });
    expect(result.rows.map((r) => [r.id, r.states.p, r.total, r.aggregate])).toEqual([
      ['y', 'A', 3, 'A'],
      ['x', 'absent', null, 'absent'],
    ]);
    expect(result.migrations).toEqual([]);
    const none = abcOverTime([{ id: 'x' }], { periods: [], value: 'v' });
    expect(none.rows[0]?.aggregate).toBe('absent');
  });

  it('passes the abc options to every period and to the aggregate', () => {
    const data = Array.from({ length: 10 }, (_, i) => ({ id: i, v: { p: 10 - i, q: i + 1 } }));
    const result = abcOverTime(data, { periods: ['p', 'q'], value: 'v', basis: 'count' });
    expect(result.byPeriod.map((p) => [p.counts.A, p.counts.B, p.counts.C])).toEqual([
      [2, 3, 5],
      [2, 3, 5],
    ]);
    expect(result.overall.basis).toBe('count');
    expect(result.rows.every((r) => r.total === 11)).toBe(true);
    const computed = abcOverTime(data, { periods: ['p', 'q'], value: 'v', method: 'computed' });
    expect(computed.byPeriod[0]?.result.method).toBe('computed');
  });

  it('throws INVALID_OPTION for periods that are not unique strings or finite numbers, or a missing value', () => {
    const run = (options: object) => () => abcOverTime([], options as never);
    expect(run({ value: 'v' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'periods' }),
    );
    expect(run({ periods: [1, '1'], value: 'v' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'periods[1]' }),
    );
    expect(run({ periods: ['a', Number.NaN], value: 'v' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'periods[1]' }),
    );
    expect(run({ periods: ['a'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'value' }),
    );
    expect(run({ periods: ['a'], value: 'v', thresholds: [2, 3] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'thresholds' }),
    );
    expect(() =>
      abcOverTime(
        [
          { id: 1, v: {} },
          { id: 1, v: {} },
        ],
        { periods: ['a'], value: 'v' },
      ),
    ).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', index: 1 }));
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const cell = fc.oneof(
      fc.integer({ min: -5, max: 100 }),
      fc.double({ min: -10, max: 1e6, noNaN: false }),
      fc.constant(undefined),
      fc.constant(null),
    );
    const data = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 40 });
    const periods = ['p0', 'p1', 'p2'];

    it('counts every account once per period, per migration matrix and overall, whatever the input order', () => {
      fc.assert(
        fc.property(data, (raw) => {
          const input = raw.map((series, i) => ({ id: `k${i}`, series }));
          const copy = structuredClone(input);
          const options = {
            periods,
            value: (d: (typeof input)[number], p: string) => d.series[Number(p[1])],
          };
          const result = abcOverTime(input, options);
          expect(input).toEqual(copy);
          const n = input.length;
          expect(result.rows).toHaveLength(n);
          expect(new Set(result.rows.map((r) => r.index)).size).toBe(n);
          for (const period of result.byPeriod) {
            expect(ABC_STATES.reduce((s, st) => s + period.counts[st], 0)).toBe(n);
            const seen = [...period.result.rows, ...period.result.excluded]
              .map((r) => r.index)
              .sort((a, b) => a - b);
            expect(seen).toEqual(input.map((_, i) => i));
          }
          result.migrations.forEach((migration, k) => {
            for (const from of ABC_STATES) {
              const rowSum = ABC_STATES.reduce((s, to) => s + migration.matrix[from][to], 0);
              expect(rowSum).toBe(result.byPeriod[k]!.counts[from]);
            }
            for (const to of ABC_STATES) {
              const columnSum = ABC_STATES.reduce((s, from) => s + migration.matrix[from][to], 0);
              expect(columnSum).toBe(result.byPeriod[k + 1]!.counts[to]);
            }
          });
          for (const row of result.rows) {
            const states = Object.values(row.states) as AbcState[];
            if (states.includes('invalid')) expect(row.aggregate).toBe('invalid');
            else if (states.every((s) => s === 'absent')) expect(row.aggregate).toBe('absent');
          }
          const reversed = abcOverTime([...input].reverse(), options);
          expect(reversed.rows.map((r) => [r.id, r.states, r.aggregate])).toEqual(
            result.rows.map((r) => [r.id, r.states, r.aggregate]),
          );
          expect(reversed.migrations).toEqual(result.migrations);
        }),
        { numRuns: fcRuns },
      );
    });
  });
});
