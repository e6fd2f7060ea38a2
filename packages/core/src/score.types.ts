import type { Id, IdField, NumberField } from './accessor';
import type { Excluded } from './excluded';
import type { Quadrant, QuadrantLabels, QuadrantPosition } from './quadrants';

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
