import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds, KamkitError, pareto, paretoColumns, paretoFromColumns, paretoRow } from '../src';
import { fcRuns } from './support';

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
    expect(columns.excluded).toEqual([
      { id: 'x', datum: data[2], index: 2, field: 'value', value: 0, reason: 'zero' },
    ]);
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
    expect(paretoFromColumns(columns)).toEqual({
      rows: [0, 1, 2, 3].map((r) => paretoRow(columns, r)),
      excluded: [],
      total: 1_000_000,
      cutoff: 0.8,
      vitalCount: 2,
      vitalShare: 0.5,
      vitalShareInterpolated: 0.5,
    });
  });

  it('leaves pareto’s result with its fields in the documented order', () => {
    expect(Object.keys(pareto([{ value: 1 }]))).toEqual([
      'rows',
      'excluded',
      'total',
      'cutoff',
      'vitalCount',
      'vitalShare',
      'vitalShareInterpolated',
    ]);
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

  it('throws OVERFLOW when the total is beyond Number.MAX_VALUE, as pareto does', () => {
    const data = [{ value: Number.MAX_VALUE }, { value: Number.MAX_VALUE }];
    expect(() => paretoColumns(data)).toThrow(expect.objectContaining({ code: 'OVERFLOW' }));
    expect(() => pareto(data)).toThrow(expect.objectContaining({ code: 'OVERFLOW' }));
  });

  it('throws typed errors naming the field and record', () => {
    const cases: [unknown, object, string, object][] = [
      [[{ value: 1 }], { cutoff: 0 }, 'INVALID_OPTION', { field: 'cutoff' }],
      [[{ value: 1 }], { cutoff: '0.5' }, 'INVALID_OPTION', { field: 'cutoff' }],
      [
        [
          { id: 'a', value: 1 },
          { id: 'a', value: 2 },
        ],
        {},
        'DUPLICATE_ID',
        { field: 'id', id: 'a', index: 1 },
      ],
      [[{ id: {}, value: 1 }], { id: 'id' }, 'INVALID_ID', { field: 'id', index: 0 }],
      [42, {}, 'NOT_ITERABLE', { field: 'data' }],
    ];
    for (const [data, options, code, details] of cases) {
      const error = thrown(() => paretoColumns(data as never, options as never));
      expect(error).toBeInstanceOf(KamkitError);
      expect(error).toMatchObject({ code, ...details });
    }
  });

  it('agrees with a naive reference on ranks, sums, exclusions and the vital few (property)', () => {
    // Integer values, so the reference's plain sums are exact and comparable with the compensated ones.
    const record = fc.record({
      id: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 2 })),
      value: fc.oneof(
        fc.integer({ min: -3, max: 1_000_000 }),
        fc.constantFrom(null, undefined, Number.NaN, Infinity, -0, '5'),
      ),
    });
    // Unique ids, or none (positions as ids).
    const records = fc
      .tuple(fc.uniqueArray(record, { selector: (d) => d.id, maxLength: 50 }), fc.boolean())
      .map(([data, withIds]) => (withIds ? data : data.map(({ value }) => ({ value }))));
    fc.assert(
      fc.property(records, fc.double({ min: 0.01, max: 1, noNaN: true }), (data, cutoff) => {
        const columns = paretoColumns(data, { cutoff });
        const ref = reference(data, cutoff);
        expect([...columns.index]).toEqual(ref.kept.map((k) => k.index));
        expect([...columns.values]).toEqual(ref.kept.map((k) => k.value));
        expect([...columns.cumulative]).toEqual(ref.cumulative);
        expect(columns.total).toBe(ref.total);
        expect(columns.vitalCount).toBe(ref.vitalCount);
        expect(columns.vitalShare).toBe(ref.kept.length ? ref.vitalCount / ref.kept.length : 0);
        expect(columns.ids).toEqual(ref.ids);
        expect(columns.excluded.map((e) => [e.index, e.reason])).toEqual(ref.excluded);
        ref.kept.forEach((k, r) => {
          const row = paretoRow(columns, r);
          expect(row).toMatchObject({ id: ref.ids[k.index], index: k.index, value: k.value, rank: r + 1 });
          expect(row.datum).toBe(data[k.index]);
          expect(row.vital).toBe(r < ref.vitalCount);
          expect(row.cumulativeShare).toBe(r === ref.kept.length - 1 ? 1 : ref.cumulative[r]! / ref.total);
        });
      }),
      { numRuns: fcRuns },
    );
  });
});

/** Pareto by the documented rules, written plainly: what `paretoColumns` must agree with. */
function reference(data: readonly { id?: string | number; value: unknown }[], cutoff: number) {
  const ids = data.map((d, i) => (d.id === undefined ? i : d.id));
  const excluded: [number, string][] = [];
  const kept: { index: number; value: number }[] = [];
  data.forEach((d, index) => {
    const v = d.value;
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === ''))
      excluded.push([index, 'missing']);
    else if (typeof v === 'string') excluded.push([index, 'text']);
    else if (typeof v !== 'number' || !Number.isFinite(v)) excluded.push([index, 'non-finite']);
    else if (v === 0) excluded.push([index, 'zero']);
    else if (v < 0) excluded.push([index, 'negative']);
    else kept.push({ index, value: v });
  });
  kept.sort((a, b) => b.value - a.value || compareIds(ids[a.index]!, ids[b.index]!));
  let sum = 0;
  const cumulative = kept.map((k) => {
    sum += k.value;
    return sum;
  });
  // The smallest k whose cumulative share reaches the cutoff, with the documented tolerance of 1e-9 (relative).
  const reached = cumulative.findIndex((c) => c / sum >= cutoff - 1e-9 * Math.max(0.001, cutoff));
  const vitalCount = kept.length === 0 ? 0 : reached === -1 ? kept.length : reached + 1;
  return { ids, kept, cumulative, total: sum, vitalCount, excluded };
}
