import type { AbcOptions, AbcResult, AbcRow, AbcTier } from './abc';
import { abc } from './abc';
import type { FieldOrAccessor, Id, IdField, NumberField } from './accessor';
import { toArray } from './accessor';
import type { Excluded } from './excluded';
import { readIds } from './id';
import type { ExclusionReason } from './numeric';
import { CompensatedSum, finite } from './numeric';
import { readOptions } from './options';
import type { XyzClass, XyzNullReason, XyzOptions, XyzResult, XyzRow, XyzSeries } from './xyz';
import { xyz } from './xyz';

/** A cell of the ABC/XYZ grid: the ABC tier followed by the XYZ class, `'AX'` … `'CZ'`. */
export type AbcXyzCell = `${AbcTier}${XyzClass}`;

/**
 * The nine cells, row by row: AX, AY, AZ, BX, …, CZ.
 *
 * @example
 * const counts = ABC_XYZ_CELLS.map((cell) => grid.cells[cell].count);
 */
export const ABC_XYZ_CELLS: readonly AbcXyzCell[] = /* @__PURE__ */ Object.freeze([
  'AX',
  'AY',
  'AZ',
  'BX',
  'BY',
  'BZ',
  'CX',
  'CY',
  'CZ',
] as const);

/** Options of {@link abcXyz}. */
export interface AbcXyzOptions<T> {
  /** The id of each account (unique). Default: the field `id`; when no record has one, the index (see {@link abc}). */
  id?: IdField<T>;
  /** Each account's values per period, for XYZ: see {@link XyzOptions.series}. Default: the field `series`. */
  series?: FieldOrAccessor<T, XyzSeries | null | undefined>;
  /**
   * The value for ABC: a field name or `(d, i, data) => number`. Default: the total of the account's series
   * (so one monthly revenue series drives both analyses).
   */
  value?: NumberField<T>;
  /** Options of the {@link abc} step (thresholds, basis, boundary, ties, method). */
  abc?: Omit<AbcOptions<T>, 'value' | 'id'>;
  /** Options of the {@link xyz} step (thresholds, deviation, periods). */
  xyz?: Omit<XyzOptions<T>, 'series' | 'id'>;
}

/** One account in the grid. */
export interface AbcXyzRow<T> {
  /** The account's id. */
  id: Id;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input. */
  index: number;
  /** The ABC value. */
  value: number;
  /** The ABC tier. */
  tier: AbcTier;
  /** The XYZ class. */
  xyz: XyzClass;
  /** The grid cell, e.g. `'AX'`. */
  cell: AbcXyzCell;
  /** The account's {@link abc} row (rank, shares, …). */
  abcRow: AbcRow<T>;
  /** The account's {@link xyz} row (mean, cv, …). */
  xyzRow: XyzRow<T>;
}

/** Totals of one cell. */
export interface AbcXyzCellSummary {
  /** Number of accounts in the cell. */
  count: number;
  /** Sum of their ABC values. */
  value: number;
  /** `value` / the sum over all cells (0 when the grid is empty). */
  share: number;
  /** `count` / the number of accounts in the grid (0 when the grid is empty). */
  accountShare: number;
}

/** Result of {@link abcXyz}. */
export interface AbcXyzResult<T> {
  /** Accounts with both a tier and a class, in ABC order (value descending, then id ascending). */
  rows: AbcXyzRow<T>[];
  /**
   * Every other record, in input order, with the `step` that left it out first (`'abc'`: no tier; `'xyz'`: a
   * tier but no class), the `field` (`'value'` or `'series'`), the value read and the reason. For an account
   * without a class (`'zero-mean'`, `'negative-mean'`, `'too-few-periods'`) `value` is the series' mean.
   */
  excluded: Excluded<T, ExclusionReason | XyzNullReason, { step: 'abc' | 'xyz' }>[];
  /** The nine cells: count, value and shares. */
  cells: Record<AbcXyzCell, AbcXyzCellSummary>;
  /** Sum of the ABC values of `rows`. */
  total: number;
  /** The full {@link abc} result (all accounts with a positive value). */
  abc: AbcResult<T>;
  /** The full {@link xyz} result (all accounts with a series). */
  xyz: XyzResult<T>;
}

/**
 * ABC/XYZ analysis: the 3×3 grid of value (ABC) against steadiness (XYZ) — AX accounts are valuable and
 * steady, CZ accounts small and erratic.
 *
 * Rules:
 * - ABC is {@link abc} of `value` with the options in `abc`; XYZ is {@link xyz} of `series` with the options in
 *   `xyz`. All their rules apply; `abc` and `xyz` hold the full results.
 * - Without `value`, an account's ABC value is the total of its series, so a single revenue series drives
 *   both; a record whose series is missing or not numeric then has no ABC value either (step `'abc'`, with the
 *   series' field, value and reason: `'missing'`, `'text'` or `'non-finite'`).
 * - An account is in `rows` when it has both a tier and a class; otherwise it is in `excluded` with the step
 *   that left it out first (`'abc'`: value ≤ 0, text, non-finite or missing; `'xyz'`: no series, a non-numeric
 *   series, or no class — `'zero-mean'`, `'negative-mean'`, `'too-few-periods'`). Every record appears once.
 * - `cells` has all nine cells (zeros for empty ones); shares are of the grid's accounts and value.
 * - Rows follow ABC order, so the result does not depend on input order.
 * - `options`, `abc` and `xyz` may be `null`/`undefined`. Throws what {@link abc} and {@link xyz} throw, and
 *   `INVALID_OPTION` when `options`, `abc` or `xyz` is not an object.
 *
 * @example
 * const grid = abcXyz(accounts, { id: 'name', series: 'monthlyRevenue' });
 * grid.cells.AX; // { count: 7, value: 2.9e6, share: 0.61, accountShare: 0.14 }
 * grid.rows.find((r) => r.id === 'Acme')?.cell; // 'AY'
 */
export function abcXyz<T>(data: Iterable<T>, options?: AbcXyzOptions<T> | null): AbcXyzResult<T> {
  const o = readOptions(options);
  const abcOptions = readOptions(o.abc, 'abc');
  const xyzOptions = readOptions(o.xyz, 'xyz');
  const array = toArray(data);
  const ids = readIds(array, o.id);
  const id = (_: T, i: number) => ids[i]!;
  const xyzResult = xyz(array, { ...xyzOptions, id, series: o.series });
  const xyzExcluded = new Array<Excluded<T> | undefined>(array.length);
  for (const e of xyzResult.excluded) xyzExcluded[e.index] = e;

  let value: NumberField<T> | undefined = o.value ?? undefined;
  if (value === undefined) {
    // Default: the series total; a record without a usable series has none (its exclusion is xyz's, below).
    const totals = new Array<number | undefined>(array.length);
    for (const row of xyzResult.rows) totals[row.index] = row.total;
    value = (_: T, i: number) => totals[i];
  }
  const abcResult = abc(array, { ...abcOptions, id, value });

  const xyzByIndex = new Array<XyzRow<T> | undefined>(array.length);
  for (const row of xyzResult.rows) xyzByIndex[row.index] = row;

  const rows: AbcXyzRow<T>[] = [];
  const excluded: AbcXyzResult<T>['excluded'] = [];
  for (const e of abcResult.excluded) {
    const fromSeries = o.value == null ? xyzExcluded[e.index] : undefined;
    excluded.push({ ...(fromSeries ?? e), step: 'abc' });
  }
  for (const abcRow of abcResult.rows) {
    const xyzRow = xyzByIndex[abcRow.index];
    if (xyzRow === undefined || xyzRow.xyz === null) {
      const { id, datum, index } = abcRow;
      excluded.push(
        xyzRow === undefined
          ? { ...xyzExcluded[index]!, step: 'xyz' }
          : { id, datum, index, field: 'series', value: xyzRow.mean, reason: xyzRow.reason!, step: 'xyz' },
      );
      continue;
    }
    rows.push({
      id: abcRow.id,
      datum: abcRow.datum,
      index: abcRow.index,
      value: abcRow.value,
      tier: abcRow.tier,
      xyz: xyzRow.xyz,
      cell: `${abcRow.tier}${xyzRow.xyz}`,
      abcRow,
      xyzRow,
    });
  }
  excluded.sort((a, b) => a.index - b.index);

  const sums = {} as Record<AbcXyzCell, CompensatedSum>;
  const counts = {} as Record<AbcXyzCell, number>;
  for (const cell of ABC_XYZ_CELLS) {
    sums[cell] = new CompensatedSum();
    counts[cell] = 0;
  }
  const grand = new CompensatedSum();
  for (const row of rows) {
    sums[row.cell].add(row.value);
    counts[row.cell]++;
    grand.add(row.value);
  }
  const total = finite(grand.value, 'total');
  const cells = {} as Record<AbcXyzCell, AbcXyzCellSummary>;
  for (const cell of ABC_XYZ_CELLS) {
    const v = sums[cell].value;
    cells[cell] = {
      count: counts[cell],
      value: v,
      share: total > 0 ? v / total : 0,
      accountShare: rows.length > 0 ? counts[cell] / rows.length : 0,
    };
  }
  return { rows, excluded, cells, total, abc: abcResult, xyz: xyzResult };
}
