import type { Id } from './accessor';
import type { ExclusionReason } from './numeric';

/**
 * A record left out of a result, with what caused it. Every kamkit function returns its left-out records in
 * this shape (in `excluded`), so every input record is either in the result's rows or here.
 *
 * - `R`: the reasons the function gives (default {@link ExclusionReason}: `'missing'`, `'text'`,
 *   `'non-finite'`, `'zero'`, `'negative'`).
 * - `X`: fields a function adds or narrows (e.g. `mrrMovements`' `snapshot`, `score`'s `{ id: Id }`); a field
 *   named in `X` replaces the one here. `unknown` adds none.
 *
 * @example
 * const { excluded } = pareto(rows, { value: 'revenue' });
 * const text = excluded.filter((e) => e.reason === 'text').length; // "3 values are text, not numbers"
 */
export type Excluded<T, R extends string = ExclusionReason, X = unknown> = Omit<
  ExcludedFields<T, R>,
  keyof X
> &
  X;

/** The fields every {@link Excluded} has. */
export interface ExcludedFields<T, R extends string> {
  /**
   * The record's id (see the function's `id` option); `null` where a function does not identify records by id
   * (e.g. `mrrByPlan`, whose records repeat per period, when a record has no valid id). Functions whose records
   * always have an id say so through `X` (e.g. `{ id: Id }`).
   */
  id: Id | null;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input (for `mrrMovements`, in its snapshot). */
  index: number;
  /** The option whose value caused the exclusion, e.g. `'value'`, `'x'`, `'mrr'`, `'series'`. */
  field: string;
  /** The raw value read for `field` (`undefined` when nothing was read). */
  value: unknown;
  /** Why the record was left out. */
  reason: R;
}
