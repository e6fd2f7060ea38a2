import type { FieldOrAccessor, Id, IdField, NumberField } from './accessor';
import type { Excluded } from './excluded';
import type { ExclusionReason } from './numeric';
import type { ValueIssue } from './score';

/** One churn signal, e.g. "support tickets" or "drop in logins". */
export interface ChurnSignal<T> {
  /** Unique key, e.g. `'loginDrop'`. */
  key: string;
  /** The signal's raw value: a field name or `(d, i, data) => number`. */
  value: NumberField<T>;
  /** Weight ≥ 0; weights are normalised, so only their ratios matter. */
  weight: number;
  /** `[min, max]` of the signal, `min < max`; values map linearly to 0–100. Default `[0, 100]`. */
  scale?: readonly [number, number];
  /** `false` when a higher value means less risk (e.g. NPS, usage): the 0–100 score is reversed. Default `true`. */
  higherIsRiskier?: boolean;
}

/** Risk level of an account. */
export type ChurnLevel = 'low' | 'medium' | 'high';

/**
 * Order of the at-risk queue (`ranking`): `'importance'` (ABC tier or the given importance, then days waiting),
 * `'mrr'`, `'expected-loss'`, `'risk'` or `'waiting'` (days in the queue); see {@link churnRisk}.
 */
export type ChurnRankBy = 'importance' | 'mrr' | 'expected-loss' | 'risk' | 'waiting';

/** Why an account is in the at-risk queue: flagged (days or date), its risk met `atRisk`, or both. */
export type ChurnQueueReason = 'flagged' | 'risk' | 'both';

/** A custom order of the queue: negative when `a` comes first. Ties are then broken by importance, days waiting, id. */
export type ChurnComparator<T> = (a: ChurnRiskRow<T>, b: ChurnRiskRow<T>) => number;

/** Options of {@link churnRisk}. */
export interface ChurnRiskOptions<T> {
  /**
   * The id of each account. Default: the field `id`; when no record has one, the record's position. Records
   * with and without ids cannot be mixed (`INVALID_ID`). Ids must be unique.
   */
  id?: IdField<T>;
  /** Monthly recurring revenue (≥ 0; zero is kept). Default: the field `mrr`. */
  mrr?: NumberField<T>;
  /**
   * Days the account has been in the at-risk queue; a number > 0 flags the account (0 means "not in the queue").
   * Default: the field `daysInQueue`.
   */
  daysInQueue?: NumberField<T>;
  /**
   * The date the account was put in the queue (a `Date`, epoch milliseconds or an ISO 8601 date such as
   * `'2024-10-01'`), used when `daysInQueue` gives no number: it flags the account, and the days are counted
   * to `asOf`. Default: the field `flaggedAt`.
   */
  flaggedAt?: FieldOrAccessor<T, unknown>;
  /** The day `flaggedAt` is counted to (same forms as `flaggedAt`). Default: the current time. */
  asOf?: Date | number | string;
  /**
   * The account's importance: a tier `'A' | 'B' | 'C'` or a rank number (smaller = more important). Default:
   * the account's ABC tier of MRR (core's `abc` with its default rules over every record with a positive MRR).
   */
  importance?: FieldOrAccessor<T, unknown>;
  /** The risk signals; at least one with a positive weight. */
  signals: readonly ChurnSignal<T>[];
  /** Thresholds `[medium, high]` on the 0–100 risk, `0 ≤ medium ≤ high ≤ 100`. Default `[33, 66]`. */
  levels?: readonly [number, number];
  /**
   * Which accounts join the queue by their risk, besides the flagged ones; receives the computed row (with
   * `datum`). Default: `row.level === 'high'`.
   */
  atRisk?: (row: ChurnPredicateRow<T>) => boolean;
  /** Probability of churn, 0–1, per account; enables `expectedLoss` and `rankBy: 'expected-loss'`. */
  probability?: NumberField<T>;
  /** Order of `ranking` (the queue): a {@link ChurnRankBy} or a comparator. Default `'importance'`. */
  rankBy?: ChurnRankBy | ChurnComparator<T>;
}

/** The row a custom `atRisk` predicate receives: everything but the queue fields. */
export type ChurnPredicateRow<T> = Omit<ChurnRiskRow<T>, 'atRisk' | 'queueReason' | 'queueRank'>;

/** One signal's part in an account's risk. */
export interface SignalContribution {
  key: string;
  /** The raw value read. */
  value: unknown;
  /** The value on 0–100 (clamped to the scale, reversed when `higherIsRiskier: false`); `null` when dropped. */
  score: number | null;
  weight: number;
  /** The weight's share over the signals the account has; 0 when dropped. */
  weightShare: number;
  /** `weightShare × score`: the contributions sum to `risk`. */
  contribution: number;
  /** `true` when the value lay outside the scale and was clamped. */
  clamped: boolean;
}

/** One account, in order of risk. */
export interface ChurnRiskRow<T> {
  /** The account's id. */
  id: Id;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input. */
  index: number;
  /** MRR (≥ 0). */
  mrr: number;
  /**
   * Days in the queue: the `daysInQueue` value when it is a finite number ≥ 0, else the whole UTC days from
   * `flaggedAt` to `asOf`; `null` when neither is usable (then ranked last among ties).
   */
  daysInQueue: number | null;
  /** `true` when `daysInQueue` is > 0 or `flaggedAt` is a usable date: a flagged account is always queued. */
  flagged: boolean;
  /** Importance as a rank, 1 = most important (A = 1, B = 2, C = 3, or the given rank); `null` when unknown. */
  importance: number | null;
  /** The ABC tier the importance came from; `null` when the importance was given as a rank or is unknown. */
  tier: 'A' | 'B' | 'C' | null;
  /** Risk 0–100: weighted mean of the signal scores the account has. */
  risk: number;
  /** `'high'` when risk ≥ high threshold, `'medium'` when ≥ medium threshold, else `'low'`. */
  level: ChurnLevel;
  /** Whether the account is in the at-risk queue: flagged, or its risk meets `atRisk` (default level `'high'`). */
  atRisk: boolean;
  /** Why it is queued, or `null` when it is not. */
  queueReason: ChurnQueueReason | null;
  /** 1-based position in `ranking`, or `null` when it is not queued. */
  queueRank: number | null;
  /** 1-based rank by risk descending, then id ascending: a permutation of 1…n. */
  rank: number;
  /** Churn probability 0–1 (clamped), `null` when missing or non-finite; absent without a `probability` option. */
  probability?: number | null;
  /** `mrr × probability`; `null` when the probability is unknown; absent without a `probability` option. */
  expectedLoss?: number | null;
  /** One entry per signal, in the order of `signals`. */
  signals: SignalContribution[];
  /** `true` when at least one signal was dropped (missing or non-finite) and weights were renormalised. */
  incomplete: boolean;
  /**
   * Dropped or clamped values: signals; `'probability'` outside 0–1; `'flaggedAt'` when it is no usable date
   * (`'non-finite'`) or lies after `asOf` (`'above-scale'`, counted as 0 days).
   */
  issues: ValueIssue[];
}

/**
 * A record that could not be assessed: `field` `'mrr'` (the MRR is negative, missing, text or not finite;
 * `value` is the MRR read) or `'signals'` (no signal of positive weight is usable; `value` is `undefined`),
 * with the dropped signal values in `issues`.
 */
export type ChurnRiskExcluded<T> = Excluded<T, ExclusionReason, { issues: ValueIssue[] }>;

/** Result of {@link churnRisk}. */
export interface ChurnRiskResult<T> {
  /** Every assessed account by risk descending, then id ascending. */
  rows: ChurnRiskRow<T>[];
  /** The queue: every flagged or at-risk row, in the order of `rankBy` (see {@link churnRisk}). */
  ranking: ChurnRiskRow<T>[];
  /** Records with an unusable MRR or no usable signal, in input order. */
  excluded: ChurnRiskExcluded<T>[];
  /** Sum of the MRR of all rows. */
  totalMrr: number;
  /** Sum of the MRR of the at-risk rows. */
  mrrAtRisk: number;
  /** `mrrAtRisk / totalMrr` (0 when `totalMrr` is 0). */
  mrrAtRiskShare: number;
  /** Number of queued rows. */
  accountsAtRisk: number;
  /** Number of queued rows that were flagged (by days or date). */
  accountsFlagged: number;
  /** Number of rows per level. */
  levelCounts: Record<ChurnLevel, number>;
  /** The thresholds used. */
  levels: readonly [number, number];
  /** The ranking order used (`'custom'` for a comparator). */
  rankBy: ChurnRankBy | 'custom';
  /** Σ MRR × probability over all rows with a known probability; present only with a `probability` option. */
  expectedLoss?: number;
}
