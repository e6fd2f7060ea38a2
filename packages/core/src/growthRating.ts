import type { Id, IdField, NumberField } from './accessor';
import { accessor, toArray } from './accessor';
import type { Excluded } from './excluded';
import { readIds } from './id';
import { CompensatedSum, classifyValue, finite } from './numeric';
import { invalidOption, listOption, readOptions } from './options';
import type { Criterion, ValueIssue } from './score';

/** One revenue measure of growth potential, e.g. revenue growth last year or MRR still to win. */
export interface GrowthMeasure<T> {
  /** Unique key, e.g. `'revenueGrowth'`. */
  key: string;
  /** The measure's value: a field name or `(d, i, data) => number`. */
  value: NumberField<T>;
  /** Weight ≥ 0; only the ratios of the weights matter. Default 1. */
  weight?: number;
  /**
   * `[low, high]`, `low < high`: `low` (and below) maps to the bottom of the rating scale, `high` (and above)
   * to the top. Default: the smallest and largest usable value over the accounts passed in.
   */
  range?: readonly [number, number];
  /** `false` when a lower value means more potential: the mapping is reversed. Default `true`. */
  higherIsBetter?: boolean;
}

/** Options of {@link growthRating}. */
export interface GrowthRatingOptions<T> {
  /**
   * The account's id. Default: the field `id`; when no record has one, the record's position. Records with
   * and without ids cannot be mixed (`INVALID_ID`).
   */
  id?: IdField<T>;
  /** The measures, 1 to 50, at least one with a positive weight. */
  measures: readonly GrowthMeasure<T>[];
  /** `[min, max]` of the rating scale, finite, `min < max`. Default `[1, 10]`, the scoring matrix's scale. */
  scale?: readonly [number, number];
  /** Round ratings to this step from `min` (e.g. `1` for whole ratings); `0 < step ≤ max − min`. Default: not rounded. */
  step?: number;
}

/** One measure's part in an account's rating. */
export interface GrowthMeasureRating {
  key: string;
  /** The raw value read. */
  value: unknown;
  /** Where the value lies in the range, 0–1 (after clamping and reversing); `null` when dropped. */
  position: number | null;
  /** The position on the rating scale; `null` when dropped. */
  rating: number | null;
  /** The weight's share over the measures the account has; 0 when dropped. */
  weightShare: number;
}

/** One account's growth-potential rating. */
export interface GrowthRatingRow<T> {
  id: Id;
  datum: T;
  index: number;
  /** The rating on the scale: the weighted mean of the measures' ratings (rounded to `step` when given). */
  rating: number;
  /** One entry per measure, in the order of `measures`. */
  measures: GrowthMeasureRating[];
  /** `true` when a measure was dropped and the other weights renormalised. */
  incomplete: boolean;
  /** Dropped (`'missing'`, `'text'`, `'non-finite'`) and clamped (`'below-scale'`, `'above-scale'`) values. */
  issues: ValueIssue[];
}

/** A measure's range as used. */
export interface GrowthMeasureRange {
  key: string;
  /** `[low, high]` (`null` when no account has a usable value and no range was given). */
  range: readonly [number, number] | null;
  /** `'given'` or `'data'` (the smallest and largest usable value). */
  source: 'given' | 'data';
  /** The weight as given (default 1). */
  weight: number;
}

/** Result of {@link growthRating}. */
export interface GrowthRatingResult<T> {
  /** Rated accounts, in input order. */
  rows: GrowthRatingRow<T>[];
  /** Accounts without any usable measure of positive weight (`field: 'measures'`, reason `'missing'`). */
  excluded: Excluded<T, 'missing', { issues: ValueIssue[] }>[];
  /** The measures' ranges as used. */
  ranges: GrowthMeasureRange[];
  /** The scale used. */
  scale: readonly [number, number];
}

interface Measure<T> {
  key: string;
  weight: number;
  read: (d: T, i: number, data: readonly T[]) => unknown;
  given: readonly [number, number] | null;
  reverse: boolean;
}

/**
 * Growth potential on the rating scale of the scoring matrix, computed from revenue measures — the template
 * rates growth "primarily on revenue" — instead of rated by hand.
 *
 * Rules:
 * - Each measure maps linearly onto the scale: `position = (value − low) / (high − low)`, clamped to 0–1 (a
 *   clamped value is reported `'below-scale'`/`'above-scale'`), reversed when `higherIsBetter: false`;
 *   `rating = min + position × (max − min)`. Without a `range` the range is the smallest and largest usable
 *   value over the accounts passed in (so the best account gets the top rating and the weakest the bottom);
 *   when they are equal every account gets the middle (position 0.5).
 * - An account's rating is the weighted mean of its measures' ratings. A missing, text or non-finite value is
 *   dropped for that account and the other weights renormalised (`incomplete`); zero and negative values are
 *   ordinary values (a shrinking account has negative growth). An account without any usable measure of
 *   positive weight goes to `excluded`.
 * - With `step`, the rating is rounded to the nearest multiple of `step` from `min` (halves up), never past `max`.
 * - Use the result as a criterion of {@link score} with {@link growthCriterion}.
 * - Throws `KamkitError` `INVALID_OPTION` (measures, range, scale, step), `INVALID_WEIGHTS` (a weight not a
 *   finite number ≥ 0, or none positive), `DUPLICATE_ID`/`INVALID_ID`, `OVERFLOW`.
 *
 * @example
 * const growth = growthRating(accounts, {
 *   measures: [
 *     { key: 'growth', value: (d) => revenueGrowth(d.revenue2023, d.revenue2024), range: [-0.2, 0.5] },
 *     { key: 'potential', value: 'mrrToWin' }, // range: smallest to largest over the accounts
 *   ],
 *   step: 1,
 * });
 * growth.rows[0].rating; // e.g. 7 on 1–10
 */
export function growthRating<T>(data: Iterable<T>, options: GrowthRatingOptions<T>): GrowthRatingResult<T> {
  const o = readOptions(options);
  const measures = readMeasures<T>(o.measures);
  const scale = readPair(o.scale, [1, 10], 'scale');
  const span = scale[1] - scale[0];
  const step = o.step ?? null;
  if (step !== null && !(typeof step === 'number' && step > 0 && step <= span)) {
    invalidOption('step', `must be a number with 0 < step ≤ ${span}`, step);
  }
  const array = toArray(data);
  const ids = readIds(array, o.id);
  const values = measures.map((m) => array.map((d, i) => m.read(d, i, array)));
  const ranges: GrowthMeasureRange[] = measures.map((m, k) => ({
    key: m.key,
    range: m.given ?? dataRange(values[k] as unknown[]),
    source: m.given ? 'given' : 'data',
    weight: m.weight,
  }));

  const rows: GrowthRatingRow<T>[] = [];
  const excluded: Excluded<T, 'missing', { issues: ValueIssue[] }>[] = [];
  for (let i = 0; i < array.length; i++) {
    const issues: ValueIssue[] = [];
    const parts = measures.map((m, k) =>
      place(m, (values[k] as unknown[])[i], ranges[k]?.range ?? null, issues),
    );
    let available = 0;
    for (let k = 0; k < measures.length; k++)
      if (parts[k] !== null) available += (measures[k] as Measure<T>).weight;
    const datum = array[i] as T;
    const id = ids[i] as Id;
    if (!(available > 0)) {
      excluded.push({ id, datum, index: i, field: 'measures', value: undefined, reason: 'missing', issues });
      continue;
    }
    const sum = new CompensatedSum();
    const detail: GrowthMeasureRating[] = measures.map((m, k) => {
      const position = parts[k] ?? null;
      const rating = position === null ? null : scale[0] + position * span;
      if (rating !== null) sum.add(m.weight * rating); // Σ w·r, divided once: equal ratings stay exact
      return {
        key: m.key,
        value: (values[k] as unknown[])[i],
        position,
        rating,
        weightShare: position === null ? 0 : m.weight / available,
      };
    });
    const mean = Math.min(scale[1], Math.max(scale[0], finite(sum.value, 'rating') / available));
    const rating =
      step === null ? mean : Math.min(scale[1], scale[0] + Math.round((mean - scale[0]) / step) * step);
    const incomplete = detail.some((d) => d.position === null);
    rows.push({ id, datum, index: i, rating, measures: detail, incomplete, issues });
  }
  return { rows, excluded, ranges, scale };
}

/** Position 0–1 of one value in its range (clamped, reversed), or `null` when the value is dropped. */
function place<T>(
  measure: Measure<T>,
  value: unknown,
  range: readonly [number, number] | null,
  issues: ValueIssue[],
): number | null {
  const kind = classifyValue(value);
  if (kind !== 'ok') {
    issues.push({ key: measure.key, value, reason: kind });
    return null;
  }
  const v = value as number;
  if (range === null) return null;
  let position: number;
  if (range[0] === range[1]) position = 0.5;
  else {
    const width = range[1] - range[0];
    // A range wider than MAX_VALUE (e.g. ±1e308) is measured in halves, which cannot overflow.
    position = Number.isFinite(width)
      ? (v - range[0]) / width
      : (v / 2 - range[0] / 2) / (range[1] / 2 - range[0] / 2);
    if (position < 0 || position > 1) {
      issues.push({ key: measure.key, value, reason: position < 0 ? 'below-scale' : 'above-scale' });
      position = Math.min(1, Math.max(0, position));
    }
  }
  return measure.reverse ? 1 - position : position;
}

function dataRange(values: readonly unknown[]): readonly [number, number] | null {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (classifyValue(v) !== 'ok') continue;
    low = Math.min(low, v as number);
    high = Math.max(high, v as number);
  }
  return low <= high ? [low, high] : null;
}

function readPair(
  value: unknown,
  fallback: readonly [number, number],
  field: string,
): readonly [number, number] {
  if (value == null) return fallback;
  const ok =
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    (value[0] as number) < (value[1] as number);
  if (!ok) invalidOption(field, 'must be [low, high] with finite numbers, low < high', value);
  return [(value as number[])[0] as number, (value as number[])[1] as number];
}

function readMeasures<T>(value: unknown): Measure<T>[] {
  const list = listOption(value as readonly unknown[] | undefined, [], 'measures', 50);
  if (list.length === 0) invalidOption('measures', 'must list at least one measure', value);
  const keys = new Set<string>();
  const measures = list.map((entry, k): Measure<T> => {
    const at = `measures[${k}]`;
    if (entry === null || typeof entry !== 'object') invalidOption(at, 'must be an object', entry);
    const m = entry as GrowthMeasure<T>;
    if (typeof m.key !== 'string' || m.key === '' || keys.has(m.key)) {
      invalidOption(`${at}.key`, 'must be a unique non-empty string', m.key);
    }
    keys.add(m.key);
    const weight = m.weight ?? 1;
    if (!(typeof weight === 'number' && Number.isFinite(weight) && weight >= 0)) {
      invalidOption(`${at}.weight`, 'must be a finite number ≥ 0', weight);
    }
    return {
      key: m.key,
      weight,
      read: accessor<T, unknown>(m.value as string, `${at}.value`),
      given: m.range == null ? null : readPair(m.range, [0, 1], `${at}.range`),
      reverse: m.higherIsBetter === false,
    };
  });
  if (!measures.some((m) => m.weight > 0)) {
    invalidOption(
      'measures',
      'need at least one weight > 0',
      measures.map((m) => m.weight),
    );
  }
  return measures;
}

/**
 * Revenue growth from one period to the next: `(current − previous) / previous`, e.g. 0.25 for +25 %.
 * `null` when either value is missing or not a finite number, or `previous ≤ 0` (growth from nothing has no
 * rate). A fall to 0 gives −1.
 *
 * @example
 * revenueGrowth(80_000, 100_000); // 0.25
 * revenueGrowth(0, 5000); // null
 */
export function revenueGrowth(previous: unknown, current: unknown): number | null {
  if (classifyValue(previous) !== 'ok' || classifyValue(current) !== 'ok' || !((previous as number) > 0)) {
    return null;
  }
  // One rounding (the division) instead of two: 40,000 after 50,000 is exactly −0.2.
  const rate = ((current as number) - (previous as number)) / (previous as number);
  return Number.isFinite(rate) ? rate : null;
}

/**
 * A criterion of {@link score}'s growth axis that reads each account's rating from a {@link growthRating}
 * result (matched by record: pass `score` the same records). An account the rating left out reads as missing.
 * Options: `key` (default `'growthPotential'`), `weight` (finite ≥ 0, default 1), `label`; a bad one throws
 * `INVALID_OPTION`.
 *
 * @example
 * score(accounts, { criteria: [growthCriterion(growth, { key: 'revenue', weight: 0.6 }), ...harmony] });
 */
export function growthCriterion<T>(
  result: GrowthRatingResult<T>,
  options: { key?: string; weight?: number; label?: string } = {},
): Criterion<T> {
  const o = readOptions(options);
  if (result === null || typeof result !== 'object' || !Array.isArray(result.rows)) {
    invalidOption('result', 'must be the result of growthRating', result);
  }
  const key = o.key ?? 'growthPotential';
  if (typeof key !== 'string' || key === '') invalidOption('key', 'must be a non-empty string', key);
  const weight = o.weight ?? 1;
  if (!(typeof weight === 'number' && Number.isFinite(weight) && weight >= 0)) {
    invalidOption('weight', 'must be a finite number ≥ 0', weight);
  }
  if (o.label != null && typeof o.label !== 'string') invalidOption('label', 'must be a string', o.label);
  const byDatum = new Map<T, number>();
  for (const row of result.rows) byDatum.set(row.datum, row.rating);
  const criterion: Criterion<T> = {
    key,
    axis: 'growth',
    weight,
    value: ((d: T) => byDatum.get(d) ?? null) as NumberField<T>,
    scale: [result.scale[0], result.scale[1]],
  };
  if (o.label != null) criterion.label = o.label;
  return criterion;
}
