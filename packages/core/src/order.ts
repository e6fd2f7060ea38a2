import type { Id } from './accessor';
import { compareIds } from './id';

/**
 * Positions `0…n−1` ordered by value descending, then id ascending ({@link compareIds}). The result does not
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
