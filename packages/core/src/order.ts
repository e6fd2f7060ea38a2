import type { Id } from './accessor';
import { compareIds } from './id';

/** Index (0 or 1) of a double's high 32-bit word in a Uint32Array view of it: 1 on little-endian platforms. */
const HI = new Uint32Array(new Float64Array([-0]).buffer)[1] ? 1 : 0;

/**
 * Positions `0…n−1` ordered by value descending, then id ascending ({@link compareIds}). The result does not
 * depend on the input order, and the inputs are not modified.
 *
 * From 512 values on, the positions are ordered by a stable LSD radix sort on the values' 64 bits (six 11-bit
 * digits) and only runs of equal values are then sorted by id: the same order as the comparator
 * `values[b] − values[a] || compareIds(…)` (−0 equals +0, equal infinities are ties) in linear time. Values
 * with NaN or non-numbers take that comparator sort.
 */
export function orderByValueDescending(values: ArrayLike<number>, ids: readonly Id[]): Uint32Array {
  const n = values.length;
  let numeric = true;
  for (let i = 0; i < n && numeric; i++) numeric = typeof ids[i] === 'number';
  const tie = numeric
    ? (a: number, b: number) => (ids[a] as number) - (ids[b] as number)
    : (a: number, b: number) => compareIds(ids[a] as Id, ids[b] as Id);
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  // Keys: −value as unsigned 64-bit integers in the doubles' order (sign bit flipped for positives, every bit
  // for negatives), so ascending keys are descending values; −0 becomes +0.
  const keys = new Float64Array(n);
  const words = new Uint32Array(keys.buffer);
  let radix = n >= 512;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    radix &&= typeof v === 'number' && !Number.isNaN(v);
    keys[i] = -(v as number) || 0;
    const high = words[2 * i + HI]!;
    const flip = high >>> 31 ? -1 : 0;
    words[2 * i + HI] = high ^ (flip | 0x80000000);
    words[2 * i + 1 - HI] = words[2 * i + 1 - HI]! ^ flip;
    order[i] = i;
  }
  if (!radix) return order.sort((a, b) => (values[b] as number) - (values[a] as number) || tie(a, b));
  const counts = new Uint32Array(2048);
  for (let d = 0; d < 6; d++) {
    const word = d < 3 ? 1 - HI : HI;
    const shift = (d % 3) * 11;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(words[2 * i + word]! >>> shift) & 2047]!++;
    for (let b = 0, sum = 0; b < 2048; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) next[counts[(words[2 * order[i]! + word]! >>> shift) & 2047]!++] = order[i]!;
    [order, next] = [next, order];
  }
  // Equal values are now adjacent, in input order: sort each run by id.
  for (let start = 0, i = 1; i <= n; i++) {
    if (i < n && values[order[i]!] === values[order[start]!]) continue;
    if (i - start > 1) order.subarray(start, i).sort(tie);
    start = i;
  }
  return order;
}
