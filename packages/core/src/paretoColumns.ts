import type { Id } from './accessor';
import { invalidOption, readOptions } from './options';
import type { ParetoOptions, ParetoResult, ParetoRow } from './pareto';
import { cumulativeShare, rankValues, vitalCount } from './ranking';

/**
 * Result of {@link paretoColumns}: the summary of a {@link ParetoResult} with the ranking as columns instead of
 * `rows`. Rank `r + 1` (0-based `r`) is the record `data[index[r]]`, with id `ids[index[r]]`, value `values[r]`
 * and cumulative sum `cumulative[r]`; {@link paretoRow} builds its row.
 */
export interface ParetoColumns<T> extends Omit<ParetoResult<T>, 'rows'> {
  /** The input as an array (the caller's array itself when `data` is one). */
  data: readonly T[];
  /** The id of every input record, excluded ones too, by input position. */
  ids: readonly Id[];
  /** `index[r]`: the input position of the account ranked `r + 1`; its length is the number of ranked accounts. */
  index: Uint32Array;
  /** `values[r]`: the value of the account ranked `r + 1`. */
  values: Float64Array;
  /** `cumulative[r]`: the compensated sum of `values[0…r]`; the last is `total`. */
  cumulative: Float64Array;
}

/**
 * {@link pareto} without building its rows: the same ranking, vital few and exclusions (the same rules and
 * errors), with the accounts in rank order as typed-array columns. For charts and large data sets that read a
 * few rows (build those with {@link paretoRow}) or only the columns: at 10,000 accounts the rows are most of
 * what `pareto` allocates.
 *
 * @example
 * const columns = paretoColumns(accounts, { value: 'revenue' });
 * columns.vitalCount; // e.g. 12
 * columns.values[0]; // the largest revenue
 * paretoRow(columns, 0).datum; // the largest account's record
 */
export function paretoColumns<T>(data: Iterable<T>, options?: ParetoOptions<T> | null): ParetoColumns<T> {
  const o = readOptions(options);
  const cutoff = o.cutoff ?? 0.8;
  if (typeof cutoff !== 'number' || !(cutoff > 0 && cutoff <= 1))
    invalidOption('cutoff', 'must be a number in (0, 1]', cutoff);
  const ranking = rankValues(data, o.value, o.id);
  const n = ranking.values.length;
  const vital = vitalCount(ranking, cutoff);
  let vitalShareInterpolated = 0;
  if (n > 0) {
    // the first point (k/n, c_k) at or above the cutoff, and the one before it
    const before = vital > 1 ? cumulativeShare(ranking, vital - 2) : 0;
    const after = cumulativeShare(ranking, vital - 1);
    const t = after > before ? Math.min(1, Math.max(0, (cutoff - before) / (after - before))) : 1;
    vitalShareInterpolated = (vital - 1 + t) / n;
  }
  return {
    ...ranking,
    cutoff,
    vitalCount: vital,
    vitalShare: vital / n || 0,
    vitalShareInterpolated,
  };
}

/**
 * The row of the account ranked `r + 1` (0-based `r`, `0 ≤ r < index.length`), equal to `pareto(…).rows[r]`
 * on the same data and options. A new object on every call. Throws `KamkitError` `INVALID_OPTION` when
 * `columns` is not a {@link paretoColumns} result (field `'columns'`) or `r` is not an integer in that range
 * (field `'r'`).
 *
 * @example
 * const top = paretoRow(paretoColumns(accounts, { value: 'revenue' }), 0);
 * top.rank; // 1
 */
export function paretoRow<T>(columns: ParetoColumns<T>, r: number): ParetoRow<T> {
  const n = checkColumns(columns).values.length;
  if (!(Number.isInteger(r) && r >= 0 && r < n))
    invalidOption('r', `must be an integer from 0 to ${n - 1}`, r);
  return row(columns, r);
}

/** `columns` when it looks like a {@link paretoColumns} result; `INVALID_OPTION` (field `'columns'`) otherwise. */
function checkColumns<T>(columns: ParetoColumns<T>): ParetoColumns<T> {
  const ok =
    columns !== null &&
    typeof columns === 'object' &&
    columns.values instanceof Float64Array &&
    columns.cumulative instanceof Float64Array &&
    columns.index instanceof Uint32Array &&
    Array.isArray(columns.ids) &&
    Array.isArray(columns.data);
  if (!ok) invalidOption('columns', 'must be a result of paretoColumns', columns);
  return columns;
}

/** {@link paretoRow} without the checks, for columns this module built. */
function row<T>(columns: ParetoColumns<T>, r: number): ParetoRow<T> {
  const n = columns.values.length;
  const i = columns.index[r]!;
  const value = columns.values[r]!;
  const cumulative = columns.cumulative[r]!;
  return {
    id: columns.ids[i]!,
    datum: columns.data[i] as T,
    index: i,
    value,
    share: value / columns.total,
    cumulative,
    // Exactly 1 for the last row, whose cumulative sum is the total.
    cumulativeShare: r === n - 1 ? 1 : cumulative / columns.total,
    rank: r + 1,
    rankShare: (r + 1) / n,
    vital: r < columns.vitalCount,
  };
}

/**
 * The result `pareto` returns, built from `paretoColumns`' result: every row ({@link paretoRow}) and the
 * summary, without the columns (`INVALID_OPTION`, field `'columns'`, when `columns` is not a
 * {@link paretoColumns} result). `pareto(data, options)` is `paretoFromColumns(paretoColumns(data, options))`;
 * call this when the columns are already computed and every row is needed after all.
 *
 * @example
 * const columns = paretoColumns(accounts, { value: 'revenue' });
 * const result = paretoFromColumns(columns); // equal to pareto(accounts, { value: 'revenue' })
 */
export function paretoFromColumns<T>(columns: ParetoColumns<T>): ParetoResult<T> {
  return fromColumns(checkColumns(columns));
}

/** {@link paretoFromColumns} without the check: `pareto` builds the columns itself. */
export function fromColumns<T>(columns: ParetoColumns<T>): ParetoResult<T> {
  // The summary fields, without the columns.
  const { data: _data, ids: _ids, index: _index, values, cumulative: _cumulative, ...summary } = columns;
  const rows: ParetoRow<T>[] = new Array(values.length);
  for (let r = 0; r < values.length; r++) rows[r] = row(columns, r);
  return { rows, ...summary };
}
