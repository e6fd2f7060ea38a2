import type { FieldOrAccessor, Id, IdField } from './accessor';
import { fieldOption, readField, toArray } from './accessor';
import { describe, KamkitError } from './errors';
import type { Excluded } from './excluded';
import { readIds } from './id';
import type { ExclusionReason } from './numeric';
import { CompensatedSum, classifyValue, finite, lte } from './numeric';
import { integerOption, limitPair, oneOf, readOptions } from './options';
import { orderByValueDescending } from './order';

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
  /** The id of each account (unique). Default: the field `id`; when no record has one, the index (see {@link pareto}). */
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
   * The number of periods every series is measured over, an integer from 0 to {@link MAX_PERIODS} (100,000).
   * Default: the length of the longest series. Shorter series are zero-filled at the end; a longer series
   * throws `INVALID_OPTION`.
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
  /** Records without a usable series (`field` `'series'`; reason `'missing'`, `'text'` or `'non-finite'`), in input order. */
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

/** The most periods a series may have, and the largest `periods` option: a documented bound on the work. */
export const MAX_PERIODS = 100_000;

/**
 * A series read into an array, or why it could not be (`'long'`: more than {@link MAX_PERIODS} entries — read
 * no further, so an endless iterable stops too).
 */
function readSeries(raw: unknown): { values: number[] } | { reason: ExclusionReason | 'long' } {
  if (typeof raw === 'string') return { reason: raw.trim() === '' ? 'missing' : 'text' };
  if (raw == null) return { reason: 'missing' };
  if (typeof raw !== 'object') return { reason: 'non-finite' };
  const values: number[] = [];
  let reason: ExclusionReason | 'long' | undefined;
  const take = (item: unknown): boolean => {
    if (values.length === MAX_PERIODS) reason = 'long';
    else {
      const kind = classifyValue(item);
      if (kind === 'missing') values.push(0);
      else if (kind === 'ok') values.push(item as number);
      else reason ??= kind;
    }
    return reason !== 'long';
  };
  if (typeof (raw as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const item of raw as Iterable<unknown>) if (!take(item)) break;
  } else {
    const length = (raw as ArrayLike<unknown>).length;
    if (!(Number.isSafeInteger(length) && length >= 0)) return { reason: 'non-finite' };
    for (let k = 0; k < length; k++) if (!take((raw as ArrayLike<unknown>)[k])) break;
  }
  return reason === undefined ? { values } : { reason };
}

/**
 * XYZ analysis: classifies accounts by how steady their values are over time, by the coefficient of variation
 * (standard deviation / mean) of each account's series.
 *
 * Rules:
 * - Each series is read in time order. `undefined`/`null` entries (and blank strings) count as 0
 *   ("zero-filled": a period without demand), and every series is measured over the same number of periods —
 *   `periods`, or the longest series — with missing periods at the end counting as 0.
 * - cv = standard deviation / mean, with the population deviation (divide by N, default) or the sample deviation
 *   (`deviation: 'sample'`, divide by N − 1). Sums are compensated; deviations are computed on the series
 *   divided by its largest magnitude, so values near `Number.MAX_VALUE` do not overflow.
 * - `'X'` when cv ≤ thresholds[0] (default 0.5), `'Y'` when cv ≤ thresholds[1] (default 1.0), else `'Z'`;
 *   a cv at a threshold belongs to the lower class (comparisons tolerate floating-point noise).
 * - A mean of 0 gives `xyz: null` with reason `'zero-mean'`; a negative mean `'negative-mean'`; no periods (or
 *   one period with `'sample'`) `'too-few-periods'`. These accounts stay in `rows`. Negative entries (e.g.
 *   returns) are allowed.
 * - A record whose series is missing (`undefined`, `null`, blank) is in `excluded` with reason `'missing'`; one
 *   whose series is text or holds text (never parsed) with `'text'`; one whose series is not an array, array-like
 *   or iterable, or holds NaN, ±Infinity or another non-number, with `'non-finite'` (`field` `'series'`). Every
 *   record appears once in `rows` or `excluded`.
 * - Rows are ordered by mean descending, then id ascending, so the result does not depend on input order.
 * - Bound: a series may have at most {@link MAX_PERIODS} (100,000) entries and `periods` is at most that; the
 *   work grows with the number of values read, not with `periods`.
 * - `options` may be `null`/`undefined`. Throws `KamkitError` `DUPLICATE_ID`/`INVALID_ID` for bad ids;
 *   `INVALID_OPTION` for options that are not an object, thresholds that are not `[x, y]` with 0 ≤ x ≤ y, an
 *   unknown `deviation`, a `periods` that is not an integer in [0, 100,000], a series longer than `periods` or
 *   than 100,000 (naming the record), or a `series`/`id` that is neither a field name nor an accessor;
 *   `OVERFLOW` when a series' total, standard deviation or cv is beyond `Number.MAX_VALUE`. Errors thrown by
 *   the caller's accessors, getters or iterables pass through unchanged.
 *
 * @example
 * const result = xyz(accounts, { id: 'name', series: (d) => d.monthlyRevenue });
 * result.rows[0]; // { id: 'Acme', mean: 41000, standardDeviation: 6150, cv: 0.15, xyz: 'X', … }
 */
export function xyz<T>(data: Iterable<T>, options?: XyzOptions<T> | null): XyzResult<T> {
  const o = readOptions(options);
  const thresholds = limitPair(o.thresholds, [0.5, 1], 'thresholds', {
    min: 0,
    max: Number.POSITIVE_INFINITY,
    minInclusive: true,
  });
  const deviation = oneOf(o.deviation, DEVIATIONS, 'population', 'deviation');
  const minPeriods = o.periods == null ? undefined : integerOption(o.periods, 0, 'periods', 0, MAX_PERIODS);
  const series = fieldOption(o.series, 'series', 'series');
  const array = toArray(data);
  const ids = readIds(array, o.id);

  const included: number[] = [];
  const seriesOf: number[][] = [];
  const excluded: Excluded<T>[] = [];
  let periods = minPeriods ?? 0;
  for (let i = 0; i < array.length; i++) {
    const raw = readField(series, array, i);
    const read = readSeries(raw);
    const limit = minPeriods ?? MAX_PERIODS;
    if ('reason' in read && read.reason !== 'long') {
      excluded.push({
        id: ids[i]!,
        datum: array[i] as T,
        index: i,
        field: 'series',
        value: raw,
        reason: read.reason,
      });
      continue;
    }
    if ('reason' in read || read.values.length > limit) {
      const length = 'reason' in read ? `more than ${MAX_PERIODS}` : `${read.values.length}`;
      throw new KamkitError(
        'INVALID_OPTION',
        `Record ${i} (id ${describe(ids[i])}) has a series of ${length} periods, more than periods (${limit}).`,
        { field: 'periods', index: i, id: ids[i]! },
      );
    }
    periods = Math.max(periods, read.values.length);
    included.push(i);
    seriesOf.push(read.values);
  }

  const means = new Array<number>(included.length);
  const rowsByInput = included.map((index, k) => {
    const row = measure(seriesOf[k]!, periods, deviation, thresholds);
    means[k] = row.mean;
    return { id: ids[index]!, datum: array[index] as T, index, ...row };
  });

  const order = orderByValueDescending(
    means,
    included.map((i) => ids[i]!),
  );
  const counts: Record<XyzClass | 'null', number> = { X: 0, Y: 0, Z: 0, null: 0 };
  const rows: XyzRow<T>[] = new Array(order.length);
  for (let r = 0; r < order.length; r++) {
    const row = rowsByInput[order[r]!]!;
    rows[r] = { ...row, rank: r + 1 };
    counts[row.xyz ?? 'null']++;
  }
  return { rows, excluded, periods, thresholds, deviation, counts };
}

/**
 * Total, mean, deviation, cv and class of one series over `periods` periods (entries past its end are 0). The
 * deviation is computed on the values divided by `m` — the largest magnitude when it is beyond 10¹⁵⁰ or below
 * 10⁻¹⁵⁰, else 1 — so no square overflows or underflows, the
 * zero-filled periods in one term: (periods − length)·(mean/m)².
 */
function measure(
  series: readonly number[],
  periods: number,
  deviation: XyzDeviation,
  [x, y]: readonly [number, number],
) {
  const sum = new CompensatedSum();
  let largest = 0;
  for (const v of series) {
    sum.add(v);
    largest = Math.max(largest, Math.abs(v));
  }
  // Scale only where squares could overflow or underflow; dividing by 1 keeps everyday results exact.
  const m = largest > 1e150 || (largest > 0 && largest < 1e-150) ? largest : 1;
  const total = finite(sum.value, 'series total');
  const mean = periods > 0 ? total / periods : 0;
  let sd: number | null = null;
  let scaledSd = 0;
  const divisor = deviation === 'sample' ? periods - 1 : periods;
  if (divisor > 0) {
    const squares = new CompensatedSum();
    const scaledMean = mean / m;
    for (const v of series) {
      const d = v / m - scaledMean;
      squares.add(d * d);
    }
    squares.add((periods - series.length) * scaledMean * scaledMean);
    scaledSd = Math.sqrt(Math.max(0, squares.value) / divisor);
    sd = finite(scaledSd * m, 'standard deviation');
  }
  let reason: XyzNullReason | null = null;
  if (sd === null) reason = 'too-few-periods';
  else if (mean === 0) reason = 'zero-mean';
  else if (mean < 0) reason = 'negative-mean';
  const cv = reason === null ? finite(scaledSd / (mean / m), 'coefficient of variation') : null;
  const cls: XyzClass | null = cv === null ? null : lte(cv, x) ? 'X' : lte(cv, y) ? 'Y' : 'Z';
  return { total, mean, standardDeviation: sd, cv, xyz: cls, reason };
}
