import type { FieldOrAccessor, Id, IdField } from './accessor';
import { toAccessor, toArray } from './accessor';
import { KamkitError } from './errors';
import { readIds } from './id';
import type { ExclusionReason } from './numeric';
import { CompensatedSum, classifyValue, lte } from './numeric';
import { limitPair, oneOf } from './options';
import { orderByValueDescending } from './order';
import type { Excluded } from './pareto';

/** An XYZ class: X = steady demand, Y = fluctuating, Z = erratic. */
export type XyzClass = 'X' | 'Y' | 'Z';

/** Standard deviation over all N periods (`'population'`, divides by N) or as a sample estimate (N − 1). */
export type XyzDeviation = 'population' | 'sample';

/**
 * Why an account has no XYZ class: its mean is 0 (`'zero-mean'`: the coefficient of variation is undefined),
 * its mean is negative (`'negative-mean'`), or there are too few periods for a deviation (`'too-few-periods'`:
 * none, or one with `deviation: 'sample'`).
 */
export type XyzNullReason = 'zero-mean' | 'negative-mean' | 'too-few-periods';

/** A series of per-period values: an array, any array-like or any iterable of numbers. */
export type XyzSeries = ArrayLike<number | null | undefined> | Iterable<number | null | undefined>;

/** Options of {@link xyz}. */
export interface XyzOptions<T> {
  /** The id of each account. Default: the field `id`, falling back to the record's index. Ids must be unique. */
  id?: IdField<T>;
  /**
   * Each account's values per period in time order (e.g. monthly revenue): a field name or
   * `(d, i, data) => series`. Default: the field `series`.
   */
  series?: FieldOrAccessor<T, XyzSeries | null | undefined>;
  /** Upper limits of the coefficient of variation for X and Y, `[x, y]` with 0 ≤ x ≤ y. Default `[0.5, 1]`. */
  thresholds?: readonly [number, number];
  /** Default `'population'`. */
  deviation?: XyzDeviation;
  /**
   * The number of periods every series is measured over. Default: the length of the longest series. Shorter
   * series are zero-filled at the end; a longer series throws `INVALID_OPTION`.
   */
  periods?: number;
}

/** One account in an {@link XyzResult}. */
export interface XyzRow<T> {
  /** The account's id. */
  id: Id;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input. */
  index: number;
  /** Sum of the zero-filled series. */
  total: number;
  /** Mean per period (`total / periods`; 0 when there are no periods). */
  mean: number;
  /** Standard deviation per {@link XyzOptions.deviation} (`null` with `'too-few-periods'`). */
  standardDeviation: number | null;
  /** Coefficient of variation `standardDeviation / mean` (`null` when `xyz` is `null`). */
  cv: number | null;
  /** `'X'` when cv ≤ thresholds[0], `'Y'` when ≤ thresholds[1], else `'Z'`; `null` with a `reason`. */
  xyz: XyzClass | null;
  /** Why `xyz` is `null`; `null` when it is not. */
  reason: XyzNullReason | null;
  /** 1-based rank by mean descending, then id ascending. */
  rank: number;
}

/** Result of {@link xyz}. */
export interface XyzResult<T> {
  /** Accounts with a series, by mean descending then id ascending. */
  rows: XyzRow<T>[];
  /** Records without a usable series: `'missing'` (no series) or `'non-finite'` (a value that is not a number). */
  excluded: Excluded<T>[];
  /** The number of periods every series was measured over. */
  periods: number;
  /** The thresholds used. */
  thresholds: readonly [number, number];
  /** The deviation used. */
  deviation: XyzDeviation;
  /** Number of accounts per class, and without a class (`null`). */
  counts: Record<XyzClass | 'null', number>;
}

const DEVIATIONS: readonly XyzDeviation[] = ['population', 'sample'];

/** A series read into an array, or why it could not be. */
function readSeries(raw: unknown): { values: number[] } | { reason: ExclusionReason } {
  if (raw === null || raw === undefined) return { reason: 'missing' };
  if (typeof raw !== 'object') return { reason: 'non-finite' };
  let items: unknown[];
  if (typeof (raw as Iterable<unknown>)[Symbol.iterator] === 'function')
    items = Array.from(raw as Iterable<unknown>);
  else if (typeof (raw as ArrayLike<unknown>).length === 'number')
    items = Array.from(raw as ArrayLike<unknown>);
  else return { reason: 'non-finite' };
  const values = new Array<number>(items.length);
  for (let k = 0; k < items.length; k++) {
    const kind = classifyValue(items[k]);
    if (kind === 'non-finite') return { reason: 'non-finite' };
    values[k] = kind === 'missing' ? 0 : (items[k] as number);
  }
  return { values };
}

/**
 * XYZ analysis: classifies accounts by how steady their values are over time, by the coefficient of variation
 * (standard deviation / mean) of each account's series.
 *
 * Rules:
 * - Each series is read in time order. `undefined`/`null` entries count as 0 ("zero-filled": a period without
 *   demand), and every series is measured over the same number of periods — `periods`, or the longest series —
 *   with missing periods at the end counting as 0.
 * - cv = standard deviation / mean, with the population deviation (divide by N, default) or the sample deviation
 *   (`deviation: 'sample'`, divide by N − 1). Sums are compensated.
 * - `'X'` when cv ≤ thresholds[0] (default 0.5), `'Y'` when cv ≤ thresholds[1] (default 1.0), else `'Z'`;
 *   a cv at a threshold belongs to the lower class (comparisons tolerate floating-point noise).
 * - A mean of 0 gives `xyz: null` with reason `'zero-mean'`; a negative mean `'negative-mean'`; no periods (or
 *   one period with `'sample'`) `'too-few-periods'`. These accounts stay in `rows`. Negative entries (e.g.
 *   returns) are allowed.
 * - A record whose series is missing (`undefined`/`null`) is in `excluded` with reason `'missing'`; one whose
 *   series is not an array or iterable, or holds a value that is not a finite number (NaN, ±Infinity, a
 *   string — never parsed) with reason `'non-finite'`. Every record appears once in `rows` or `excluded`.
 * - Rows are ordered by mean descending, then id ascending, so the result does not depend on input order.
 * - Throws `KamkitError` `DUPLICATE_ID`/`INVALID_ID` for bad ids and `INVALID_OPTION` for thresholds that are
 *   not `[x, y]` with 0 ≤ x ≤ y, an unknown `deviation`, a `periods` that is not a non-negative integer, or a
 *   series longer than `periods` (naming the record).
 *
 * @example
 * const result = xyz(accounts, { id: 'name', series: (d) => d.monthlyRevenue });
 * result.rows[0]; // { id: 'Acme', mean: 41000, standardDeviation: 6150, cv: 0.15, xyz: 'X', … }
 */
export function xyz<T>(data: Iterable<T>, options: XyzOptions<T> = {}): XyzResult<T> {
  const thresholds = limitPair(options.thresholds, [0.5, 1], 'thresholds', {
    min: 0,
    max: Number.POSITIVE_INFINITY,
    minInclusive: true,
  });
  const deviation = oneOf(options.deviation, DEVIATIONS, 'population', 'deviation');
  const minPeriods = options.periods;
  if (minPeriods !== undefined && !(Number.isInteger(minPeriods) && minPeriods >= 0)) {
    throw new KamkitError(
      'INVALID_OPTION',
      `periods must be a non-negative integer; got ${String(minPeriods)}.`,
      { field: 'periods' },
    );
  }
  const array = toArray(data);
  const ids = readIds(array, options.id);
  const readRaw = toAccessor<T, unknown>((options.series ?? 'series') as string);

  const included: number[] = [];
  const seriesOf: number[][] = [];
  const excluded: Excluded<T>[] = [];
  let periods = minPeriods ?? 0;
  for (let i = 0; i < array.length; i++) {
    const datum = array[i] as T;
    const raw = readRaw(datum, i, array);
    const read = readSeries(raw);
    if ('reason' in read) {
      excluded.push({ id: ids[i] as Id, datum, index: i, value: raw, reason: read.reason });
      continue;
    }
    if (minPeriods !== undefined && read.values.length > minPeriods) {
      throw new KamkitError(
        'INVALID_OPTION',
        `Record ${i} (id ${JSON.stringify(ids[i])}) has a series of ${read.values.length} periods, more than periods (${minPeriods}).`,
        { field: 'periods', index: i, id: ids[i] as Id },
      );
    }
    periods = Math.max(periods, read.values.length);
    included.push(i);
    seriesOf.push(read.values);
  }

  const means = new Array<number>(included.length);
  const rowsByInput: Omit<XyzRow<T>, 'rank'>[] = included.map((index, k) => {
    const series = seriesOf[k] as number[];
    const sum = new CompensatedSum();
    for (const v of series) sum.add(v);
    const total = sum.value;
    const mean = periods > 0 ? total / periods : 0;
    means[k] = mean;
    let sd: number | null = null;
    const divisor = deviation === 'sample' ? periods - 1 : periods;
    if (divisor > 0) {
      const squares = new CompensatedSum();
      for (let t = 0; t < periods; t++) {
        const d = (t < series.length ? (series[t] as number) : 0) - mean;
        squares.add(d * d);
      }
      sd = Math.sqrt(Math.max(0, squares.value) / divisor);
    }
    let reason: XyzNullReason | null = null;
    if (sd === null) reason = 'too-few-periods';
    else if (mean === 0) reason = 'zero-mean';
    else if (mean < 0) reason = 'negative-mean';
    const cv = reason === null ? (sd as number) / mean : null;
    const cls: XyzClass | null =
      cv === null ? null : lte(cv, thresholds[0]) ? 'X' : lte(cv, thresholds[1]) ? 'Y' : 'Z';
    return {
      id: ids[index] as Id,
      datum: array[index] as T,
      index,
      total,
      mean,
      standardDeviation: sd,
      cv,
      xyz: cls,
      reason,
    };
  });

  const order = orderByValueDescending(
    means,
    included.map((i) => ids[i] as Id),
  );
  const counts: Record<XyzClass | 'null', number> = { X: 0, Y: 0, Z: 0, null: 0 };
  const rows: XyzRow<T>[] = new Array(order.length);
  for (let r = 0; r < order.length; r++) {
    const row = rowsByInput[order[r] as number] as Omit<XyzRow<T>, 'rank'>;
    rows[r] = { ...row, rank: r + 1 };
    counts[row.xyz ?? 'null']++;
  }
  return { rows, excluded, periods, thresholds, deviation, counts };
}
