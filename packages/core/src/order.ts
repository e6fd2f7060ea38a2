import type { Id } from './accessor';
import { compareIds, idsAscending } from './id';

/**
 * Positions `0…n−1` ordered by the unsigned 32-bit integers `keys`, ascending and stable: an LSD radix sort
 * with 11-bit digits, which moves the keys along with the positions so that every pass reads them in sequence.
 * `keys` is sorted in place.
 *
 * @example
 * const keys = Uint32Array.of(5, 1, 5);
 * radixOrder(keys); // Uint32Array [1, 0, 2]; keys: [1, 5, 5]
 */
export function radixOrder(keys: Uint32Array): Uint32Array {
  const n = keys.length;
  let order: Uint32Array = new Uint32Array(n);
  let key: Uint32Array = keys;
  let nextOrder: Uint32Array = new Uint32Array(n);
  let nextKey: Uint32Array = new Uint32Array(n);
  // The three passes' histograms at once: they do not depend on the order.
  const counts = new Uint32Array(6144);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    order[i] = i;
    counts[k & 2047]!++;
    counts[2048 | ((k >>> 11) & 2047)]!++;
    counts[4096 | (k >>> 22)]!++;
  }
  for (let base = 0, shift = 0; shift < 32; base += 2048, shift += 11) {
    for (let b = base, sum = 0; b < base + 2048; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = key[i]!;
      const t = counts[base | ((k >>> shift) & 2047)]!++;
      nextOrder[t] = order[i]!;
      nextKey[t] = k;
    }
    [order, nextOrder, key, nextKey] = [nextOrder, order, nextKey, key];
  }
  keys.set(key);
  return order;
}

/**
 * Sorts each run of `order` with equal `keys` (the keys in sorted order, as {@link radixOrder} leaves them) in
 * place: by value descending when `values` is given (−0 equals +0, equal infinities tie), then by id ascending
 * ({@link compareIds}), then by position. `ids` is `undefined` when the ids ascend with the positions
 * ({@link idsAscending}): the order by position is then the order by id. A run already in order — as a stable
 * sort leaves equal values whose ids ascend — costs one comparison per position; others are sorted.
 */
export function sortRuns(
  order: Uint32Array,
  keys: Uint32Array,
  ids?: readonly Id[],
  values?: ArrayLike<number>,
): void {
  const n = order.length;
  // Value descending (−0 equals +0, equal infinities tie), then id ascending, then position.
  const compare = (a: number, b: number): number =>
    (values ? values[b]! - values[a]! : 0) || (ids && compareIds(ids[a]!, ids[b]!)) || a - b;
  for (let start = 0, i = 1; i <= n; i++) {
    if (i < n && keys[i] === keys[start]) continue;
    let j = start + 1;
    while (j < i && compare(order[j - 1]!, order[j]!) < 0) j++;
    if (j < i) order.subarray(start, i).sort(compare);
    start = i;
  }
}

/**
 * Positions `0…n−1` ordered by value descending, then id ascending ({@link compareIds}). The result does not
 * depend on the input order, and the inputs are not modified.
 *
 * The positions are first ordered by a stable radix sort ({@link radixOrder}) on the values rounded to 32-bit
 * floats (equal keys mean values within about 6·10⁻⁸ of each other, relatively), then each run of equal keys is
 * sorted by the comparator `values[b] − values[a] || compareIds(…)` (−0 equals +0, equal infinities are ties):
 * the comparator's order, in linear time unless many values agree to seven digits or lie outside the 32-bit
 * range (above about 3.4·10³⁸ or below about 1.4·10⁻⁴⁵ in magnitude: those share a key and are sorted by the
 * comparator). When the ids ascend with the positions (positions as ids, or data sorted by id), equal values
 * are already in id order and cost one comparison each; a caller that knows this already passes `undefined` as
 * `ids`. NaN must be excluded by the caller (every caller does): its place in the order is unspecified.
 */
export function orderByValueDescending(
  values: ArrayLike<number>,
  ids: readonly Id[] | undefined,
): Uint32Array {
  const n = values.length;
  // Keys: the bits of −value as a float (−0 and NaN become +0), as unsigned integers in the floats' order (sign
  // bit flipped for positives, every bit for negatives), so ascending keys are descending values.
  const floats = new Float32Array(n);
  const keys = new Uint32Array(floats.buffer);
  for (let i = 0; i < n; i++) {
    floats[i] = -values[i]! || 0;
    keys[i] = keys[i]! ^ (keys[i]! >> 31 ? -1 : 2 ** 31);
  }
  const order = radixOrder(keys);
  sortRuns(order, keys, ids && !idsAscending(ids) ? ids : undefined, values);
  return order;
}
