import type { Id, IdField, NumberField } from './accessor';
import { fieldOption, readField, toArray } from './accessor';
import type { Excluded } from './excluded';
import { compareIds, readIds } from './id';
import { classifyValue, gte, sum } from './numeric';
import { invalidOption, readOptions } from './options';
import type { Quadrant, QuadrantLabels, QuadrantPosition } from './quadrants';
import {
  emptyQuadrantCounts,
  positionMatrix,
  quadrantPosition,
  resolveQuadrants,
  revenueMarginMatrix,
  shapiroMatrix,
} from './quadrants';

/** Where the two measures are split: at their median, their mean, or at given numbers. */
export type ProfitMatrixSplit = 'median' | 'mean' | { x: number; y: number };

/** Named label presets of {@link profitMatrix}. */
export type ProfitMatrixPreset = 'shapiro' | 'revenue-margin';

/** Options of {@link profitMatrix}. */
export interface ProfitMatrixOptions<T> {
  /** The id of each account (unique). Default: the field `id`; when no record has one, the index (see {@link pareto}). */
  id?: IdField<T>;
  /** The horizontal measure (e.g. cost to serve, revenue): a field name or `(d, i, data) => number`. */
  x: NumberField<T>;
  /** The vertical measure (e.g. net price realised, contribution margin). */
  y: NumberField<T>;
  /** Where each measure is split into low and high; a value at the split is high. Default `'median'`. */
  split?: ProfitMatrixSplit;
  /**
   * Quadrant labels: `'shapiro'` ({@link shapiroMatrix}: x = cost to serve, y = net price), `'revenue-margin'`
   * ({@link revenueMarginMatrix}: x = revenue, y = contribution margin) or your own labels by position (x first,
   * y second). Default: neutral position labels ({@link positionMatrix}).
   */
  preset?: ProfitMatrixPreset | QuadrantLabels;
}

/** One account placed on the matrix. */
export interface ProfitMatrixRow<T> {
  /** The account's id. */
  id: Id;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input. */
  index: number;
  /** The x measure. */
  x: number;
  /** The y measure. */
  y: number;
  /** `true` when `x` is at or above the x split. */
  highX: boolean;
  /** `true` when `y` is at or above the y split. */
  highY: boolean;
  /** The quadrant, with its key, label and position (x first, y second). */
  quadrant: Quadrant;
}

/** Result of {@link profitMatrix}. */
export interface ProfitMatrixResult<T> {
  /** Placed accounts by y descending, then x descending, then id ascending. */
  rows: ProfitMatrixRow<T>[];
  /**
   * Records with an unusable x or y (`field` `'x'` — checked first — or `'y'`; reason `'missing'`, `'text'` or
   * `'non-finite'`), in input order.
   */
  excluded: Excluded<T>[];
  /** The split used on each measure; `null` for a median or mean split when there are no rows. */
  split: { x: number; y: number } | null;
  /** The four quadrants by position. */
  quadrants: Readonly<Record<QuadrantPosition, Quadrant>>;
  /** Number of rows per quadrant key (all four keys present; a record without a prototype, so any key is data). */
  counts: Record<string, number>;
}

/** The middle value (the mean of the two middle ones, halved first so it cannot overflow); `values` not empty. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : sorted[mid - 1]! / 2 + sorted[mid]! / 2;
}

/** The arithmetic mean; when the sum overflows, the sum of the values divided by n first. `values` not empty. */
function mean(values: readonly number[]): number {
  const total = sum(values);
  return Number.isFinite(total) ? total / values.length : sum(values.map((v) => v / values.length));
}

function resolvePreset(preset: unknown): Readonly<Record<QuadrantPosition, Quadrant>> {
  if (preset === undefined) return resolveQuadrants(positionMatrix, 'preset');
  if (preset === 'shapiro') return resolveQuadrants(shapiroMatrix, 'preset');
  if (preset === 'revenue-margin') return resolveQuadrants(revenueMarginMatrix, 'preset');
  if (typeof preset !== 'object' || preset === null)
    invalidOption('preset', "must be 'shapiro', 'revenue-margin' or quadrant labels", preset);
  return resolveQuadrants(preset, 'preset');
}

/**
 * A 2 × 2 profit matrix: places each account in a quadrant by two measures, such as Shapiro et al.'s cost to
 * serve × net price or the revenue × contribution-margin portfolio.
 *
 * Rules:
 * - Both measures must be finite numbers. Zero and negative values are kept (a negative margin is a
 *   loss-making account, which belongs on the matrix). A missing (`null`/`undefined`) or non-finite value
 *   (NaN, ±Infinity, strings — never parsed) sends the record to `excluded` with the measure and the reason.
 * - `split` (default `'median'`) is computed over the placed accounts: `'median'` is the middle value (the
 *   mean of the two middle values for an even count), `'mean'` the arithmetic mean; `{ x, y }` gives the numbers.
 *   With no placed accounts a computed split is `null`. The median and mean never overflow (halves and
 *   quotients are taken before sums that could).
 * - A value at the split counts as high (`≥`, robust to floating-point noise). So with a median split and an
 *   odd count the median account is high.
 * - Labels: `preset: 'shapiro'` — Carriage trade (high cost, high price), Passive (low cost, high price),
 *   Bargain basement (low cost, low price), Aggressive (high cost, low price); `'revenue-margin'` — Stars,
 *   Revenue drivers, Margin pearls, Low value; or your own labels by position. Default: position labels.
 * - Rows are ordered by y descending, then x descending, then id ascending (independent of input order).
 * - Throws `KamkitError` `INVALID_OPTION` for options that are not an object, a missing `x`/`y` (or one that is
 *   neither a field name nor an accessor), a bad `split` or `preset`, and `DUPLICATE_ID`/`INVALID_ID` for bad
 *   ids. Quadrant keys are data: `counts` holds all four, whatever their names (`'__proto__'` included). Errors
 *   thrown by the caller's accessors or getters pass through unchanged.
 *
 * @example
 * const matrix = profitMatrix(accounts, { x: 'costToServe', y: 'netPrice', preset: 'shapiro' });
 * matrix.rows[0].quadrant; // { key: 'carriage-trade', label: 'Carriage trade', position: 'high-high' }
 * matrix.counts; // e.g. { 'carriage-trade': 3, aggressive: 1, passive: 2, 'bargain-basement': 4 }
 */
export function profitMatrix<T>(data: Iterable<T>, options: ProfitMatrixOptions<T>): ProfitMatrixResult<T> {
  const o = readOptions(options);
  const fields = { x: requiredField(o.x, 'x'), y: requiredField(o.y, 'y') };
  const splitOption = o.split ?? 'median';
  if (
    splitOption !== 'median' &&
    splitOption !== 'mean' &&
    !(typeof splitOption === 'object' && Number.isFinite(splitOption.x) && Number.isFinite(splitOption.y))
  )
    invalidOption('split', "must be 'median', 'mean' or { x, y } of finite numbers", splitOption);
  const quadrants = resolvePreset(o.preset);
  const array = toArray(data);
  const ids = readIds(array, o.id);

  const placed: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  const excluded: Excluded<T>[] = [];
  for (let i = 0; i < array.length; i++) {
    const x = readField(fields.x, array, i);
    const y = readField(fields.y, array, i);
    const kindX = classifyValue(x);
    const kindY = classifyValue(y);
    if (kindX !== 'ok' || kindY !== 'ok') {
      const field = kindX !== 'ok' ? 'x' : 'y';
      const reason = kindX !== 'ok' ? kindX : kindY;
      excluded.push({
        id: ids[i]!,
        datum: array[i] as T,
        index: i,
        field,
        value: field === 'x' ? x : y,
        reason,
      } as Excluded<T>);
    } else {
      placed.push(i);
      xs.push(x as number);
      ys.push(y as number);
    }
  }

  const split =
    typeof splitOption === 'object'
      ? { x: splitOption.x, y: splitOption.y }
      : placed.length === 0
        ? null
        : splitOption === 'median'
          ? { x: median(xs), y: median(ys) }
          : { x: mean(xs), y: mean(ys) };

  const order = placed.map((_, k) => k);
  order.sort(
    (a, b) =>
      (ys[b] as number) - (ys[a] as number) ||
      (xs[b] as number) - (xs[a] as number) ||
      compareIds(ids[placed[a] as number] as Id, ids[placed[b] as number] as Id),
  );
  const counts = emptyQuadrantCounts(quadrants);
  const rows = order.map((k): ProfitMatrixRow<T> => {
    const index = placed[k] as number;
    const x = xs[k] as number;
    const y = ys[k] as number;
    // `split` is null only without rows, when this callback never runs.
    const highX = gte(x, split!.x);
    const highY = gte(y, split!.y);
    const quadrant = quadrants[quadrantPosition(highX, highY)];
    counts[quadrant.key]!++;
    return { id: ids[index] as Id, datum: array[index] as T, index, x, y, highX, highY, quadrant };
  });

  return { rows, excluded, split, quadrants, counts };
}

/** A required field option: a field name or an accessor (`INVALID_OPTION` naming `option` otherwise). */
function requiredField<T>(value: unknown, option: string) {
  if (value == null) invalidOption(option, 'is required: a field name or an accessor', value);
  return fieldOption<T, unknown>(value as string, '', option);
}
