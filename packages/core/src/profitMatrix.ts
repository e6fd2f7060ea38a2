import type { Id, IdField, NumberField } from './accessor';
import { toAccessor, toArray } from './accessor';
import { KamkitError } from './errors';
import { compareIds, readIds } from './id';
import type { ExclusionReason } from './numeric';
import { classifyValue, gte, sum } from './numeric';
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
  /** The id of each account. Default: the field `id`, falling back to the record's index. Ids must be unique. */
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

/** A record that could not be placed: its x or y is missing or not a finite number. */
export interface ProfitMatrixExcluded<T> {
  id: Id;
  datum: T;
  index: number;
  /** The measure that is unusable (`'x'` is checked first). */
  field: 'x' | 'y';
  /** The raw value read. */
  value: unknown;
  /** `'missing'` (null/undefined) or `'non-finite'` (NaN, ±Infinity, not a number). */
  reason: ExclusionReason;
}

/** Result of {@link profitMatrix}. */
export interface ProfitMatrixResult<T> {
  /** Placed accounts by y descending, then x descending, then id ascending. */
  rows: ProfitMatrixRow<T>[];
  /** Records with an unusable x or y, in input order. */
  excluded: ProfitMatrixExcluded<T>[];
  /** The split used on each measure (`NaN` for a median or mean split when there are no rows). */
  split: { x: number; y: number };
  /** The four quadrants by position. */
  quadrants: Readonly<Record<QuadrantPosition, Quadrant>>;
  /** Number of rows per quadrant key (all four keys present). */
  counts: Record<string, number>;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : sum(values) / values.length;
}

function resolvePreset(preset: unknown): Readonly<Record<QuadrantPosition, Quadrant>> {
  if (preset === undefined) return resolveQuadrants(positionMatrix, 'preset');
  if (preset === 'shapiro') return resolveQuadrants(shapiroMatrix, 'preset');
  if (preset === 'revenue-margin') return resolveQuadrants(revenueMarginMatrix, 'preset');
  if (typeof preset === 'string') {
    throw new KamkitError(
      'INVALID_OPTION',
      `preset must be 'shapiro', 'revenue-margin' or quadrant labels; got '${preset}'.`,
      { field: 'preset' },
    );
  }
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
 *   With no placed accounts a computed split is `NaN`.
 * - A value at the split counts as high (`≥`, robust to floating-point noise). So with a median split and an
 *   odd count the median account is high.
 * - Labels: `preset: 'shapiro'` — Carriage trade (high cost, high price), Passive (low cost, high price),
 *   Bargain basement (low cost, low price), Aggressive (high cost, low price); `'revenue-margin'` — Stars,
 *   Revenue drivers, Margin pearls, Low value; or your own labels by position. Default: position labels.
 * - Rows are ordered by y descending, then x descending, then id ascending (independent of input order).
 * - Throws `KamkitError` `INVALID_OPTION` for a missing `x`/`y`, a bad `split` or `preset`, and
 *   `DUPLICATE_ID`/`INVALID_ID` for bad ids.
 *
 * @example
 * const matrix = profitMatrix(accounts, { x: 'costToServe', y: 'netPrice', preset: 'shapiro' });
 * matrix.rows[0].quadrant; // { key: 'carriage-trade', label: 'Carriage trade', position: 'high-high' }
 * matrix.counts; // e.g. { 'carriage-trade': 3, aggressive: 1, passive: 2, 'bargain-basement': 4 }
 */
export function profitMatrix<T>(data: Iterable<T>, options: ProfitMatrixOptions<T>): ProfitMatrixResult<T> {
  for (const field of ['x', 'y'] as const) {
    const f = options?.[field];
    if (typeof f !== 'string' && typeof f !== 'function') {
      throw new KamkitError('INVALID_OPTION', `${field} must be a field name or an accessor.`, { field });
    }
  }
  const splitOption = options.split ?? 'median';
  if (
    splitOption !== 'median' &&
    splitOption !== 'mean' &&
    !(
      splitOption !== null &&
      typeof splitOption === 'object' &&
      typeof splitOption.x === 'number' &&
      typeof splitOption.y === 'number' &&
      Number.isFinite(splitOption.x) &&
      Number.isFinite(splitOption.y)
    )
  ) {
    throw new KamkitError(
      'INVALID_OPTION',
      `split must be 'median', 'mean' or { x, y } of finite numbers; got ${JSON.stringify(splitOption)}.`,
      { field: 'split' },
    );
  }
  const quadrants = resolvePreset(options.preset);
  const array = toArray(data);
  const ids = readIds(array, options.id);
  const readX = toAccessor<T, unknown>(options.x as string);
  const readY = toAccessor<T, unknown>(options.y as string);

  const placed: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  const excluded: ProfitMatrixExcluded<T>[] = [];
  for (let i = 0; i < array.length; i++) {
    const datum = array[i] as T;
    const x = readX(datum, i, array);
    const y = readY(datum, i, array);
    const kindX = classifyValue(x);
    const kindY = classifyValue(y);
    if (kindX !== 'ok') {
      excluded.push({ id: ids[i] as Id, datum, index: i, field: 'x', value: x, reason: kindX });
    } else if (kindY !== 'ok') {
      excluded.push({ id: ids[i] as Id, datum, index: i, field: 'y', value: y, reason: kindY });
    } else {
      placed.push(i);
      xs.push(x as number);
      ys.push(y as number);
    }
  }

  const split =
    splitOption === 'median'
      ? { x: median(xs), y: median(ys) }
      : splitOption === 'mean'
        ? { x: mean(xs), y: mean(ys) }
        : { x: splitOption.x, y: splitOption.y };

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
    const highX = gte(x, split.x);
    const highY = gte(y, split.y);
    const quadrant = quadrants[quadrantPosition(highX, highY)];
    counts[quadrant.key] = (counts[quadrant.key] ?? 0) + 1;
    return { id: ids[index] as Id, datum: array[index] as T, index, x, y, highX, highY, quadrant };
  });

  return { rows, excluded, split, quadrants, counts };
}
