import type { FieldOrAccessor, Id, IdField, NumberField } from './accessor';
import { fieldOption, readField, toArray } from './accessor';
import type { Excluded } from './excluded';
import { compareIds, isId, readIds } from './id';
import { classifyValue } from './numeric';
import { invalidOption, listOption, readOptions } from './options';
import { orderByValueDescending } from './order';
import type { ScoreResult, ScoreRow } from './score';

/** Options of {@link upsellCandidates}. */
export interface UpsellCandidatesOptions<T> {
  /** The id of each account. Default: the field `id`, falling back to the record's index. Ids must be unique. */
  id?: IdField<T>;
  /** The account's current plan (a string; numbers are turned into strings). Default: the field `plan`. */
  plan?: FieldOrAccessor<T, unknown>;
  /** All plans from lowest to highest, e.g. `['Basic', 'Standard', 'Premium']`; the last is the top plan. */
  plans?: readonly string[];
  /**
   * The top plan(s); accounts on them — and, with `plans`, on any plan ranked at or above the lowest top plan —
   * are not candidates. Default: the last of `plans`.
   */
  topPlan?: string | readonly string[];
  /** What to rank candidates by (higher first). Default: the field `growth`. Ignored when `score` is given. */
  measure?: NumberField<T>;
  /** A {@link score} result for the same accounts: candidates are then ranked by their growth score (matched by id). */
  score?: ScoreResult<T>;
}

/** One upsell candidate, best first. */
export interface UpsellCandidateRow<T> {
  id: Id;
  datum: T;
  index: number;
  /** The current plan. */
  plan: string;
  /** The ranking measure (the growth score when `score` is given). */
  measure: number;
  /** 1-based rank by measure descending, then id ascending: a permutation of 1…n. */
  rank: number;
  /** The next plan up (`null` without a `plans` list). */
  nextPlan: string | null;
  /** Steps from the current plan up to the (lowest) top plan, ≥ 1; `null` without a `plans` list. */
  stepsToTop: number | null;
}

/** An account that is not a candidate, or could not be ranked. */
export interface UpsellOther<T> {
  id: Id;
  datum: T;
  index: number;
  /** The plan as read. */
  plan: unknown;
}

/** Result of {@link upsellCandidates}. */
export interface UpsellCandidatesResult<T> {
  /** Accounts not on a top plan, by measure descending, then id ascending. */
  rows: UpsellCandidateRow<T>[];
  /** Accounts already on a top plan (or, with `plans`, on a plan ranked above it), by id ascending. */
  onTopPlan: UpsellOther<T>[];
  /** Accounts whose plan is not in `plans` (only with a `plans` list), by id ascending. */
  unknownPlan: UpsellOther<T>[];
  /**
   * Accounts without a usable plan or measure, in input order: `field` `'plan'` or `'measure'`, `value` the raw
   * value read (for `'measure'` with `score`: `undefined` when the account has no score row), reason
   * `'missing'`, `'text'` or `'non-finite'`, and the plan as read.
   */
  excluded: Excluded<T, 'missing' | 'text' | 'non-finite', { plan: unknown }>[];
  /** The top plan(s) used. */
  topPlans: string[];
}

/**
 * Upsell candidates: the accounts that are not on the top plan (e.g. not on Premium), ranked by growth score
 * or another measure.
 *
 * Rules:
 * - Give the plans lowest to highest in `plans` (the last is the top plan) and/or the top plan(s) in
 *   `topPlan`; at least one is required (`INVALID_OPTION`). Plans match exactly (numbers are compared as
 *   strings).
 * - Accounts on a top plan (with `plans`: at or above the lowest top plan) are listed in `onTopPlan`. With a `plans` list, an account on a plan not in it is
 *   listed in `unknownPlan` rather than guessed to be below the top. Every other account is a candidate, with
 *   its `nextPlan` and `stepsToTop` when `plans` is given.
 * - Candidates are ranked by `measure` (default field `growth`) or, with `score`, by the account's growth
 *   score from that result — descending, then id ascending (independent of input order). Zero and negative
 *   measures are ranked like any other number.
 * - A missing plan (`null`, `undefined`, `''`), or a missing or non-finite measure (or no row in `score`), sends
 *   the account to `excluded` with the field and the reason; every record appears exactly once in `rows`,
 *   `onTopPlan`, `unknownPlan` or `excluded`.
 * - Throws `KamkitError` `INVALID_OPTION` for options that are not an object, bad `plans`/`topPlan` (not an
 *   array without holes of at most 1,000 distinct non-empty names, or a top plan not in `plans`), a `score`
 *   that is not a {@link score} result, or a field option that is neither a field name nor an accessor; and
 *   `DUPLICATE_ID`/`INVALID_ID` for bad ids. Errors thrown by the caller's accessors or getters pass through.
 *
 * @example
 * const scores = score(accounts, { criteria });
 * const upsell = upsellCandidates(accounts, { plan: 'plan', plans: ['Basic', 'Standard', 'Premium'], score: scores });
 * upsell.rows[0]; // e.g. { id: 'C', plan: 'Standard', nextPlan: 'Premium', measure: 91.2, rank: 1, … }
 */
export function upsellCandidates<T>(
  data: Iterable<T>,
  options: UpsellCandidatesOptions<T>,
): UpsellCandidatesResult<T> {
  const o = readOptions(options);
  const plans = o.plans == null ? undefined : listOption(o.plans, [], 'plans', MAX_UPSELL_PLANS);
  const position = new Map<string, number>();
  for (let i = 0; i < (plans?.length ?? 0); i++) {
    const plan: unknown = plans![i];
    if (typeof plan !== 'string' || plan === '')
      invalidOption(`plans[${i}]`, 'must be a non-empty plan name', plan);
    if (position.has(plan)) invalidOption(`plans[${i}]`, 'repeats a plan', plan);
    position.set(plan, i);
  }
  if (plans?.length === 0) invalidOption('plans', 'must list the plans, lowest first', plans);
  const topOption = o.topPlan ?? plans?.[plans.length - 1];
  const topPlans =
    typeof topOption === 'string' ? [topOption] : [...listOption(topOption, [], 'topPlan', MAX_UPSELL_PLANS)];
  if (topPlans.length === 0)
    invalidOption(
      'topPlan',
      'or plans must be given (the top plan, or the plans lowest to highest)',
      topOption,
    );
  // The lowest top plan: candidates are counted up to it.
  let topPosition = plans === undefined ? 0 : plans.length;
  for (const top of topPlans) {
    if (typeof top !== 'string' || top === '')
      invalidOption('topPlan', 'must be a non-empty plan name or a list of them', top);
    const at = position.get(top);
    if (plans !== undefined && at === undefined) invalidOption('topPlan', 'must be one of plans', top);
    topPosition = Math.min(topPosition, at ?? 0);
  }
  const topSet = new Set(topPlans);
  const planField = fieldOption(o.plan, 'plan', 'plan');
  const measureField = fieldOption(o.measure, 'growth', 'measure');
  const growth = o.score == null ? undefined : scoreGrowth(o.score);

  const array = toArray(data);
  const ids = readIds(array, o.id);
  const readMeasure = (i: number): unknown =>
    growth === undefined ? readField(measureField, array, i) : growth.get(ids[i]!);

  const candidates: { index: number; plan: string; measure: number }[] = [];
  const onTopPlan: UpsellOther<T>[] = [];
  const unknownPlan: UpsellOther<T>[] = [];
  const excluded: UpsellCandidatesResult<T>['excluded'] = [];
  for (let i = 0; i < array.length; i++) {
    const datum = array[i] as T;
    const id = ids[i] as Id;
    const raw = readField(planField, array, i);
    if (raw == null || raw === '' || !(typeof raw === 'string' || Number.isFinite(raw))) {
      const reason = raw == null || raw === '' ? 'missing' : 'non-finite';
      excluded.push({ id, datum, index: i, plan: raw, field: 'plan', value: raw, reason });
      continue;
    }
    const plan = String(raw);
    const at = position.get(plan);
    if (topSet.has(plan) || (at !== undefined && at >= topPosition)) {
      onTopPlan.push({ id, datum, index: i, plan: raw });
      continue;
    }
    if (plans !== undefined && at === undefined) {
      unknownPlan.push({ id, datum, index: i, plan: raw });
      continue;
    }
    const measure = readMeasure(i);
    const kind = classifyValue(measure);
    if (kind !== 'ok') {
      excluded.push({ id, datum, index: i, plan: raw, field: 'measure', value: measure, reason: kind });
      continue;
    }
    candidates.push({ index: i, plan, measure: measure as number });
  }

  const candidateIds = candidates.map((c) => ids[c.index] as Id);
  const order = orderByValueDescending(
    candidates.map((c) => c.measure),
    candidateIds,
  );
  const rows: UpsellCandidateRow<T>[] = Array.from(order, (k, r) => {
    const c = candidates[k] as { index: number; plan: string; measure: number };
    let nextPlan: string | null = null;
    let stepsToTop: number | null = null;
    if (plans !== undefined) {
      const p = position.get(c.plan) as number;
      nextPlan = (plans[p + 1] as string | undefined) ?? null;
      stepsToTop = topPosition - p;
    }
    return {
      id: candidateIds[k] as Id,
      datum: array[c.index] as T,
      index: c.index,
      plan: c.plan,
      measure: c.measure,
      rank: r + 1,
      nextPlan,
      stepsToTop,
    };
  });
  const byId = (a: UpsellOther<T>, b: UpsellOther<T>) => compareIds(a.id, b.id);

  return { rows, onTopPlan: onTopPlan.sort(byId), unknownPlan: unknownPlan.sort(byId), excluded, topPlans };
}

/** The most plans `plans` and `topPlan` may list. */
const MAX_UPSELL_PLANS = 1000;

/** Growth score by id from a {@link score} result; throws `INVALID_OPTION` when it is not one. */
function scoreGrowth(score: unknown): Map<Id, unknown> {
  const rows = score !== null && typeof score === 'object' ? (score as { rows?: unknown }).rows : undefined;
  if (!Array.isArray(rows)) invalidOption('score', 'must be a result of score()', score);
  const growth = new Map<Id, unknown>();
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (row === null || typeof row !== 'object' || !isId((row as ScoreRow<unknown>).id))
      invalidOption(`score.rows[${i}]`, 'must be a score row with an id', row);
    growth.set((row as ScoreRow<unknown>).id, (row as ScoreRow<unknown>).growth);
  }
  return growth;
}
