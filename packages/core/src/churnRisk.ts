import { abc } from './abc';
import type { Accessor, Id } from './accessor';
import { accessor, toArray } from './accessor';
import type { QueueKeys } from './churnQueue';
import { chain, importanceRank, QUEUE_ORDERS, readAsOf, toTime, utcDaysBetween } from './churnQueue';
import type {
  ChurnLevel,
  ChurnPredicateRow,
  ChurnQueueReason,
  ChurnRankBy,
  ChurnRiskExcluded,
  ChurnRiskOptions,
  ChurnRiskResult,
  ChurnRiskRow,
  ChurnSignal,
  SignalContribution,
} from './churnRisk.types';
import { KamkitError } from './errors';
import { readIds } from './id';
import type { ExclusionReason } from './numeric';
import { CompensatedSum, classifyValue, finite, gte } from './numeric';
import { invalidOption, limitPair, oneOf } from './options';
import { orderByValueDescending } from './order';
import type { ValueIssue, WeightedCriterion } from './score';
import { clampScore, criterionTable, validateWeighted } from './score';

export type {
  ChurnComparator,
  ChurnLevel,
  ChurnPredicateRow,
  ChurnQueueReason,
  ChurnRankBy,
  ChurnRiskExcluded,
  ChurnRiskOptions,
  ChurnRiskResult,
  ChurnRiskRow,
  ChurnSignal,
  SignalContribution,
} from './churnRisk.types';

/**
 * Churn risk of key accounts: a 0–100 risk score from weighted signals, a level, the at-risk queue ranked by
 * importance and time waiting (the template's "Gefährdet" list), and the MRR at risk.
 *
 * Rules:
 * - Each signal's value maps linearly from its `scale` (default `[0, 100]`) to 0–100; a value outside the
 *   scale is clamped and reported (`clamped`, an issue `'below-scale'`/`'above-scale'`). With
 *   `higherIsRiskier: false` the score is reversed. `risk = Σ w·s / Σ w`, so scaling all weights changes
 *   nothing. Weights must be finite and ≥ 0 with at least one positive (`INVALID_WEIGHTS`).
 * - A missing, text or non-finite signal value is dropped for that account: the other weights are renormalised and
 *   the row is flagged `incomplete`. An account without any usable signal of positive weight goes to
 *   `excluded` (field `'signals'`, reason `'missing'`).
 * - MRR must be a finite number ≥ 0. Zero-MRR accounts are kept (they can be at risk; they add 0 to the MRR at
 *   risk). Negative, non-finite or missing MRR goes to `excluded` (field `'mrr'`).
 * - `level` is `'high'` when risk ≥ `levels[1]` (default 66), `'medium'` when ≥ `levels[0]` (default 33), else
 *   `'low'`; comparisons are robust to floating-point noise.
 * - **Queue membership**: an account is queued (`atRisk: true`) when it is flagged or its row meets the
 *   `atRisk` predicate (default: level `'high'`); `queueReason` says which. It is flagged when `daysInQueue`
 *   is a number > 0, or — when `daysInQueue` gives no number ≥ 0 — `flaggedAt` is a usable date. Days from a
 *   date are whole UTC calendar days to `asOf` (default: now; pass it in tests): flagged on `asOf` is 0 days;
 *   a date after `asOf` still flags the account, with 0 days and an issue `'above-scale'`; an unusable date
 *   flags nothing and is reported `'non-finite'`. `daysInQueue: 0` means "not in the queue". A flagged
 *   account is never dropped from the queue, whatever its risk.
 * - **Importance**: by default the account's ABC tier of MRR — core's {@link abc} with its default rules
 *   (80 %/95 % of value, the account crossing a threshold still in the tier above) over every record with a
 *   positive MRR, excluded ones included; A = 1, B = 2, C = 3. A zero-MRR account (which ABC leaves out) is
 *   C. An `importance` accessor gives a tier (`'A' | 'B' | 'C'`, case-insensitive) or a rank number (smaller =
 *   more important, used as is); anything else is unknown (`null`) and ranks last.
 * - **Queue order** (`ranking`), each ending with id ascending so the order is total and independent of input
 *   order; unknown values go last:
 *   `'importance'` (default): importance, then days in the queue descending (longest first);
 *   `'mrr'`: MRR descending, then days descending; `'expected-loss'` (needs `probability`): expected loss
 *   descending, then MRR, then days; `'risk'`: risk descending, then importance, then days; `'waiting'`: days
 *   descending, then importance. A comparator `(a, b) => number` orders first; its ties (and NaN) fall back to
 *   importance, days, id. `queueRank` is the 1-based position. To rank every account, pass
 *   `atRisk: () => true`.
 * - `rows` are by risk descending, then id ascending (`rank`). `mrrAtRisk` sums the MRR of the queue and
 *   `mrrAtRiskShare` is its share of the MRR of all rows (0 when that is 0). With a `probability` accessor
 *   (0–1; outside is clamped and reported as an issue with key `'probability'`; missing gives `null`),
 *   `expectedLoss = Σ MRR × probability` over all rows with a known probability, queued or not.
 * - Results hold plain data (numbers, strings, the caller's records), ready for `JSON.stringify`.
 * - Ids: the field `id` by default; when no record has one, the record's position. Records with and without
 *   ids cannot be mixed (`INVALID_ID`).
 * - Throws `KamkitError` `INVALID_OPTION` (signals, levels, `atRisk` not a function, `rankBy` unknown or
 *   `'expected-loss'` without `probability`, `asOf` no usable date, a field option that is neither a name nor
 *   a function), `INVALID_WEIGHTS`, `DUPLICATE_ID`/`INVALID_ID`, `OVERFLOW` (a total beyond ±1.8e308).
 *
 * @example
 * const result = churnRisk(accounts, {
 *   signals: [
 *     { key: 'ticketsOpen', value: 'ticketsOpen', weight: 1, scale: [0, 20] },
 *     { key: 'usage', value: 'weeklyActiveShare', weight: 2, scale: [0, 1], higherIsRiskier: false },
 *   ],
 *   asOf: '2024-12-31', // counts the days of accounts given a flaggedAt date
 * });
 * result.ranking.map((r) => [r.id, r.tier, r.daysInQueue]); // A accounts first, longest waiting first
 * result.mrrAtRiskShare; // e.g. 0.18
 */
export function churnRisk<T>(data: Iterable<T>, options: ChurnRiskOptions<T>): ChurnRiskResult<T> {
  const setup = prepare(options);
  const array = toArray(data);
  const ids = readIds(array, options.id);
  const importance = readImportance(array, ids, setup);
  const table = criterionTable(array, setup.signals, 'scale');

  const assessed: ChurnPredicateRow<T>[] = [];
  const excluded: ChurnRiskExcluded<T>[] = [];
  for (let i = 0; i < array.length; i++) {
    const outcome = assess(array, i, ids[i] as Id, table, importance, setup);
    if ('field' in outcome) excluded.push(outcome);
    else assessed.push(outcome);
  }

  const order = orderByValueDescending(
    assessed.map((r) => r.risk),
    assessed.map((r) => r.id),
  );
  const rows: ChurnRiskRow<T>[] = new Array(order.length);
  const levelCounts: Record<ChurnLevel, number> = { low: 0, medium: 0, high: 0 };
  const total = new CompensatedSum();
  const atRiskSum = new CompensatedSum();
  const lossSum = new CompensatedSum();
  const ranking: ChurnRiskRow<T>[] = [];
  let flaggedCount = 0;
  for (let r = 0; r < order.length; r++) {
    const base = { ...(assessed[order[r] as number] as ChurnPredicateRow<T>), rank: r + 1 };
    const meets = Boolean(setup.isAtRisk(base));
    const queueReason: ChurnQueueReason | null =
      base.flagged && meets ? 'both' : base.flagged ? 'flagged' : meets ? 'risk' : null;
    const row: ChurnRiskRow<T> = { ...base, atRisk: queueReason !== null, queueReason, queueRank: null };
    rows[r] = row;
    levelCounts[row.level]++;
    total.add(row.mrr);
    if (row.expectedLoss != null) lossSum.add(row.expectedLoss);
    if (row.atRisk) {
      ranking.push(row);
      atRiskSum.add(row.mrr);
      if (row.flagged) flaggedCount++;
    }
  }
  ranking.sort(setup.compare as (a: ChurnRiskRow<T>, b: ChurnRiskRow<T>) => number);
  ranking.forEach((row, k) => {
    row.queueRank = k + 1;
  });

  const totalMrr = finite(total.value, 'total MRR');
  const mrrAtRisk = finite(atRiskSum.value, 'MRR at risk');
  const result: ChurnRiskResult<T> = {
    rows,
    ranking,
    excluded,
    totalMrr,
    mrrAtRisk,
    mrrAtRiskShare: totalMrr > 0 ? mrrAtRisk / totalMrr : 0,
    accountsAtRisk: ranking.length,
    accountsFlagged: flaggedCount,
    levelCounts,
    levels: [setup.levels[0], setup.levels[1]],
    rankBy: setup.rankBy,
  };
  if (setup.readProbability !== undefined) result.expectedLoss = finite(lossSum.value, 'expected loss');
  return result;
}

interface Setup<T> {
  signals: WeightedCriterion<T>[];
  /** The weights divided by the largest one: only ratios matter, and 1e308 + 1e308 must not overflow. */
  scaled: number[];
  levels: readonly [number, number];
  isAtRisk: (row: ChurnPredicateRow<T>) => boolean;
  rankBy: ChurnRankBy | 'custom';
  compare: (a: QueueKeys, b: QueueKeys) => number;
  readMrr: Accessor<T, unknown>;
  readDays: Accessor<T, unknown>;
  readFlaggedAt: Accessor<T, unknown>;
  /** `asOf`, read once the first flaggedAt date needs it (so the clock is read only when a date is given). */
  asOf: () => number;
  readImportance: Accessor<T, unknown> | undefined;
  readProbability: Accessor<T, unknown> | undefined;
}

/** Validates the options and resolves the accessors and the queue order. */
function prepare<T>(options: ChurnRiskOptions<T>): Setup<T> {
  if (options === null || typeof options !== 'object') {
    invalidOption('options', 'must be an object with signals', options);
  }
  const list = validateWeighted(options.signals, 'signals', [0, 100]) as unknown as ChurnSignal<T>[];
  const maxWeight = list.reduce((a, s) => Math.max(a, s.weight), 0);
  if (!(maxWeight > 0)) {
    throw new KamkitError('INVALID_WEIGHTS', 'At least one signal needs a weight > 0.', { field: 'signals' });
  }
  const levels = limitPair(options.levels, [33, 66], 'levels', { min: 0, max: 100, minInclusive: true });
  if (options.atRisk !== undefined && typeof options.atRisk !== 'function') {
    throw new KamkitError('INVALID_OPTION', 'atRisk must be a function (row) => boolean.', {
      field: 'atRisk',
    });
  }
  const custom = typeof options.rankBy === 'function' ? options.rankBy : undefined;
  const rankBy =
    custom !== undefined
      ? 'custom'
      : oneOf(
          options.rankBy as ChurnRankBy | undefined,
          ['importance', 'mrr', 'expected-loss', 'risk', 'waiting'],
          'importance',
          'rankBy',
        );
  const hasProbability = options.probability !== undefined;
  if (rankBy === 'expected-loss' && !hasProbability) {
    throw new KamkitError('INVALID_OPTION', "rankBy: 'expected-loss' needs a probability accessor.", {
      field: 'rankBy',
    });
  }
  const compare =
    custom !== undefined
      ? chain([custom as unknown as (a: QueueKeys, b: QueueKeys) => number, ...QUEUE_ORDERS.importance])
      : chain(QUEUE_ORDERS[rankBy as ChurnRankBy]);
  let asOf: number | undefined;
  return {
    scaled: list.map((s) => s.weight / maxWeight),
    signals: list.map((s, k) => ({
      key: s.key,
      weight: s.weight,
      read: accessor<T, unknown>(s.value as string, `signals[${k}].value`),
      scale: s.scale ?? [0, 100],
      invert: s.higherIsRiskier === false,
    })),
    levels,
    isAtRisk: options.atRisk ?? ((row) => row.level === 'high'),
    rankBy,
    compare,
    readMrr: accessor<T, unknown>((options.mrr ?? 'mrr') as string, 'mrr'),
    readDays: accessor<T, unknown>((options.daysInQueue ?? 'daysInQueue') as string, 'daysInQueue'),
    readFlaggedAt: accessor<T, unknown>((options.flaggedAt ?? 'flaggedAt') as string, 'flaggedAt'),
    asOf: () => {
      asOf ??= readAsOf(options.asOf);
      return asOf;
    },
    readImportance:
      options.importance === undefined
        ? undefined
        : accessor<T, unknown>(options.importance as string, 'importance'),
    readProbability: hasProbability
      ? accessor<T, unknown>(options.probability as string, 'probability')
      : undefined,
  };
}

/** Importance rank and tier per record: the given accessor, or the ABC tier of MRR over all records. */
function readImportance<T>(
  array: readonly T[],
  ids: readonly Id[],
  setup: Setup<T>,
): { rank: number | null; tier: 'A' | 'B' | 'C' | null }[] {
  const read = setup.readImportance;
  if (read !== undefined) return array.map((d, i) => importanceRank(read(d, i, array)));
  // ABC's default rules over every record; `abc` itself leaves out zero, negative and unusable MRR.
  const tiers = new Array<'A' | 'B' | 'C'>(array.length).fill('C');
  const result = abc(array, { value: setup.readMrr as Accessor<T, number>, id: (_, i) => ids[i] as Id });
  for (const row of result.rows) tiers[row.index] = row.tier;
  return tiers.map((tier) => ({ rank: tier.charCodeAt(0) - 64, tier }));
}

/** Assesses one record: its row without the queue fields, or why it is excluded. */
function assess<T>(
  array: readonly T[],
  i: number,
  id: Id,
  table: ReturnType<typeof criterionTable<T>>,
  importance: readonly { rank: number | null; tier: 'A' | 'B' | 'C' | null }[],
  setup: Setup<T>,
): ChurnPredicateRow<T> | ChurnRiskExcluded<T> {
  const datum = array[i] as T;
  const { signals } = setup;
  const issues: ValueIssue[] = [];
  let available = 0;
  let incomplete = false;
  for (let c = 0; c < signals.length; c++) {
    const issue = table.issues[c]?.[i] ?? null;
    if (issue !== null) {
      issues.push({ key: (signals[c] as WeightedCriterion<T>).key, value: table.raw[c]?.[i], reason: issue });
      if (issue === 'missing' || issue === 'non-finite') incomplete = true;
    }
    if (table.scores[c]?.[i] != null) available += setup.scaled[c] as number;
  }
  const mrr = setup.readMrr(datum, i, array);
  const mrrKind = classifyValue(mrr);
  if (mrrKind !== 'ok' || (mrr as number) < 0) {
    const reason: ExclusionReason = mrrKind === 'ok' ? 'negative' : mrrKind;
    return { id, datum, index: i, field: 'mrr', value: mrr, reason, issues };
  }
  if (!(available > 0)) {
    return { id, datum, index: i, field: 'signals', value: undefined, reason: 'missing', issues };
  }
  let weighted = 0; // Σ w·s, divided once (exact when all scores are equal)
  const contributions: SignalContribution[] = signals.map((signal, c) => {
    const s = table.scores[c]?.[i] ?? null;
    const w = setup.scaled[c] as number;
    if (s !== null) weighted += w * s;
    const issue = table.issues[c]?.[i];
    return {
      key: signal.key,
      value: table.raw[c]?.[i],
      score: s,
      weight: signal.weight,
      weightShare: s === null ? 0 : w / available,
      contribution: s === null ? 0 : (w * s) / available,
      clamped: issue === 'below-scale' || issue === 'above-scale',
    };
  });
  const risk = clampScore(weighted / available);
  const { levels } = setup;
  const level: ChurnLevel = gte(risk, levels[1]) ? 'high' : gte(risk, levels[0]) ? 'medium' : 'low';
  const queue = queueDays(array, i, setup, issues);
  const row: ChurnPredicateRow<T> = {
    id,
    datum,
    index: i,
    mrr: (mrr as number) + 0, // turns -0 into 0
    daysInQueue: queue.days,
    flagged: queue.flagged,
    importance: (importance[i] as { rank: number | null }).rank,
    tier: (importance[i] as { tier: 'A' | 'B' | 'C' | null }).tier,
    risk,
    level,
    rank: 0,
    signals: contributions,
    incomplete,
    issues,
  };
  if (setup.readProbability !== undefined) {
    const p = setup.readProbability(datum, i, array);
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
  return row;
}

/** Days in the queue and whether the record is flagged: `daysInQueue` first, then `flaggedAt` to `asOf`. */
function queueDays<T>(
  array: readonly T[],
  i: number,
  setup: Setup<T>,
  issues: ValueIssue[],
): { days: number | null; flagged: boolean } {
  const datum = array[i] as T;
  const days = setup.readDays(datum, i, array);
  if (classifyValue(days) === 'ok' && (days as number) >= 0) {
    return { days: (days as number) + 0, flagged: (days as number) > 0 };
  }
  const raw = setup.readFlaggedAt(datum, i, array);
  if (raw === null || raw === undefined) return { days: null, flagged: false };
  const time = toTime(raw);
  if (time === null) {
    issues.push({ key: 'flaggedAt', value: raw, reason: 'non-finite' });
    return { days: null, flagged: false };
  }
  const elapsed = utcDaysBetween(time, setup.asOf());
  if (elapsed < 0) {
    issues.push({ key: 'flaggedAt', value: raw, reason: 'above-scale' });
    return { days: 0, flagged: true };
  }
  return { days: elapsed, flagged: true };
}
