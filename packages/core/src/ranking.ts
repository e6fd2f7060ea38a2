import type { Id, IdField, NumberField } from './accessor';
import { fieldOption, readField, toArray } from './accessor';
import type { Excluded } from './excluded';
import { readIds } from './id';
import { addCompensated, finite, gte, shareExclusion } from './numeric';
import { orderByValueDescending } from './order';

/**
 * The accounts with a positive value in rank order (value descending, then id ascending), as columns: what
 * {@link pareto} and {@link abc} build their rows from.
 */
export interface Ranking<T> {
  /** The input as an array. */
  data: readonly T[];
  /** The id of every input record, by input position. */
  ids: Id[];
  /** `index[r]`: the input position of the account ranked `r + 1`. */
  index: Uint32Array;
  /** `values[r]`: its value. */
  values: Float64Array;
  /** `cumulative[r]`: the compensated sum of `values[0…r]`. */
  cumulative: Float64Array;
  /** The sum of all values, `cumulative[n − 1]` (0 when there are none); finite (else `OVERFLOW` was thrown). */
  total: number;
  /** Records left out (value ≤ 0, non-finite or missing), in input order. */
  excluded: Excluded<T>[];
}

/**
 * Reads ids and values (a field name is read without calling an accessor per record), leaves out values that
 * are not positive finite numbers with the reason (field `'value'`), and ranks the rest. Throws as
 * {@link readIds} does, `INVALID_OPTION` for a `value` option that is not a field name or an accessor, and
 * `OVERFLOW` when the total is beyond `Number.MAX_VALUE`.
 */
export function rankValues<T>(
  input: Iterable<T>,
  value: NumberField<T> | undefined,
  id: IdField<T> | undefined,
): Ranking<T> {
  const data = toArray(input);
  const field = fieldOption(value, 'value', 'value');
  const ids = readIds(data, id);
  const n = data.length;
  const read = new Float64Array(n);
  const positions = new Uint32Array(n);
  const excluded: Excluded<T>[] = [];
  let m = 0;
  for (let i = 0; i < n; i++) {
    const datum = data[i] as T;
    const v = readField(field, data, i);
    const reason = shareExclusion(v);
    if (reason) excluded.push({ id: ids[i]!, datum, index: i, field: 'value', value: v, reason });
    else {
      read[m] = v as number;
      positions[m++] = i;
    }
  }
  const order = orderByValueDescending(
    read.subarray(0, m),
    m === n ? ids : Array.from(positions.subarray(0, m), (p) => ids[p] as Id),
  );
  const index = new Uint32Array(m);
  const values = new Float64Array(m);
  const cumulative = new Float64Array(m);
  const running = new Float64Array(2);
  for (let r = 0; r < m; r++) {
    const k = order[r]!;
    index[r] = positions[k]!;
    values[r] = read[k]!;
    cumulative[r] = addCompensated(running, 0, values[r]!);
  }
  return { data, ids, index, values, cumulative, excluded, total: finite(cumulative[m - 1] ?? 0, 'total') };
}

/** `cumulative[r] / total`: exactly 1 for the last account, whose cumulative sum is the total. */
export function cumulativeShare(ranking: Ranking<unknown>, r: number): number {
  return ranking.cumulative[r]! / ranking.total;
}

/**
 * The smallest k such that the first k accounts make at least `cutoff` of the total (≥ robust to
 * floating-point noise); every account when none does before the last; 0 when there are none.
 */
export function vitalCount(ranking: Ranking<unknown>, cutoff: number): number {
  const n = ranking.values.length;
  for (let r = 0; r < n; r++) if (gte(cumulativeShare(ranking, r), cutoff)) return r + 1;
  return n;
}
