import type { Accessor, Id, IdField, NumberField } from './accessor';
import { toAccessor, toArray } from './accessor';
import { KamkitError } from './errors';
import { readIds } from './id';
import { classifyValue, gte } from './numeric';
import { oneOf } from './options';
import { orderByValueDescending } from './order';
import type { Quadrant, QuadrantLabels, QuadrantPosition } from './quadrants';
import { emptyQuadrantCounts, kamMatrix, quadrantPosition, resolveQuadrants } from './quadrants';

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

/** An account that could not be placed on the matrix. */
export interface ScoreExcluded<T> {
  /** The account's id. */
  id: Id;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input. */
  index: number;
  /** Always `'missing'`: no criterion with a positive weight was usable on at least one axis. */
  reason: 'missing';
  /** The axes that could not be scored. */
  axes: ScoreAxis[];
  /** Every dropped or clamped value, in the order of `criteria`. */
  issues: ValueIssue[];
}

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
  /** Number of rows per quadrant key (all four keys present). */
  counts: Record<string, number>;
}

/** @internal A validated weighted criterion (of {@link score}) or signal (of `churnRisk`). */
export interface WeightedCriterion<T> {
  key: string;
  weight: number;
  read: Accessor<T, unknown>;
  scale: readonly [number, number];
  /** Reverse the 0–100 score (lower raw value scores higher). */
  invert: boolean;
}

/**
 * @internal Validates the parts common to criteria and signals: an array of objects with a unique non-empty
 * `key`, a `weight` that is a finite number ≥ 0 (`INVALID_WEIGHTS`) and a `scale` `[min, max]` of finite
 * numbers with `min < max` (`INVALID_OPTION`).
 */
export function validateWeighted(
  list: unknown,
  field: string,
  defaultScale: readonly [number, number],
): Record<string, unknown>[] {
  if (!Array.isArray(list) || list.length === 0) {
    throw new KamkitError('INVALID_OPTION', `${field} must be a non-empty array.`, { field });
  }
  const keys = new Set<string>();
  list.forEach((entry: unknown, i) => {
    const at = `${field}[${i}]`;
    if (entry === null || typeof entry !== 'object') {
      throw new KamkitError('INVALID_OPTION', `${at} must be an object.`, { field: at });
    }
    const { key, weight, value } = entry as Record<string, unknown>;
    const scale = (entry as Record<string, unknown>).scale ?? defaultScale;
    if (typeof key !== 'string' || key === '') {
      throw new KamkitError('INVALID_OPTION', `${at}.key must be a non-empty string.`, {
        field: `${at}.key`,
      });
    }
    if (keys.has(key)) {
      throw new KamkitError('INVALID_OPTION', `${field} has the key '${key}' twice; keys must be unique.`, {
        field: `${at}.key`,
      });
    }
    keys.add(key);
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new KamkitError(
        'INVALID_WEIGHTS',
        `${at}.weight ('${key}') must be a finite number ≥ 0; got ${String(weight)}.`,
        { field: `${at}.weight` },
      );
    }
    if (typeof value !== 'string' && typeof value !== 'function') {
      throw new KamkitError('INVALID_OPTION', `${at}.value ('${key}') must be a field name or an accessor.`, {
        field: `${at}.value`,
      });
    }
    if (
      !Array.isArray(scale) ||
      scale.length !== 2 ||
      typeof scale[0] !== 'number' ||
      typeof scale[1] !== 'number' ||
      !Number.isFinite(scale[0]) ||
      !Number.isFinite(scale[1]) ||
      !(scale[0] < scale[1])
    ) {
      throw new KamkitError(
        'INVALID_OPTION',
        `${at}.scale ('${key}') must be [min, max] with finite min < max; got ${JSON.stringify(scale)}.`,
        { field: `${at}.scale` },
      );
    }
  });
  return list as Record<string, unknown>[];
}

/** @internal Raw values, 0–100 scores (`null` when dropped) and issues of every criterion for every record. */
export interface CriterionTable {
  /** `raw[c][i]`: the value read for criterion `c` of record `i`. */
  raw: unknown[][];
  /** `scores[c][i]`: 0–100, or `null` when the value is missing or non-finite. */
  scores: (number | null)[][];
  /** `issues[c][i]`: what happened to the value, or `null` when it was used as it is. */
  issues: (ValueIssueReason | null)[][];
}

/**
 * @internal Reads every criterion of every record and maps it to 0–100:
 * `'scale'`: `(v − min) / (max − min) × 100`, clamped to 0–100 and flagged `'below-scale'`/`'above-scale'`;
 * `'minmax'`: `(v − smallest) / (largest − smallest) × 100` over the records that have the value (50 when all
 * are equal, as d3's linear scale does with an empty domain); `'rank'`: `(r − 1) / (m − 1) × 100` with `r` the
 * ascending mid-rank (ties share their mean rank) among the `m` records that have the value (50 when m = 1).
 * `invert` then maps `s` to `100 − s`. Missing (`null`/`undefined`) and non-finite values give `null`.
 */
export function criterionTable<T>(
  array: readonly T[],
  criteria: readonly WeightedCriterion<T>[],
  normalize: ScoreNormalize,
): CriterionTable {
  const n = array.length;
  const raw: unknown[][] = [];
  const scores: (number | null)[][] = [];
  const issues: (ValueIssueReason | null)[][] = [];
  for (const criterion of criteria) {
    const values = new Array<unknown>(n);
    const s = new Array<number | null>(n).fill(null);
    const issue = new Array<ValueIssueReason | null>(n).fill(null);
    const valid: number[] = [];
    for (let i = 0; i < n; i++) {
      const value = criterion.read(array[i] as T, i, array);
      values[i] = value;
      const kind = classifyValue(value);
      if (kind === 'ok') valid.push(i);
      else issue[i] = kind;
    }
    if (normalize === 'scale') {
      const [min, max] = criterion.scale;
      for (const i of valid) {
        const v = values[i] as number;
        let x = ((v - min) / (max - min)) * 100;
        if (v < min) {
          x = 0;
          issue[i] = 'below-scale';
        } else if (v > max) {
          x = 100;
          issue[i] = 'above-scale';
        }
        s[i] = x;
      }
    } else if (normalize === 'minmax') {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (const i of valid) {
        const v = values[i] as number;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      for (const i of valid) {
        const v = values[i] as number;
        s[i] = hi > lo ? Math.min(100, Math.max(0, ((v - lo) / (hi - lo)) * 100)) : 50;
      }
    } else {
      const sorted = [...valid].sort((a, b) => (values[a] as number) - (values[b] as number));
      const m = sorted.length;
      let start = 0;
      while (start < m) {
        let end = start;
        const v = values[sorted[start] as number] as number;
        while (end + 1 < m && (values[sorted[end + 1] as number] as number) === v) end++;
        const midRank = (start + end) / 2; // zero-based mean rank of the tie group
        for (let r = start; r <= end; r++) s[sorted[r] as number] = m > 1 ? (midRank / (m - 1)) * 100 : 50;
        start = end + 1;
      }
    }
    if (criterion.invert) {
      for (const i of valid) s[i] = 100 - (s[i] as number);
    }
    raw.push(values);
    scores.push(s);
    issues.push(issue);
  }
  return { raw, scores, issues };
}

/** Clamps a weighted mean of 0–100 scores back into 0–100 (it can leave it by one ulp). */
export function clampScore(x: number): number {
  return Math.min(100, Math.max(0, x));
}

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
    throw new KamkitError(
      'INVALID_OPTION',
      `quadrants.split must be a finite number or { growth, harmony } of finite numbers; got ${JSON.stringify(split)}.`,
      { field: 'quadrants.split' },
    );
  }
  return { growth: pair.growth, harmony: pair.harmony };
}

function readAxisWeights(axisWeights: unknown): { growth: number; harmony: number } {
  if (axisWeights === undefined) return { growth: 1, harmony: 1 };
  const w = axisWeights as { growth?: unknown; harmony?: unknown };
  const ok = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (w === null || typeof w !== 'object' || !ok(w.growth) || !ok(w.harmony) || w.growth + w.harmony <= 0) {
    throw new KamkitError(
      'INVALID_WEIGHTS',
      `axisWeights must be { growth, harmony } with finite weights ≥ 0, not both 0; got ${JSON.stringify(axisWeights)}.`,
      { field: 'axisWeights' },
    );
  }
  return { growth: w.growth, harmony: w.harmony };
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
  if (options === null || typeof options !== 'object') {
    throw new KamkitError('INVALID_OPTION', 'score needs options with criteria.', { field: 'criteria' });
  }
  const list = validateWeighted(options.criteria, 'criteria', [1, 10]) as unknown as Criterion<T>[];
  list.forEach((c, i) => {
    if (c.axis !== 'growth' && c.axis !== 'harmony') {
      throw new KamkitError(
        'INVALID_OPTION',
        `criteria[${i}].axis ('${c.key}') must be 'growth' or 'harmony'; got ${JSON.stringify(c.axis)}.`,
        { field: `criteria[${i}].axis` },
      );
    }
  });
  const axisTotals = { growth: 0, harmony: 0 };
  for (const c of list) axisTotals[c.axis] += c.weight;
  for (const axis of AXES) {
    if (!(axisTotals[axis] > 0)) {
      throw new KamkitError(
        'INVALID_WEIGHTS',
        `The ${axis} axis needs at least one criterion with a weight > 0.`,
        { field: 'criteria' },
      );
    }
  }
  const normalize = oneOf(options.normalize, ['scale', 'minmax', 'rank'], 'scale', 'normalize');
  const axisWeights = readAxisWeights(options.axisWeights);
  const split = readSplit(options.quadrants?.split);
  const quadrants = resolveQuadrants(options.quadrants?.labels ?? kamMatrix, 'quadrants.labels');

  const array = toArray(data);
  const ids = readIds(array, options.id);
  const criteria: WeightedCriterion<T>[] = list.map((c) => ({
    key: c.key,
    weight: c.weight,
    read: toAccessor<T, unknown>(c.value as string),
    scale: c.scale ?? [1, 10],
    invert: c.higherIsBetter === false,
  }));
  const table = criterionTable(array, criteria, normalize);
  const axisShare = {
    growth: axisWeights.growth / (axisWeights.growth + axisWeights.harmony),
    harmony: axisWeights.harmony / (axisWeights.growth + axisWeights.harmony),
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
      if (s !== null && s !== undefined)
        weightSum[(list[c] as Criterion<T>).axis] += (list[c] as Criterion<T>).weight;
    }
    const missingAxes = AXES.filter((axis) => !(weightSum[axis] > 0));
    if (missingAxes.length > 0) {
      excluded.push({
        id: ids[i] as Id,
        datum: array[i] as T,
        index: i,
        reason: 'missing',
        axes: missingAxes,
        issues,
      });
      continue;
    }
    const weighted = { growth: 0, harmony: 0 }; // Σ w·s per axis; divided once (exact for equal scores)
    const contributions: Contribution[] = list.map((criterion, c) => {
      const s = table.scores[c]?.[i] ?? null;
      const weightShare = s === null ? 0 : criterion.weight / weightSum[criterion.axis];
      const contribution = s === null ? 0 : (criterion.weight * s) / weightSum[criterion.axis];
      if (s !== null) weighted[criterion.axis] += criterion.weight * s;
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
    const total = clampScore(
      (axisWeights.growth * growth + axisWeights.harmony * harmony) /
        (axisWeights.growth + axisWeights.harmony),
    );
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
    criteria: list.map((c) => {
      const resolved: ResolvedCriterion = {
        key: c.key,
        axis: c.axis,
        weight: c.weight,
        weightShare: c.weight / axisTotals[c.axis],
        scale: c.scale ?? [1, 10],
        higherIsBetter: c.higherIsBetter !== false,
      };
      if (c.label !== undefined) resolved.label = c.label;
      return resolved;
    }),
    axisWeights,
    normalize,
    split,
    quadrants,
    counts,
  };
}
