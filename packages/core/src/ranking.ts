import type { Id, IdField, NumberField } from './accessor';
import { fieldOption, ownOnly, toArray } from './accessor';
import type { Excluded } from './excluded';
import { readIdList } from './id';
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
 * {@link readIdList} does, `INVALID_OPTION` for a `value` option that is not a field name or an accessor, and
 * `OVERFLOW` when the total is beyond `Number.MAX_VALUE`.
 */
export function rankValues<T>(
  input: Iterable<T>,
  value: NumberField<T> | undefined,
  id: IdField<T> | undefined,
): Ranking<T> {
  const data = toArray(input);
  const field = fieldOption(value, 'value', 'value');
  const name = typeof field === 'string' ? field : '';
  const own = ownOnly(name);
  const { ids, ascending } = readIdList(data, id);
  const n = data.length;
  const read = new Float64Array(n);
  // The input position of `read[k]`: `k` until the first exclusion, so it is only made then.
  let positions: Uint32Array | undefined;
  const excluded: Excluded<T>[] = [];
  let m = 0;
  for (let i = 0; i < n; i++) {
    const datum: unknown = data[i];
    // readField's rule, with the property load in this loop (see ownOnly).
    const v =
      typeof field === 'function'
        ? field(datum as T, i, data)
        : datum !== null && typeof datum === 'object' && (!own || Object.hasOwn(datum, name))
          ? (datum as Record<string, unknown>)[name]
          : undefined;
    const reason = shareExclusion(v);
    if (reason) {
      excluded.push({ id: ids[i]!, datum: datum as T, index: i, field: 'value', value: v, reason });
      positions ??= identity(n, m);
    } else {
      read[m] = v as number;
      if (positions) positions[m] = i;
      m++;
    }
  }
  // Ids that ascend with the positions still do among the included ones: no id comparisons needed.
  const includedIds = ascending
    ? undefined
    : positions
      ? Array.from(positions.subarray(0, m), (p) => ids[p]!)
      : ids;
  const order = orderByValueDescending(read.subarray(0, m), includedIds);
  // Without exclusions the input positions in rank order are the order itself.
  const index = positions ? new Uint32Array(m) : order;
  const values = new Float64Array(m);
  const cumulative = new Float64Array(m);
  const running = new Float64Array(2);
  for (let r = 0; r < m; r++) {
    const k = order[r]!;
    if (positions) index[r] = positions[k]!;
    values[r] = read[k]!;
    cumulative[r] = addCompensated(running, 0, values[r]!);
  }
  return { data, ids, index, values, cumulative, excluded, total: finite(cumulative[m - 1] ?? 0, 'total') };
}

/** A `Uint32Array` of length `n` whose first `m` entries are `0…m−1`. */
function identity(n: number, m: number): Uint32Array {
  const positions = new Uint32Array(n);
  for (let k = 0; k < m; k++) positions[k] = k;
  return positions;
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
