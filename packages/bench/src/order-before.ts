import type { Id } from '@kamkit/core';
import { compareIds } from '@kamkit/core';

/**
 * packages/core/src/order.ts as it was before the radix sort (commit a0e3d02…c35dc44): the reference that
 * check-order.ts compares against and order-compare.ts times. Positions `0…n−1` ordered by value descending, then id ascending ({@link compareIds}). The result does not
 * depend on the input order, and the inputs are not modified.
 */
export function orderByValueDescending(values: ArrayLike<number>, ids: readonly Id[]): Uint32Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let allNumericIds = true;
  for (let i = 0; i < n; i++) {
    if (typeof ids[i] !== 'number') {
      allNumericIds = false;
      break;
    }
  }
  if (allNumericIds) {
    const numericIds = ids as readonly number[];
    order.sort(
      (a, b) =>
        (values[b] as number) - (values[a] as number) ||
        (numericIds[a] as number) - (numericIds[b] as number),
    );
  } else {
    order.sort(
      (a, b) => (values[b] as number) - (values[a] as number) || compareIds(ids[a] as Id, ids[b] as Id),
    );
  }
  return order;
}
