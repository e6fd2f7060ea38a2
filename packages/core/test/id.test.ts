import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Id, IdField } from '../src';
import { abc, compareIds, KamkitError, pareto } from '../src';
import { describe as describeValue } from '../src/errors';
import { assertUnique, idsAscending, readIdList, readIds } from '../src/id';
import { fcRuns, propertyTimeout } from './support';

/** The contract, written as the sequential Map check that readIds replaced: the first offending record throws. */
function referenceError(
  raw: readonly unknown[],
): { code: string; index: number; id?: Id; message: string } | null {
  const seen = new Map<unknown, number>();
  for (let i = 0; i < raw.length; i++) {
    const value = raw[i];
    if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
      return {
        code: 'INVALID_ID',
        index: i,
        message: `Record ${i} has id ${describeValue(value)}; an id must be a string or a finite number.`,
      };
    }
    const previous = seen.get(value);
    if (previous !== undefined) {
      return {
        code: 'DUPLICATE_ID',
        index: i,
        id: value,
        message: `Records ${previous} and ${i} share the id ${describeValue(value)}; ids must be unique.`,
      };
    }
    seen.set(value, i);
  }
  return null;
}

function caught(run: () => unknown): KamkitError | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof KamkitError) return error;
    throw error;
  }
}

describe('readIds', () => {
  it('throws the same error as a sequential check, for a field name and for an accessor', {
    timeout: propertyTimeout,
  }, () => {
    // Few distinct ids, so repeats are common; invalid ids now and then; short and long (radix) inputs.
    const id = fc.oneof(
      { weight: 10, arbitrary: fc.integer({ min: 0, max: 40 }).map((k) => `k${k}`) },
      { weight: 10, arbitrary: fc.integer({ min: -20, max: 20 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<unknown>(null, undefined, Number.NaN, Infinity, {}, -0, '1', 1),
      },
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), fc.integer({ min: 0, max: 2000 }), (head, padding) => {
        // unique padding ids after the generated ones make some inputs long
        const raw = [...head, ...Array.from({ length: padding }, (_, i) => `pad${i}`)];
        const records: Record<string, unknown>[] = raw.map((value) => ({ id: value }));
        const expected = referenceError(raw);
        const fields: IdField<Record<string, unknown>>[] = ['id', (d) => d.id as Id];
        for (const field of fields) {
          const error = caught(() => readIds(records, field));
          if (expected === null) expect(error).toBeNull();
          else {
            expect(error).toMatchObject({ code: expected.code, index: expected.index, field: 'id' });
            expect(error?.message).toBe(expected.message);
            if (expected.id !== undefined) expect(Object.is(error?.id, expected.id)).toBe(true);
          }
        }
      }),
      { numRuns: Math.max(100, Math.round(fcRuns / 5)) },
    );
  });

  it('finds repeats in sorted ids (where ascending ids skip the hash check) as a sequential check does', {
    timeout: propertyTimeout,
  }, () => {
    // Sorted ids with repeats now and then, as numbers, as strings (sorted as strings), or numbers then strings.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 1500 }),
        fc.constantFrom('number', 'string', 'mixed'),
        (ints, kind) => {
          const sorted = [...ints].sort((a, b) => a - b);
          const raw: Id[] =
            kind === 'number'
              ? sorted
              : kind === 'string'
                ? sorted.map((k) => `k${String(k).padStart(4, '0')}`)
                : sorted.map((k, i) => (i < sorted.length / 2 ? k : `s${String(k).padStart(4, '0')}`));
          const expected = referenceError(raw);
          const error = caught(() =>
            readIds(
              raw.map((id) => ({ id })),
              'id',
            ),
          );
          if (expected === null) expect(error).toBeNull();
          else expect(error?.message).toBe(expected.message);
          expect(idsAscending(raw)).toBe(new Set(raw).size === raw.length);
        },
      ),
      { numRuns: Math.max(100, Math.round(fcRuns / 5)) },
    );
  });

  it('calls ids ascending only when each is greater than the one before (numbers before strings)', () => {
    expect(idsAscending([])).toBe(true);
    expect(idsAscending([7])).toBe(true);
    expect(idsAscending([1, 2, 'a', 'b'])).toBe(true);
    expect(idsAscending([1, 1])).toBe(false);
    expect(idsAscending([-0, 0])).toBe(false);
    expect(idsAscending(['a', 1])).toBe(false);
    expect(idsAscending(['b', 'a'])).toBe(false);
  });

  it('tells with readIdList whether the ids ascend, as idsAscending does, with the ids readIds reads', () => {
    const id = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.string({ maxLength: 2 }));
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 40, selector: (v) => `${typeof v}:${v}` }),
        fc.boolean(),
        (raw, sorted) => {
          const ids = sorted ? [...raw].sort(compareIds) : raw;
          const records = ids.map((value) => ({ key: value }));
          const list = readIdList(records, 'key');
          expect(list.ids).toEqual(readIds(records, 'key'));
          expect(list.ascending).toBe(idsAscending(ids));
          if (sorted) expect(list.ascending).toBe(true);
        },
      ),
    );
    // Positions (records without an id field) ascend.
    expect(readIdList([{}, {}, {}], undefined)).toEqual({ ids: [0, 1, 2], ascending: true });
  });

  it('treats -0 and 0 as one id, and 1 and "1" as two', () => {
    expect(caught(() => readIds([{ id: 0 }, { id: -0 }], 'id'))).toMatchObject({
      code: 'DUPLICATE_ID',
      index: 1,
    });
    expect(readIds([{ id: 1 }, { id: '1' }], 'id')).toEqual([1, '1']);
  });

  it('uses positions only when no record has an id, and only for the default id', () => {
    expect(readIds([{ name: 'x' }, 5, null, undefined], undefined)).toEqual([0, 1, 2, 3]);
    expect(readIds([{ id: null }, { id: undefined }], undefined)).toEqual([0, 1]);
    expect(caught(() => readIds([{ id: 'a' }, { name: 'x' }], 'id'))).toMatchObject({
      code: 'INVALID_ID',
      index: 1,
    });
  });

  it('regression: a record without an id never takes another record’s real id (mixed ids throw INVALID_ID)', () => {
    // pareto([{id:1,value:1},{value:2},{id:3,value:3}]) used to report DUPLICATE_ID "Records 0 and 1 share the id 1".
    const error = caught(() =>
      pareto([{ id: 1, value: 1 }, { value: 2 }, { id: 3, value: 3 }] as { id?: number; value: number }[]),
    );
    expect(error).toMatchObject({ code: 'INVALID_ID', index: 1, field: 'id' });
    expect(error?.message).toBe('Record 1 has no id, unlike record 0; give every record an id, or none.');
    expect(caught(() => readIds([{ value: 1 }, { id: 0 }], undefined))).toMatchObject({
      code: 'INVALID_ID',
      index: 1,
    });
  });

  it('regression: an id that is an object without a prototype, a BigInt or a Symbol is INVALID_ID, not a TypeError', () => {
    for (const bad of [Object.create(null), 10n, Symbol('s'), { toString: () => 'x' }, Number.NaN, true]) {
      expect(caught(() => readIds([{ id: bad }], undefined))).toMatchObject({ code: 'INVALID_ID', index: 0 });
      expect(caught(() => readIds([{ id: bad }], 'id'))).toMatchObject({ code: 'INVALID_ID', index: 0 });
    }
  });

  it('reports the earliest repeat when several ids repeat, among many ids', () => {
    const ids: Id[] = Array.from({ length: 5000 }, (_, i) => (i % 2 ? `s${i}` : i));
    ids[4000] = 's3'; // repeats record 3
    ids[3000] = 42; // repeats record 42: the earliest repeat
    ids[3500] = 42;
    const error = caught(() => assertUnique(ids));
    expect(error).toMatchObject({ code: 'DUPLICATE_ID', index: 3000, id: 42 });
    expect(error?.message).toBe('Records 42 and 3000 share the id 42; ids must be unique.');
  });

  it('finds a repeat among ids whose hashes collide', () => {
    // Many numbers that are equal modulo 2³² share their hash.
    const ids: Id[] = Array.from({ length: 300 }, (_, i) => i * 2 ** 32);
    expect(caught(() => assertUnique(ids))).toBeNull();
    ids.push(17 * 2 ** 32);
    expect(caught(() => assertUnique(ids))).toMatchObject({ code: 'DUPLICATE_ID', index: 300 });
  });
});

describe('pareto and abc read fields and accessors alike', () => {
  it('gives the same rows for a field name and an accessor, with ties, above and below 512 accounts', () => {
    for (const n of [7, 511, 512, 3000]) {
      const data = Array.from({ length: n }, (_, i) => ({
        key: i % 3 ? `a${(i * 7919) % n}` : (i * 7919) % n,
        amount: i % 11 === 0 ? 0 : i % 13 === 0 ? null : Math.round(((i * 2654435761) % 997) / 7) + 0.25,
      }));
      const byName = pareto(data, { value: 'amount', id: 'key' });
      const byAccessor = pareto(data, { value: (d) => d.amount, id: (d) => d.key });
      expect(byAccessor).toEqual(byName);
      expect(abc(data, { value: (d) => d.amount, id: (d) => d.key })).toEqual(
        abc(data, { value: 'amount', id: 'key' }),
      );
      // ranked by value descending, then id (numbers before strings)
      for (let r = 1; r < byName.rows.length; r++) {
        const a = byName.rows[r - 1]!;
        const b = byName.rows[r]!;
        expect(a.value > b.value || (a.value === b.value && compare(a.id, b.id) < 0)).toBe(true);
      }
      expect(byName.rows.length + byName.excluded.length).toBe(n);
    }
  });

  it('orders values that agree to many digits exactly', () => {
    const values = Array.from({ length: 1000 }, (_, i) => 1e9 + ((i * 7) % 1000) / 1000);
    const result = pareto(values.map((value, i) => ({ id: `x${i}`, value })));
    const sorted = [...values].sort((a, b) => b - a);
    expect(result.rows.map((r) => r.value)).toEqual(sorted);
  });
});

function compare(a: Id, b: Id): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

describe('duplicate ids among large numeric ids', () => {
  it('finds the repeat among 20,000 consecutive ids near 1.7·10¹² and near 2⁵³', () => {
    for (const start of [1.7e12, 2 ** 53 - 40_000]) {
      const ids = Array.from({ length: 20_000 }, (_, i) => start + i);
      expect(() => assertUnique(ids)).not.toThrow();
      ids.push(start + 12_345);
      expect(() => assertUnique(ids)).toThrow(KamkitError);
    }
  });
});
