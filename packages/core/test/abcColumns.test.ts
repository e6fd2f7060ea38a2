import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABC_TIERS, type AbcOptions, abc, abcColumns, abcRow, KamkitError } from '../src';
import { fcRuns } from './support';

const tierOf = (t: number) => ABC_TIERS[t];

describe('abcColumns', () => {
  it('gives the ranking and the tiers as columns, the summary as abc does', () => {
    const data = [
      { id: 'b', value: 30 },
      { id: 'a', value: 30 },
      { id: 'x', value: -1 },
      { id: 'c', value: 20 },
      { id: 'd', value: 20 },
    ];
    const columns = abcColumns(data);
    expect(columns.data).toBe(data);
    expect([...columns.index]).toEqual([1, 0, 3, 4]);
    expect([...columns.values]).toEqual([30, 30, 20, 20]);
    // 30/30/20/20: the third account crosses 80 % and is still A (crossing); the fourth is B (80 % before it is not below a)
    expect([...columns.tiers].map(tierOf)).toEqual(['A', 'A', 'A', 'B']);
    expect(columns.summary).toEqual(abc(data).summary);
    expect(columns.excluded).toEqual(abc(data).excluded);
    expect(abcRow(columns, 3)).toEqual(abc(data).rows[3]);
  });

  it('has no rows to build for no accounts', () => {
    const columns = abcColumns([{ value: 0 }], { method: 'computed' });
    expect(columns.tiers).toEqual(new Uint8Array(0));
    expect(columns.computed).toBeNull();
    expect(columns.summary.A).toEqual({ count: 0, value: 0, share: 0, accountShare: 0 });
  });

  it('throws as abc does for options that do not combine', () => {
    const error = (() => {
      try {
        abcColumns([{ value: 1 }], { method: 'computed', ties: 'group' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(KamkitError);
    expect(error).toMatchObject({ code: 'INVALID_OPTION', field: 'ties' });
    expect(() => abc([{ value: 1 }], { method: 'computed', ties: 'group' })).toThrow(
      /ties cannot be combined/,
    );
  });

  it('abcRow checks its arguments', () => {
    const columns = abcColumns([{ value: 2 }, { value: 1 }]);
    expect(() => abcRow(columns, 2)).toThrow(/r must be an integer from 0 to 1/);
    expect(() => abcRow(columns, 0.5)).toThrow(KamkitError);
    expect(() => abcRow({ ...columns, tiers: [0, 0] } as never, 0)).toThrow(/must be a result of abcColumns/);
  });

  it('gives every account the tier abc gives it, for any options (property)', () => {
    const options = fc.record(
      {
        thresholds: fc
          .tuple(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }))
          .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
        basis: fc.constantFrom('value', 'count'),
        boundary: fc.constantFrom('crossing', 'at-or-below', 'below'),
        ties: fc.constantFrom('order', 'group'),
      },
      { requiredKeys: [] },
    );
    const anyOptions = fc.oneof(
      { weight: 4, arbitrary: options },
      { weight: 1, arbitrary: fc.constant({ method: 'computed' as const }) },
    );
    const records = fc.array(
      fc.record({
        id: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 2 })),
        // few distinct values, so that ties and thresholds met exactly are common
        value: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.double({ min: -10, max: 1e6, noNaN: true })),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(records, anyOptions, (raw, o) => {
        const seen = new Set<unknown>();
        const data = raw.filter((d) => !seen.has(d.id) && seen.add(d.id));
        const opts = o as AbcOptions<(typeof data)[number]>;
        const expected = abc(data, opts);
        const columns = abcColumns(data, opts);
        expect(columns.values.length).toBe(expected.rows.length);
        for (let r = 0; r < expected.rows.length; r++) {
          const row = expected.rows[r]!;
          expect(data[columns.index[r]!]).toBe(row.datum);
          expect(tierOf(columns.tiers[r]!)).toBe(row.tier);
          expect(abcRow(columns, r)).toEqual(row);
        }
        const { rows: _rows, ...summary } = expected;
        const {
          data: _d,
          ids: _i,
          index: _x,
          values: _v,
          cumulative: _c,
          tiers: _t,
          vitalCount: _vc,
          ...rest
        } = columns;
        expect(rest).toEqual(summary);
      }),
      { numRuns: fcRuns },
    );
  });
});
