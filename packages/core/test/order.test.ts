import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Id } from '../src';
import { compareIds } from '../src';
import { orderByValueDescending } from '../src/order';
import { fcRuns, propertyTimeout } from './support';

/** The contract, written as the plain comparator sort it must equal. */
function reference(values: readonly number[], ids: readonly Id[]): number[] {
  return values
    .map((_, i) => i)
    .sort((a, b) => (values[b] as number) - (values[a] as number) || compareIds(ids[a] as Id, ids[b] as Id));
}

describe('orderByValueDescending', () => {
  it('orders by value descending, then id ascending, above the radix threshold too', {
    timeout: propertyTimeout,
  }, () => {
    // 512 values and more take the radix path; small inputs the comparator path. Values repeat often (ties).
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 0, maxLength: 3000 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 1e6 }),
        (values, stringIds, salt) => {
          const ids: Id[] = values.map((_, i) =>
            stringIds ? `k${(i * 7919 + salt) % 100_003}` : (i * 7919 + salt) % 100_003,
          );
          const unique = new Set(ids);
          if (unique.size !== ids.length) return;
          expect(Array.from(orderByValueDescending(values, ids))).toEqual(reference(values, ids));
        },
      ),
      { numRuns: Math.max(50, Math.round(fcRuns / 10)) },
    );
  });

  it('orders ids that ascend with the positions (the stable radix sort then orders ties) as the comparator does', {
    timeout: propertyTimeout,
  }, () => {
    // Ascending ids: positions, sorted strings, or numbers then strings; values with many ties and near-ties.
    const value = fc.oneof(
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: 0, max: 8 }).map((k) => 1 + k * 1e-9),
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 0, maxLength: 3000 }),
        fc.constantFrom('position', 'string', 'mixed'),
        (values, kind) => {
          const ids: Id[] = values.map((_, i) =>
            kind === 'position'
              ? i
              : kind === 'string'
                ? `a${String(i).padStart(5, '0')}`
                : i < values.length / 2
                  ? i * 3
                  : `z${i}`.padStart(8, '0'),
          );
          expect(Array.from(orderByValueDescending(values, ids))).toEqual(reference(values, ids));
          // A caller that knows the ids ascend passes none: the same order.
          expect(Array.from(orderByValueDescending(values, undefined))).toEqual(reference(values, ids));
        },
      ),
      { numRuns: Math.max(50, Math.round(fcRuns / 10)) },
    );
  });

  it('treats −0 and +0 as equal and breaks their tie by id', () => {
    const values = Array.from({ length: 600 }, (_, i) => (i % 2 ? -0 : 0));
    const ids = values.map((_, i) => 600 - i);
    expect(Array.from(orderByValueDescending(values, ids))).toEqual(reference(values, ids));
  });
});
