import type { Id, IdField, NumberField } from './accessor';
import { accessor, toArray } from './accessor';
import { describe, KamkitError } from './errors';
import type { Excluded } from './excluded';
import { readIds } from './id';
import { gte } from './numeric';
import { invalidOption, oneOf, readOptions } from './options';
import { orderByValueDescending } from './order';
import type { Quadrant, QuadrantLabels, QuadrantPosition } from './quadrants';
import { emptyQuadrantCounts, kamMatrix, quadrantPosition, resolveQuadrants } from './quadrants';
import type { WeightedCriterion } from './weighted';
import { clampScore, criterionTable, validateWeighted } from './weighted';

/** The two axes of the scoring matrix: growth potential (account attractiveness) and harmony (fit). */
export type ScoreAxis = 'growth' | 'harmony';

/** One criterion of the scoring matrix, e.g. "revenue potential" on the growth axis. */
export interface Criterion<T> {
  /** Unique key, e.g. `'strategicFit'`; used in contributions and issues. */
  key: string;
  /** The axis the criterion belongs to. */
  axis: ScoreAxis;
  /** Weight ≥ 0; weights are normalised per axis, so only their ratios matter. */
  weight: number;
  /** The account's rating or measure: a field name or `(d, i, data) => number`. */
  value: NumberField<T>;
  /** `[min, max]` of the rating scale, `min < max`; `min` maps to 0 and `max` to 100. Default `[1, 10]`. Used by `normalize: 'scale'` only. */
  scale?: readonly [number, number];
  /** `false` when a lower value is better (e.g. cost to serve): the 0–100 score is then reversed. Default `true`. */
  higherIsBetter?: boolean;
  /** Optional human label, passed through to the result. */
  label?: string;
}

/**
 * How values become 0–100 scores: `'scale'` maps each value linearly from its criterion's `scale`;
 * `'minmax'` maps the smallest account to 0 and the largest to 100; `'rank'` uses the percentile rank.
 */
export type ScoreNormalize = 'scale' | 'minmax' | 'rank';

/** Options of {@link score}. */
export interface ScoreOptions<T> {
  /** The id of each account. Default: the field `id`, falling back to the record's index. Ids must be unique. */
  id?: IdField<T>;
  /** The criteria; each axis needs at least one criterion with a positive weight. */
  criteria: readonly Criterion<T>[];
  /** Weights of the two axes in `total`, each ≥ 0, not both 0. Default `{ growth: 1, harmony: 1 }` (equal). */
  axisWeights?: { growth: number; harmony: number };
  /** Normalisation of values to 0–100. Default `'scale'`. */
  normalize?: ScoreNormalize;
  /** Quadrant split and labels. */
  quadrants?: {
    /** Where the axes are split (a score at the split counts as high). Default `50` on both axes. */
    split?: number | { growth: number; harmony: number };
    /** Quadrant labels by position (growth first, harmony second). Default {@link kamMatrix}. */
    labels?: QuadrantLabels;
  };
}

/** Why a criterion's value was dropped (`'missing'`, `'non-finite'`) or clamped (`'below-scale'`, `'above-scale'`). */
export type ValueIssueReason = 'missing' | 'text' | 'non-finite' | 'below-scale' | 'above-scale';

/** A problem with one value of one account. */
export interface ValueIssue {
  /** The criterion's (or signal's) key. */
  key: string;
  /** The raw value read. */
  value: unknown;
  /** What was done: dropped (`'missing'`, `'non-finite'`) or clamped to the scale (`'below-scale'`, `'above-scale'`). */
  reason: ValueIssueReason;
}

/** One criterion's part in an account's score, for a breakdown chart. */
export interface Contribution {
  /** The criterion's key. */
  key: string;
  /** The criterion's axis. */
  axis: ScoreAxis;
  /** The raw value read. */
  value: unknown;
  /** The value on 0–100 (after clamping and reversing), or `null` when the value was dropped. */
  score: number | null;
  /** The criterion's weight as given. */
  weight: number;
  /** The weight's share of its axis for this account (renormalised over the criteria it has); 0 when dropped. */
  weightShare: number;
  /** `weightShare × score`: the contributions of an axis sum to the axis score. */
  contribution: number;
  /** `contribution ×` the axis's share of `axisWeights`: all contributions sum to `total`. */
  totalContribution: number;
  /** `true` when the value lay outside the scale and was clamped. */
  clamped: boolean;
}

/** One scored account, in rank order. */
export interface ScoreRow<T> {
  /** The account's id. */
  id: Id;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input. */
  index: number;
  /** Growth score, 0–100: weighted mean of the growth criteria the account has. */
  growth: number;
  /** Harmony score, 0–100: weighted mean of the harmony criteria the account has. */
  harmony: number;
  /** `(axisWeights.growth × growth + axisWeights.harmony × harmony) / (axisWeights.growth + axisWeights.harmony)`. */
  total: number;
  /** 1-based rank by `total` descending, then id ascending: a permutation of 1…n. */
  rank: number;
  /** The quadrant of the matrix (growth and harmony each compared with the split; at the split is high). */
  quadrant: Quadrant;
  /** One entry per criterion, in the order of `criteria`. */
  contributions: Contribution[];
  /** `true` when at least one criterion was dropped (missing or non-finite) and weights were renormalised. */
  incomplete: boolean;
  /** `true` when at least one value lay outside its scale and was clamped. */
  outOfScale: boolean;
  /** Every dropped or clamped value, in the order of `criteria`. */
  issues: ValueIssue[];
}

/**
 * An account that could not be placed on the matrix: no criterion with a positive weight was usable on at least
 * one axis. `field` is the first such axis (`'growth'` or `'harmony'`), `value` `undefined`, the reason always
 * `'missing'`; `axes` lists the axes concerned and `issues` every dropped or clamped value.
 */
export type ScoreExcluded<T> = Excluded<T, 'missing', { id: Id; axes: ScoreAxis[]; issues: ValueIssue[] }>;

/** A criterion as used, with its weight's share of its axis. */
export interface ResolvedCriterion {
  key: string;
  axis: ScoreAxis;
  weight: number;
  /** `weight / Σ weights of the axis` (for an account that has every criterion). */
  weightShare: number;
  scale: readonly [number, number];
  higherIsBetter: boolean;
  label?: string;
}

/** Result of {@link score}. */
export interface ScoreResult<T> {
  /** Scored accounts by `total` descending, then id ascending. */
  rows: ScoreRow<T>[];
  /** Accounts missing every usable criterion of an axis, in input order. */
  excluded: ScoreExcluded<T>[];
  /** The criteria as used. */
  criteria: ResolvedCriterion[];
  /** The axis weights as used. */
  axisWeights: { growth: number; harmony: number };
  /** The normalisation used. */
  normalize: ScoreNormalize;
  /** The split used on each axis. */
  split: { growth: number; harmony: number };
  /** The four quadrants by position. */
  quadrants: Readonly<Record<QuadrantPosition, Quadrant>>;
  /** Number of rows per quadrant key (all four keys present; a record without a prototype, so any key is data). */
  counts: Record<string, number>;
}

// The weighted-criterion parts shared with churnRisk live in weighted.ts.
export type { CriterionTable, WeightedCriterion } from './weighted';
export { clampScore, criterionTable, validateWeighted } from './weighted';

const AXES: readonly ScoreAxis[] = ['growth', 'harmony'];

function readSplit(split: unknown): { growth: number; harmony: number } {
  const value = split ?? 50;
  const pair =
    typeof value === 'number'
      ? { growth: value, harmony: value }
      : (value as { growth?: unknown; harmony?: unknown });
  if (
    pair === null ||
    typeof pair !== 'object' ||
    typeof pair.growth !== 'number' ||
    typeof pair.harmony !== 'number' ||
    !Number.isFinite(pair.growth) ||
    !Number.isFinite(pair.harmony)
  ) {
    invalidOption(
      'quadrants.split',
      'must be a finite number or { growth, harmony } of finite numbers',
      split,
    );
  }
  return { growth: pair.growth, harmony: pair.harmony };
}

function readAxisWeights(axisWeights: unknown): { growth: number; harmony: number } {
  if (axisWeights == null) return { growth: 1, harmony: 1 };
  const w = axisWeights as { growth?: unknown; harmony?: unknown };
  const ok = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (w === null || typeof w !== 'object' || !ok(w.growth) || !ok(w.harmony) || w.growth + w.harmony <= 0) {
    throw new KamkitError(
      'INVALID_WEIGHTS',
      `axisWeights must be { growth, harmony } with finite weights ≥ 0, not both 0; got ${describe(axisWeights)}.`,
      { field: 'axisWeights' },
    );
  }
  return { growth: w.growth, harmony: w.harmony };
}

/**
 * The divisor that keeps sums of weights and weight × score (≤ 100) products finite: the largest weight when it
 * is 10³⁰⁰ or more, else 1 (dividing by 1 keeps everyday results exact).
 */
function weightScale(weights: readonly number[]): number {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, w);
  return largest >= 1e300 ? largest : 1;
}

/**
 * The growth/harmony scoring matrix of key accounts: each account gets a growth score, a harmony score (fit
 * in strategy, culture, vision), a weighted total, a rank and a quadrant.
 *
 * Rules:
 * - Values become 0–100 scores (`normalize`, default `'scale'`): with `'scale'` each value maps linearly from
 *   its criterion's `scale` (default `[1, 10]`: 1 → 0, 10 → 100). A value outside the scale is clamped to 0
 *   or 100 and reported: the contribution has `clamped: true`, the row `outOfScale: true` and an issue
 *   `'below-scale'`/`'above-scale'`. `'minmax'` maps the smallest account to 0 and the largest to 100 (50 when
 *   all are equal); `'rank'` uses the percentile rank (ties share their mean rank; 50 for a single account).
 *   `higherIsBetter: false` reverses a criterion's score.
 * - Weights are finite and ≥ 0 and are normalised per axis: an axis score is `Σ w·s / Σ w`, so scaling all
 *   weights of an axis leaves the scores unchanged. An axis without a criterion of positive weight throws
 *   `INVALID_WEIGHTS`.
 * - A missing (`null`/`undefined`) or non-finite (NaN, ±Infinity, a string — strings are never parsed) value
 *   drops that criterion for that account: the remaining weights of its axis are renormalised, the row is
 *   flagged `incomplete` and the value is listed in `issues`.
 * - An account with no usable criterion of positive weight on an axis cannot be placed on the matrix: it is
 *   returned in `excluded` (reason `'missing'`, with the `axes` concerned), never guessed.
 * - `total` combines the axes by `axisWeights` (default equal). Rows are ordered by `total` descending, then id
 *   ascending; `rank` is 1…n in that order (no shared ranks), so the result does not depend on input order.
 * - Quadrants split at 50 on both axes unless `quadrants.split` is given; a score at the split counts as high
 *   (compared robustly to floating-point noise). Labels default to McDonald & Rogers' KAM matrix
 *   ({@link kamMatrix}): Key (high growth, high harmony), Key development (high growth, low harmony),
 *   Maintenance (low growth, high harmony), Opportunistic (low, low).
 * - Each row lists per-criterion `contributions` (weight share × score) for a score-breakdown chart: per axis
 *   they sum to the axis score; `totalContribution` sums to `total`.
 * - Throws `KamkitError`: `INVALID_OPTION` (criteria not a non-empty array, bad key/axis/scale/value,
 *   `normalize`, `quadrants`), `INVALID_WEIGHTS` (negative or non-finite weight, an axis without positive
 *   weight, bad `axisWeights`), `DUPLICATE_ID`/`INVALID_ID`.
 *
 * @example
 * const result = score([{ id: 'B', revenuePotential: 10, marketGrowth: 7, strategicFit: 8, culture: 6 }], {
 *   criteria: [
 *     { key: 'revenuePotential', axis: 'growth', weight: 3, value: 'revenuePotential' },
 *     { key: 'marketGrowth', axis: 'growth', weight: 1, value: 'marketGrowth' },
 *     { key: 'strategicFit', axis: 'harmony', weight: 2, value: 'strategicFit' },
 *     { key: 'culture', axis: 'harmony', weight: 1, value: 'culture' },
 *   ],
 * });
 * result.rows[0]; // { id: 'B', growth: 91.67, harmony: 70.37, total: 81.02, rank: 1, quadrant: { key: 'key', label: 'Key', … }, … } (rounded)
 */
export function score<T>(data: Iterable<T>, options: ScoreOptions<T>): ScoreResult<T> {
  const o = readOptions(options);
  const list = validateWeighted(o.criteria, 'criteria', [1, 10]) as unknown as Criterion<T>[];
  list.forEach((c, i) => {
    if (c.axis !== 'growth' && c.axis !== 'harmony')
      invalidOption(`criteria[${i}].axis`, `('${c.key}') must be 'growth' or 'harmony'`, c.axis);
  });
  // Weights as used in sums (see weightScale); the result reports them as given.
  const k = weightScale(list.map((c) => c.weight));
  const weights = list.map((c) => c.weight / k);
  const axisTotals = { growth: 0, harmony: 0 };
  list.forEach((c, i) => {
    axisTotals[c.axis] += weights[i]!;
  });
  for (const axis of AXES) {
    if (!(axisTotals[axis] > 0)) {
      throw new KamkitError(
        'INVALID_WEIGHTS',
        `The ${axis} axis needs at least one criterion with a weight > 0.`,
        { field: 'criteria' },
      );
    }
  }
  const normalize = oneOf(o.normalize, ['scale', 'minmax', 'rank'], 'scale', 'normalize');
  const axisWeights = readAxisWeights(o.axisWeights);
  const ka = weightScale([axisWeights.growth, axisWeights.harmony]);
  const aw = { growth: axisWeights.growth / ka, harmony: axisWeights.harmony / ka };
  const quadrantOptions = readOptions(o.quadrants, 'quadrants');
  const split = readSplit(quadrantOptions.split);
  const quadrants = resolveQuadrants(quadrantOptions.labels ?? kamMatrix, 'quadrants.labels');

  const array = toArray(data);
  const ids = readIds(array, o.id);
  const criteria: WeightedCriterion<T>[] = list.map((c, i) => ({
    key: c.key,
    weight: weights[i]!,
    read: accessor<T, unknown>(c.value as string, `criteria[${i}].value`),
    scale: c.scale ?? [1, 10],
    invert: c.higherIsBetter === false,
  }));
  const table = criterionTable(array, criteria, normalize);
  const axisShare = {
    growth: aw.growth / (aw.growth + aw.harmony),
    harmony: aw.harmony / (aw.growth + aw.harmony),
  };

  interface Scored {
    index: number;
    growth: number;
    harmony: number;
    total: number;
    contributions: Contribution[];
    incomplete: boolean;
    outOfScale: boolean;
    issues: ValueIssue[];
  }
  const scored: Scored[] = [];
  const excluded: ScoreExcluded<T>[] = [];
  for (let i = 0; i < array.length; i++) {
    const weightSum = { growth: 0, harmony: 0 };
    const issues: ValueIssue[] = [];
    let incomplete = false;
    let outOfScale = false;
    for (let c = 0; c < list.length; c++) {
      const s = table.scores[c]?.[i];
      const issue = table.issues[c]?.[i] ?? null;
      if (issue !== null) {
        issues.push({ key: (list[c] as Criterion<T>).key, value: table.raw[c]?.[i], reason: issue });
        if (issue === 'missing' || issue === 'non-finite') incomplete = true;
        else outOfScale = true;
      }
      if (s !== null && s !== undefined) weightSum[(list[c] as Criterion<T>).axis] += weights[c]!;
    }
    const missingAxes = AXES.filter((axis) => !(weightSum[axis] > 0));
    if (missingAxes.length > 0) {
      excluded.push({
        id: ids[i] as Id,
        datum: array[i] as T,
        index: i,
        field: missingAxes[0]!,
        value: undefined,
        reason: 'missing',
        axes: missingAxes,
        issues,
      });
      continue;
    }
    const weighted = { growth: 0, harmony: 0 }; // Σ w·s per axis; divided once (exact for equal scores)
    const contributions: Contribution[] = list.map((criterion, c) => {
      const s = table.scores[c]?.[i] ?? null;
      const w = weights[c]!;
      const weightShare = s === null ? 0 : w / weightSum[criterion.axis];
      const contribution = s === null ? 0 : (w * s) / weightSum[criterion.axis];
      if (s !== null) weighted[criterion.axis] += w * s;
      const issue = table.issues[c]?.[i];
      return {
        key: criterion.key,
        axis: criterion.axis,
        value: table.raw[c]?.[i],
        score: s,
        weight: criterion.weight,
        weightShare,
        contribution,
        totalContribution: contribution * axisShare[criterion.axis],
        clamped: issue === 'below-scale' || issue === 'above-scale',
      };
    });
    const growth = clampScore(weighted.growth / weightSum.growth);
    const harmony = clampScore(weighted.harmony / weightSum.harmony);
    const total = clampScore((aw.growth * growth + aw.harmony * harmony) / (aw.growth + aw.harmony));
    scored.push({ index: i, growth, harmony, total, contributions, incomplete, outOfScale, issues });
  }

  const scoredIds = scored.map((s) => ids[s.index] as Id);
  const order = orderByValueDescending(
    scored.map((s) => s.total),
    scoredIds,
  );
  const counts = emptyQuadrantCounts(quadrants);
  const rows: ScoreRow<T>[] = new Array(order.length);
  for (let r = 0; r < order.length; r++) {
    const k = order[r] as number;
    const s = scored[k] as Scored;
    const quadrant = quadrants[quadrantPosition(gte(s.growth, split.growth), gte(s.harmony, split.harmony))];
    counts[quadrant.key] = (counts[quadrant.key] ?? 0) + 1;
    rows[r] = {
      id: scoredIds[k] as Id,
      datum: array[s.index] as T,
      index: s.index,
      growth: s.growth,
      harmony: s.harmony,
      total: s.total,
      rank: r + 1,
      quadrant,
      contributions: s.contributions,
      incomplete: s.incomplete,
      outOfScale: s.outOfScale,
      issues: s.issues,
    };
  }

  return {
    rows,
    excluded,
    criteria: list.map((c, i) => {
      const resolved: ResolvedCriterion = {
        key: c.key,
        axis: c.axis,
        weight: c.weight,
        weightShare: weights[i]! / axisTotals[c.axis],
        scale: c.scale ?? [1, 10],
        higherIsBetter: c.higherIsBetter !== false,
      };
      // A label is text passed through; anything else is left out rather than echoed into the result.
      if (typeof c.label === 'string') resolved.label = c.label;
      return resolved;
    }),
    axisWeights,
    normalize,
    split,
    quadrants,
    counts,
  };
}
