import { abcColumns, columnRows } from './abcColumns';
import type { ComputedAbcLimits } from './abcComputed';
import type { IdField, NumberField } from './accessor';
import type { Excluded } from './excluded';
import type { ParetoRow } from './pareto';

/** An ABC tier: A = the vital few, B = the middle, C = the trivial many. */
export type AbcTier = 'A' | 'B' | 'C';

/** What the thresholds of {@link abc} apply to: the cumulative share of value, or the share of accounts. */
export type AbcBasis = 'value' | 'count';

/**
 * Where an account at a threshold goes (see {@link abc}):
 * - `'crossing'`: the account that crosses the threshold still belongs to the tier below it;
 * - `'at-or-below'`: the first tier whose threshold is ≥ the account's own cumulative share;
 * - `'below'`: the first tier whose threshold is > the account's own cumulative share.
 */
export type AbcBoundary = 'crossing' | 'at-or-below' | 'below';

/** How equal values are handled: ranked by id like any others (`'order'`), or kept in one tier (`'group'`). */
export type AbcTies = 'order' | 'group';

/** Fixed thresholds (`'fixed'`) or limits computed from the shape of the curve (`'computed'`). */
export type AbcMethod = 'fixed' | 'computed';

/** Options of {@link abc}. */
export interface AbcOptions<T> {
  /** The value of each account (e.g. revenue): a field name or `(d, i, data) => number`. Default: the field `value`. */
  value?: NumberField<T>;
  /** The id of each account (unique). Default: the field `id`; when no record has one, the index (see {@link pareto}). */
  id?: IdField<T>;
  /**
   * The upper limits of A and B, `[a, b]` with 0 < a ≤ b ≤ 1. Default `[0.8, 0.95]` for `basis: 'value'`
   * (A: the first 80 % of value, B: up to 95 %) and `[0.2, 0.5]` for `basis: 'count'` (A: the top 20 % of
   * accounts, B: the next 30 %). Not allowed with `method: 'computed'`.
   */
  thresholds?: readonly [number, number];
  /** What the thresholds apply to. Default `'value'`. Not allowed with `method: 'computed'`. */
  basis?: AbcBasis;
  /** Which tier an account at a threshold takes. Default `'crossing'`. Not allowed with `method: 'computed'`. */
  boundary?: AbcBoundary;
  /** Equal values: `'order'` (default) or `'group'`. Not allowed with `method: 'computed'` (which always groups). */
  ties?: AbcTies;
  /** `'fixed'` (default): the thresholds. `'computed'`: limits from the curve (Ultsch & Lötsch 2015). */
  method?: AbcMethod;
}

/** One account in an {@link AbcResult}: the {@link pareto} row plus its tier. */
export interface AbcRow<T> extends ParetoRow<T> {
  /** The account's tier. */
  tier: AbcTier;
}

/** Totals of one tier. */
export interface AbcTierSummary {
  /** Number of accounts in the tier. */
  count: number;
  /** Sum of their values. */
  value: number;
  /** `value / total` (0 when there are no rows). */
  share: number;
  /** `count / rows.length`, the tier's share of accounts (0 when there are no rows). */
  accountShare: number;
}

/** Result of {@link abc}. */
export interface AbcResult<T> {
  /** Accounts with a positive value, by value descending then id ascending, each with its tier. */
  rows: AbcRow<T>[];
  /** Records left out (value ≤ 0, text, non-finite or missing; `field` `'value'`), in input order. */
  excluded: Excluded<T>[];
  /** Sum of the values of `rows`. */
  total: number;
  /** Count, value, share of value and share of accounts of each tier. */
  summary: Record<AbcTier, AbcTierSummary>;
  /** The method used. */
  method: AbcMethod;
  /** The thresholds used (`null` with `method: 'computed'`). */
  thresholds: readonly [number, number] | null;
  /** The basis used (`null` with `method: 'computed'`). */
  basis: AbcBasis | null;
  /** The boundary rule used (`null` with `method: 'computed'`). */
  boundary: AbcBoundary | null;
  /** The tie rule used (`'group'` with `method: 'computed'`, whose value limits keep equal values together). */
  ties: AbcTies;
  /** The computed limits and the interpolated curve (`null` with `method: 'fixed'` or when there are no rows). */
  computed: ComputedAbcLimits | null;
}

export { ABC_TIERS } from './abcColumns';

/**
 * ABC analysis: splits accounts into A (the vital few), B and C (the trivial many) by their value.
 *
 * Rules:
 * - Accounts are ranked as by {@link pareto} (value descending, then id ascending; the result does not depend
 *   on input order) and each row carries the pareto fields (`share`, `cumulativeShare`, `rank`, …; `vital` is
 *   pareto's, for its default 80 % cutoff). Zero, negative, non-finite and missing values go to `excluded`
 *   with the reason, exactly as in {@link pareto}: every record appears once in `rows` or `excluded`.
 * - `basis: 'value'` (default) measures an account's position by cumulative shares of value: its own
 *   cumulative share `cumulativeShare`, and the cumulative share before it (that of the account ranked just
 *   above, 0 for the first). `basis: 'count'` uses shares of accounts instead: `rank / n` and `(rank − 1) / n`.
 * - `boundary: 'crossing'` (default): an account takes the first tier whose threshold is above the share
 *   *before* it — A while the accounts ranked above it make less than `a`, so the account that crosses 80 %
 *   is still A, and a single account (or the largest one) is always A.
 *   `'at-or-below'`: the first tier whose threshold is ≥ the account's own cumulative share.
 *   `'below'`: the first tier whose threshold is > its own cumulative share.
 *   With these two the last account's own cumulative share is 100 %, so a single account is C (under
 *   `'at-or-below'` only unless a threshold is 1).
 *   Accounts past the last threshold are C. All comparisons tolerate floating-point noise: shares 30/30/20/20
 *   reach exactly 80 % after three accounts.
 * - `basis: 'count'` with the default thresholds `[0.2, 0.5]` and `'crossing'` makes the top ⌈0.2·n⌉ accounts A
 *   and the accounts up to ⌈0.5·n⌉ B.
 * - `ties: 'group'` puts accounts with equal values (exactly equal numbers) in one tier: the tier of the
 *   group's best-ranked member. With `'order'` (default) equal values are ranked by id and may be split.
 * - `method: 'computed'` derives the limits from the shape of the ABC curve — the computed ABC analysis of
 *   Ultsch & Lötsch (2015), "Computed ABC Analysis for Rational Selection of Most Informative Variables in
 *   Multivariate Data", PLoS ONE 10(6): e0129767 — following their R package ABCanalysis 1.2.1 step by step
 *   (see {@link ComputedAbcLimits}): A ends at the Pareto point (nearest to (0, 1)) or, if it lies further
 *   left, the break-even point (slope 1); B ends at the submarginal point. The limits are applied to values,
 *   so equal values always share a tier and an account whose value equals a limit is B. Unlike the R package,
 *   values ≤ 0 are excluded before the curve is drawn (the package counts them as zeros on the share-of-accounts
 *   axis), and when all values are equal every account is A. `thresholds`, `basis`, `boundary` and `ties`
 *   cannot be combined with it.
 * - `options` may be `null`/`undefined` (all defaults; `null` for a single option is its default too). Throws
 *   `KamkitError` `DUPLICATE_ID`/`INVALID_ID` for bad ids, `OVERFLOW` for a total beyond `Number.MAX_VALUE`,
 *   and `INVALID_OPTION` for options that are not an object, thresholds that are not `[a, b]` with
 *   0 < a ≤ b ≤ 1, an unknown `basis`/`boundary`/`ties`/`method`, or options that do not combine with
 *   `method: 'computed'`. Errors thrown by the caller's accessors or getters pass through unchanged.
 * - {@link abcColumns} gives the same analysis as typed-array columns, without building the rows; `abc` builds
 *   its rows from it, so the tier rules live in one place.
 *
 * @example
 * const result = abc(accounts, { value: 'revenue', id: 'name' });
 * result.rows[0]; // { id: 'Acme', tier: 'A', share: 0.31, cumulativeShare: 0.31, rank: 1, … }
 * result.summary.A; // { count: 12, value: 4.1e6, share: 0.82, accountShare: 0.2 }
 *
 * // the top 20 % of accounts by count, ties kept together
 * abc(accounts, { value: 'revenue', basis: 'count', ties: 'group' });
 *
 * // limits computed from the data (Ultsch & Lötsch 2015)
 * abc(accounts, { value: 'revenue', method: 'computed' }).computed?.abLimit;
 */
export function abc<T>(data: Iterable<T>, options?: AbcOptions<T> | null): AbcResult<T> {
  const columns = abcColumns(data, options);
  // The summary fields, without the columns.
  const {
    data: _data,
    ids: _ids,
    index: _index,
    values,
    cumulative: _cumulative,
    tiers: _tiers,
    vitalCount: _vitalCount,
    ...summary
  } = columns;
  return { rows: columnRows(columns, 0, values.length), ...summary };
}
