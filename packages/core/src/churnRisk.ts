import type { Id, IdField, NumberField } from './accessor';
import { toAccessor, toArray } from './accessor';
import { KamkitError } from './errors';
import { compareIds, readIds } from './id';
import type { ExclusionReason } from './numeric';
import { CompensatedSum, classifyValue, gte } from './numeric';
import { limitPair, oneOf } from './options';
import { orderByValueDescending } from './order';
import type { ValueIssue, WeightedCriterion } from './score';
import { clampScore, criterionTable, validateWeighted } from './score';

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

/** Order of the `ranking` of at-risk accounts. */
export type ChurnRankBy = 'mrr' | 'expected-loss';

/** Options of {@link churnRisk}. */
export interface ChurnRiskOptions<T> {
  /** The id of each account. Default: the field `id`, falling back to the record's index. Ids must be unique. */
  id?: IdField<T>;
  /** Monthly recurring revenue (≥ 0; zero is kept). Default: the field `mrr`. */
  mrr?: NumberField<T>;
  /** Days the account has been in the at-risk queue (breaks ties in the ranking). Default: the field `daysInQueue`. */
  daysInQueue?: NumberField<T>;
  /** The risk signals; at least one with a positive weight. */
  signals: readonly ChurnSignal<T>[];
  /** Thresholds `[medium, high]` on the 0–100 risk, `0 ≤ medium ≤ high ≤ 100`. Default `[33, 66]`. */
  levels?: readonly [number, number];
  /** Which accounts are at risk; receives the computed row (with `datum`). Default: `row.level === 'high'`. */
  atRisk?: (row: Omit<ChurnRiskRow<T>, 'atRisk'>) => boolean;
  /** Probability of churn, 0–1, per account; enables `expectedLoss` and `rankBy: 'expected-loss'`. */
  probability?: NumberField<T>;
  /** Order of `ranking`: by MRR (default `'mrr'`) or by expected loss (`'expected-loss'`, needs `probability`). */
  rankBy?: ChurnRankBy;
}

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
  /** Days in the queue, or `null` when missing, negative or not a finite number (then ranked last among ties). */
  daysInQueue: number | null;
  /** Risk 0–100: weighted mean of the signal scores the account has. */
  risk: number;
  /** `'high'` when risk ≥ high threshold, `'medium'` when ≥ medium threshold, else `'low'`. */
  level: ChurnLevel;
  /** Whether the account counts as at risk (the `atRisk` predicate; default level `'high'`). */
  atRisk: boolean;
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
  /** Dropped or clamped values (signals, and `'probability'` when it lay outside 0–1). */
  issues: ValueIssue[];
}

/** A record that could not be assessed. */
export interface ChurnRiskExcluded<T> {
  id: Id;
  datum: T;
  index: number;
  /** `'mrr'` when the MRR is unusable, `'signals'` when no signal of positive weight is usable. */
  field: 'mrr' | 'signals';
  /** The raw value read (the MRR), or `undefined` for `'signals'`. */
  value: unknown;
  /** `'negative'`, `'non-finite'` or `'missing'`. */
  reason: ExclusionReason;
  /** Dropped signal values. */
  issues: ValueIssue[];
}

/** Result of {@link churnRisk}. */
export interface ChurnRiskResult<T> {
  /** Every assessed account by risk descending, then id ascending. */
  rows: ChurnRiskRow<T>[];
  /** The at-risk rows, most important first (see {@link ChurnRiskOptions.rankBy}). */
  ranking: ChurnRiskRow<T>[];
  /** Records with an unusable MRR or no usable signal, in input order. */
  excluded: ChurnRiskExcluded<T>[];
  /** Sum of the MRR of all rows. */
  totalMrr: number;
  /** Sum of the MRR of the at-risk rows. */
  mrrAtRisk: number;
  /** `mrrAtRisk / totalMrr` (0 when `totalMrr` is 0). */
  mrrAtRiskShare: number;
  /** Number of at-risk rows. */
  accountsAtRisk: number;
  /** Number of rows per level. */
  levelCounts: Record<ChurnLevel, number>;
  /** The thresholds used. */
  levels: readonly [number, number];
  /** The ranking order used. */
  rankBy: ChurnRankBy;
  /** Σ MRR × probability over all rows with a known probability; present only with a `probability` option. */
  expectedLoss?: number;
}

/**
 * Churn risk of key accounts: a 0–100 risk score from weighted signals, a level, the at-risk accounts ranked
 * by what is at stake, and the MRR at risk.
 *
 * Rules:
 * - Each signal's value maps linearly from its `scale` (default `[0, 100]`) to 0–100; a value outside the
 *   scale is clamped and reported (`clamped`, an issue `'below-scale'`/`'above-scale'`). With
 *   `higherIsRiskier: false` the score is reversed. `risk = Σ w·s / Σ w`, so scaling all weights changes
 *   nothing. Weights must be finite and ≥ 0 with at least one positive (`INVALID_WEIGHTS`).
 * - A missing or non-finite signal value is dropped for that account: the other weights are renormalised and
 *   the row is flagged `incomplete`. An account without any usable signal of positive weight goes to
 *   `excluded` (field `'signals'`, reason `'missing'`).
 * - MRR must be a finite number ≥ 0. Zero-MRR accounts are kept (they can be at risk; they add 0 to the MRR at
 *   risk). Negative, non-finite or missing MRR goes to `excluded` (field `'mrr'`).
 * - `level` is `'high'` when risk ≥ `levels[1]` (default 66), `'medium'` when ≥ `levels[0]` (default 33), else
 *   `'low'`; comparisons are robust to floating-point noise. `atRisk` defaults to level `'high'`; a custom
 *   predicate receives the computed row with `datum`.
 * - `rows` are by risk descending, then id ascending. `ranking` holds the at-risk rows by MRR descending, then
 *   days in queue descending (unknown days last), then id ascending; with `rankBy: 'expected-loss'` by expected
 *   loss descending first (unknown last), then the same keys. To rank every account, pass `atRisk: () => true`.
 * - `mrrAtRiskShare` is the share of the MRR of all rows (0 when it is 0). With a `probability` accessor
 *   (0–1; outside is clamped and reported as an issue with key `'probability'`; missing gives `null`),
 *   `expectedLoss = Σ MRR × probability` over all rows with a known probability, at risk or not.
 * - Throws `KamkitError` `INVALID_OPTION` (signals, levels, `atRisk` not a function, `rankBy` unknown or
 *   `'expected-loss'` without `probability`), `INVALID_WEIGHTS`, `DUPLICATE_ID`/`INVALID_ID`.
 *
 * @example
 * const result = churnRisk(accounts, {
 *   mrr: 'mrr',
 *   daysInQueue: 'daysInQueue',
 *   signals: [
 *     { key: 'ticketsOpen', value: 'ticketsOpen', weight: 1, scale: [0, 20] },
 *     { key: 'usage', value: 'weeklyActiveShare', weight: 2, scale: [0, 1], higherIsRiskier: false },
 *   ],
 * });
 * result.ranking.map((r) => r.id); // at-risk accounts, biggest MRR first
 * result.mrrAtRiskShare; // e.g. 0.18
 */
export function churnRisk<T>(data: Iterable<T>, options: ChurnRiskOptions<T>): ChurnRiskResult<T> {
  if (options === null || typeof options !== 'object') {
    throw new KamkitError('INVALID_OPTION', 'churnRisk needs options with signals.', { field: 'signals' });
  }
  const list = validateWeighted(options.signals, 'signals', [0, 100]) as unknown as ChurnSignal<T>[];
  const weightSum = list.reduce((a, s) => a + s.weight, 0);
  if (!(weightSum > 0)) {
    throw new KamkitError('INVALID_WEIGHTS', 'At least one signal needs a weight > 0.', { field: 'signals' });
  }
  const levels = limitPair(options.levels, [33, 66], 'levels', { min: 0, max: 100, minInclusive: true });
  if (options.atRisk !== undefined && typeof options.atRisk !== 'function') {
    throw new KamkitError('INVALID_OPTION', 'atRisk must be a function (row) => boolean.', {
      field: 'atRisk',
    });
  }
  const rankBy = oneOf(options.rankBy, ['mrr', 'expected-loss'], 'mrr', 'rankBy');
  const hasProbability = options.probability !== undefined;
  if (rankBy === 'expected-loss' && !hasProbability) {
    throw new KamkitError('INVALID_OPTION', "rankBy: 'expected-loss' needs a probability accessor.", {
      field: 'rankBy',
    });
  }

  const array = toArray(data);
  const ids = readIds(array, options.id);
  const readMrr = toAccessor<T, unknown>((options.mrr ?? 'mrr') as string);
  const readDays = toAccessor<T, unknown>((options.daysInQueue ?? 'daysInQueue') as string);
  const readProbability = hasProbability ? toAccessor<T, unknown>(options.probability as string) : undefined;
  const signals: WeightedCriterion<T>[] = list.map((s) => ({
    key: s.key,
    weight: s.weight,
    read: toAccessor<T, unknown>(s.value as string),
    scale: s.scale ?? [0, 100],
    invert: s.higherIsRiskier === false,
  }));
  const table = criterionTable(array, signals, 'scale');
  const isAtRisk = options.atRisk ?? ((row: Omit<ChurnRiskRow<T>, 'atRisk'>) => row.level === 'high');

  const assessed: Omit<ChurnRiskRow<T>, 'atRisk' | 'rank'>[] = [];
  const excluded: ChurnRiskExcluded<T>[] = [];
  for (let i = 0; i < array.length; i++) {
    const datum = array[i] as T;
    const id = ids[i] as Id;
    const issues: ValueIssue[] = [];
    let available = 0;
    let incomplete = false;
    for (let c = 0; c < signals.length; c++) {
      const issue = table.issues[c]?.[i] ?? null;
      if (issue !== null) {
        issues.push({
          key: (signals[c] as WeightedCriterion<T>).key,
          value: table.raw[c]?.[i],
          reason: issue,
        });
        if (issue === 'missing' || issue === 'non-finite') incomplete = true;
      }
      if (table.scores[c]?.[i] != null) available += (signals[c] as WeightedCriterion<T>).weight;
    }
    const mrr = readMrr(datum, i, array);
    const mrrKind = classifyValue(mrr);
    if (mrrKind !== 'ok' || (mrr as number) < 0) {
      const reason: ExclusionReason = mrrKind === 'ok' ? 'negative' : mrrKind;
      excluded.push({ id, datum, index: i, field: 'mrr', value: mrr, reason, issues });
      continue;
    }
    if (!(available > 0)) {
      excluded.push({ id, datum, index: i, field: 'signals', value: undefined, reason: 'missing', issues });
      continue;
    }
    let weighted = 0; // Σ w·s, divided once (exact when all scores are equal)
    const contributions: SignalContribution[] = signals.map((signal, c) => {
      const s = table.scores[c]?.[i] ?? null;
      const weightShare = s === null ? 0 : signal.weight / available;
      const contribution = s === null ? 0 : (signal.weight * s) / available;
      if (s !== null) weighted += signal.weight * s;
      const issue = table.issues[c]?.[i];
      return {
        key: signal.key,
        value: table.raw[c]?.[i],
        score: s,
        weight: signal.weight,
        weightShare,
        contribution,
        clamped: issue === 'below-scale' || issue === 'above-scale',
      };
    });
    const risk = clampScore(weighted / available);
    const level: ChurnLevel = gte(risk, levels[1]) ? 'high' : gte(risk, levels[0]) ? 'medium' : 'low';
    const days = readDays(datum, i, array);
    const row: Omit<ChurnRiskRow<T>, 'atRisk' | 'rank'> = {
      id,
      datum,
      index: i,
      mrr: (mrr as number) + 0, // turns -0 into 0
      daysInQueue: classifyValue(days) === 'ok' && (days as number) >= 0 ? (days as number) : null,
      risk,
      level,
      signals: contributions,
      incomplete,
      issues,
    };
    if (readProbability !== undefined) {
      const p = readProbability(datum, i, array);
      if (classifyValue(p) === 'ok') {
        const clamped = Math.min(1, Math.max(0, p as number));
        if (clamped !== p) {
          issues.push({
            key: 'probability',
            value: p,
            reason: (p as number) < 0 ? 'below-scale' : 'above-scale',
          });
        }
        row.probability = clamped;
        row.expectedLoss = row.mrr * clamped;
      } else {
        row.probability = null;
        row.expectedLoss = null;
      }
    }
    assessed.push(row);
  }

  const assessedIds = assessed.map((r) => r.id);
  const order = orderByValueDescending(
    assessed.map((r) => r.risk),
    assessedIds,
  );
  const rows: ChurnRiskRow<T>[] = new Array(order.length);
  const levelCounts: Record<ChurnLevel, number> = { low: 0, medium: 0, high: 0 };
  const total = new CompensatedSum();
  const atRiskSum = new CompensatedSum();
  const lossSum = new CompensatedSum();
  const ranking: ChurnRiskRow<T>[] = [];
  for (let r = 0; r < order.length; r++) {
    const base = assessed[order[r] as number] as Omit<ChurnRiskRow<T>, 'atRisk' | 'rank'>;
    const withRank = { ...base, rank: r + 1 };
    const row: ChurnRiskRow<T> = { ...withRank, atRisk: Boolean(isAtRisk(withRank)) };
    rows[r] = row;
    levelCounts[row.level]++;
    total.add(row.mrr);
    if (row.expectedLoss != null) lossSum.add(row.expectedLoss);
    if (row.atRisk) {
      ranking.push(row);
      atRiskSum.add(row.mrr);
    }
  }
  const byDays = (a: ChurnRiskRow<T>, b: ChurnRiskRow<T>) => (b.daysInQueue ?? -1) - (a.daysInQueue ?? -1);
  const byLoss = (a: ChurnRiskRow<T>, b: ChurnRiskRow<T>) =>
    (b.expectedLoss ?? Number.NEGATIVE_INFINITY) - (a.expectedLoss ?? Number.NEGATIVE_INFINITY) || 0;
  ranking.sort(
    (a, b) =>
      (rankBy === 'expected-loss' ? byLoss(a, b) : 0) ||
      b.mrr - a.mrr ||
      byDays(a, b) ||
      compareIds(a.id, b.id),
  );

  const totalMrr = total.value;
  const mrrAtRisk = atRiskSum.value;
  const result: ChurnRiskResult<T> = {
    rows,
    ranking,
    excluded,
    totalMrr,
    mrrAtRisk,
    mrrAtRiskShare: totalMrr > 0 ? mrrAtRisk / totalMrr : 0,
    accountsAtRisk: ranking.length,
    levelCounts,
    levels: [levels[0], levels[1]],
    rankBy,
  };
  if (hasProbability) result.expectedLoss = lossSum.value;
  return result;
}
