import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KamkitError, pareto, paretoColumns, paretoRow } from '../src';
import { fcRuns } from './support';

/** The fields `pareto`'s result and `paretoColumns` share. */
const SUMMARY = ['total', 'cutoff', 'vitalCount', 'vitalShare', 'vitalShareInterpolated'] as const;

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('paretoColumns', () => {
  it('gives the ranking as columns: index, values and cumulative sums in rank order, ids by input position', () => {
    const data = [
      { id: 'b', value: 5 },
      { id: 'a', value: 5 },
      { id: 'x', value: 0 },
      { id: 'c', value: 10 },
    ];
    const columns = paretoColumns(data, { cutoff: 0.75 });
    expect(columns.data).toBe(data);
    expect(columns.ids).toEqual(['b', 'a', 'x', 'c']);
    expect([...columns.index]).toEqual([3, 1, 0]);
    expect([...columns.values]).toEqual([10, 5, 5]);
    expect([...columns.cumulative]).toEqual([10, 15, 20]);
    expect(columns.total).toBe(20);
    expect(columns.vitalCount).toBe(2);
    expect(columns.vitalShare).toBe(2 / 3);
    expect(columns.excluded).toEqual([{ id: 'x', datum: data[2], index: 2, value: 0, reason: 'zero' }]);
    expect(paretoRow(columns, 1)).toEqual({
      id: 'a',
      datum: data[1],
      index: 1,
      value: 5,
      share: 0.25,
      cumulative: 15,
      cumulativeShare: 0.75,
      rank: 2,
      rankShare: 2 / 3,
      vital: true,
    });
  });

  it('does what the README shows', () => {
    const accounts = [
      { id: 'north', revenue: 540_000 },
      { id: 'south', revenue: 260_000 },
      { id: 'east', revenue: 120_000 },
      { id: 'west', revenue: 80_000 },
    ];
    const columns = paretoColumns(accounts, { value: 'revenue' });
    expect(columns.vitalCount).toBe(2);
    expect(columns.values).toEqual(new Float64Array([540_000, 260_000, 120_000, 80_000]));
    expect(paretoRow(columns, 0).datum).toEqual({ id: 'north', revenue: 540_000 });
    expect(paretoRow(columns, 0)).toEqual(pareto(accounts, { value: 'revenue' }).rows[0]);
  });

  it('copies an iterable that is not an array into `data`', () => {
    const columns = paretoColumns(new Set([{ value: 1 }, { value: 3 }]));
    expect(columns.data).toEqual([{ value: 1 }, { value: 3 }]);
    expect(columns.ids).toEqual([0, 1]);
    expect([...columns.index]).toEqual([1, 0]);
  });

  it('is empty, with zero summaries, when no value is positive', () => {
    const columns = paretoColumns([{ value: -1 }, { value: null }]);
    expect(columns.index).toHaveLength(0);
    expect(columns.values).toHaveLength(0);
    expect(columns.total).toBe(0);
    expect(columns.vitalCount).toBe(0);
    expect(columns.vitalShare).toBe(0);
    expect(columns.excluded.map((e) => e.reason)).toEqual(['negative', 'missing']);
  });

  it('keeps the last row at a cumulative share of exactly 1 when the total overflows', () => {
    const columns = paretoColumns([{ value: Number.MAX_VALUE }, { value: Number.MAX_VALUE }]);
    expect(columns.total).toBe(Infinity);
    expect(paretoRow(columns, 1).cumulativeShare).toBe(1);
    expect(paretoRow(columns, 1)).toEqual(
      pareto([{ value: Number.MAX_VALUE }, { value: Number.MAX_VALUE }]).rows[1],
    );
  });

  it('throws as pareto does', () => {
    for (const [data, options] of [
      [[{ value: 1 }], { cutoff: 0 }],
      [[{ value: 1 }], { cutoff: '0.5' }],
      [
        [
          { id: 'a', value: 1 },
          { id: 'a', value: 2 },
        ],
        {},
      ],
      [[{ id: {}, value: 1 }], { id: 'id' }],
      [42, {}],
    ] as const) {
      const fromColumns = thrown(() => paretoColumns(data as never, options as never));
      const fromRows = thrown(() => pareto(data as never, options as never));
      expect(fromColumns).toBeInstanceOf(KamkitError);
      expect(fromColumns).toEqual(fromRows);
      expect((fromColumns as KamkitError).code).toBe((fromRows as KamkitError).code);
    }
  });

  it('agrees with pareto on every row and summary field (property)', () => {
    const record = fc.record({
      id: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 2 })),
      value: fc.oneof(
        fc.double({ min: -1e6, max: 1e9, noNaN: false }),
        fc.integer({ min: -3, max: 3 }),
        fc.constant(null),
        fc.constant(Number.MAX_VALUE),
      ),
    });
    // Unique ids, or none (positions as ids).
    const records = fc
      .tuple(fc.uniqueArray(record, { selector: (d) => d.id, maxLength: 50 }), fc.boolean())
      .map(([data, withIds]) => (withIds ? data : data.map(({ value }) => ({ value }))));
    fc.assert(
      fc.property(records, fc.double({ min: 0.01, max: 1, noNaN: true }), (data, cutoff) => {
        const rows = pareto(data, { cutoff });
        const columns = paretoColumns(data, { cutoff });
        for (const key of SUMMARY) expect(Object.is(columns[key], rows[key])).toBe(true);
        expect(columns.excluded).toEqual(rows.excluded);
        expect(columns.index).toHaveLength(rows.rows.length);
        expect(columns.ids).toHaveLength(data.length);
        rows.rows.forEach((row, r) => {
          expect(paretoRow(columns, r)).toEqual(row);
          expect(columns.ids[columns.index[r]!]).toBe(row.id);
          expect(columns.values[r]).toBe(row.value);
          expect(columns.cumulative[r]).toBe(row.cumulative);
        });
      }),
      { numRuns: fcRuns },
    );
  });
});
