import type { Id, IdField, NumberField } from './accessor';
import type { Excluded } from './excluded';
import { fromColumns, paretoColumns } from './paretoColumns';

/** Options of {@link pareto}. */
export interface ParetoOptions<T> {
  /** The value of each account (e.g. revenue): a field name or `(d, i, data) => number`. Default: the field `value`. */
  value?: NumberField<T>;
  /**
   * The id of each account (unique). Default: the field `id`; when no record has one, the record's index.
   * Records with and without an `id` field cannot be mixed (`INVALID_ID`).
   */
  id?: IdField<T>;
  /** The share of the total that the vital few make, in (0, 1]. Default `0.8`. */
  cutoff?: number;
}

/** One account in a {@link ParetoResult}, in rank order. */
export interface ParetoRow<T> {
  /** The account's id. */
  id: Id;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input. */
  index: number;
  /** The account's value (positive). */
  value: number;
  /** `value / total`. */
  share: number;
  /** Sum of the values of this account and every account ranked before it. */
  cumulative: number;
  /** `cumulative / total`; exactly 1 for the last row. */
  cumulativeShare: number;
  /** 1-based rank: 1 is the largest value; ties are ranked by id ascending. */
  rank: number;
  /** `rank / n`: the share of accounts up to and including this one. */
  rankShare: number;
  /** `true` for the vital few: the first {@link ParetoResult.vitalCount} rows. */
  vital: boolean;
}

/** Result of {@link pareto}. */
export interface ParetoResult<T> {
  /** Accounts with a positive value, by value descending then id ascending. */
  rows: ParetoRow<T>[];
  /** Records left out (value ≤ 0, text, non-finite or missing; `field` `'value'`), in input order. */
  excluded: Excluded<T>[];
  /** Sum of the values of `rows`. */
  total: number;
  /** The cutoff used. */
  cutoff: number;
  /** The smallest k such that the first k accounts make at least `cutoff` of the total (0 when there are no rows). */
  vitalCount: number;
  /** `vitalCount / rows.length` (0 when there are no rows). */
  vitalShare: number;
  /**
   * The share of accounts at which the cumulative curve — straight lines through (0, 0), (1/n, c₁), …, (1, 1) —
   * reaches `cutoff`; a continuous version of {@link ParetoResult.vitalShare} (0 when there are no rows).
   */
  vitalShareInterpolated: number;
}

/**
 * Pareto analysis: which few accounts make most of the value.
 *
 * Rules:
 * - Accounts are ranked by value descending, then id ascending, so the result does not depend on input order.
 * - Only positive finite numbers take part. Zero, negative, text (strings are never parsed), non-finite (NaN,
 *   ±Infinity, other non-numbers) and missing (`null`, `undefined`, blank) values are returned in `excluded`
 *   with the reason; every input record appears exactly once in `rows` or `excluded`.
 * - The vital few are the smallest k accounts whose cumulative share reaches the cutoff (≥, robust to
 *   floating-point noise: 30/30/20/20 reaches 80 % after three accounts). A single account is always vital.
 * - Cumulative sums are compensated (Neumaier), so the last cumulative share is exactly 1.
 * - `options` may be `null`/`undefined` (all defaults). Throws `KamkitError` `DUPLICATE_ID`/`INVALID_ID` for bad
 *   ids, `INVALID_OPTION` for options that are not an object, a cutoff outside (0, 1] or a `value`/`id` that is
 *   neither a field name nor an accessor, and `OVERFLOW` when the total is beyond `Number.MAX_VALUE` (about
 *   1.8·10³⁰⁸). Errors thrown by the caller's accessors, getters or iterables pass through unchanged.
 * - {@link paretoColumns} gives the same analysis as typed-array columns, without building the rows.
 *
 * @example
 * const result = pareto(accounts, { value: 'revenue', id: 'name' });
 * result.vitalCount; // e.g. 12
 * result.vitalShare; // e.g. 0.2 → "20 % of accounts make 80 % of revenue"
 */
export function pareto<T>(data: Iterable<T>, options?: ParetoOptions<T> | null): ParetoResult<T> {
  return fromColumns(paretoColumns(data, options));
}
