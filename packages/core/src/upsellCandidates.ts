import type { FieldOrAccessor, Id, IdField, NumberField } from './accessor';
import { toAccessor, toArray } from './accessor';
import { KamkitError } from './errors';
import { compareIds, readIds } from './id';
import { classifyValue } from './numeric';
import { orderByValueDescending } from './order';
import type { ScoreResult } from './score';

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

/** A record that could not be assessed. */
export interface UpsellExcluded<T> extends UpsellOther<T> {
  /** The unusable field. */
  field: 'plan' | 'measure';
  /** The raw value read (for `'measure'` with `score`: `undefined` when the account has no score row). */
  value: unknown;
  /** `'missing'`, `'text'` or `'non-finite'`. */
  reason: 'missing' | 'text' | 'non-finite';
}

/** Result of {@link upsellCandidates}. */
export interface UpsellCandidatesResult<T> {
  /** Accounts not on a top plan, by measure descending, then id ascending. */
  rows: UpsellCandidateRow<T>[];
  /** Accounts already on a top plan (or, with `plans`, on a plan ranked above it), by id ascending. */
  onTopPlan: UpsellOther<T>[];
  /** Accounts whose plan is not in `plans` (only with a `plans` list), by id ascending. */
  unknownPlan: UpsellOther<T>[];
  /** Accounts without a usable plan or measure, in input order. */
  excluded: UpsellExcluded<T>[];
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
 * - Throws `KamkitError` `INVALID_OPTION` for bad `plans`/`topPlan` (including a top plan not in `plans`) and
 *   `DUPLICATE_ID`/`INVALID_ID` for bad ids.
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
  const plans = options?.plans;
  if (plans !== undefined) {
    if (!Array.isArray(plans) || plans.length === 0 || plans.some((p) => typeof p !== 'string' || p === '')) {
      throw new KamkitError(
        'INVALID_OPTION',
        'plans must be a non-empty array of plan names, lowest first.',
        {
          field: 'plans',
        },
      );
    }
    if (new Set(plans).size !== plans.length) {
      throw new KamkitError('INVALID_OPTION', 'plans lists a plan twice.', { field: 'plans' });
    }
  }
  const topOption = options?.topPlan ?? (plans === undefined ? undefined : plans[plans.length - 1]);
  const topPlans =
    topOption === undefined ? [] : typeof topOption === 'string' ? [topOption] : [...topOption];
  if (topPlans.length === 0 || topPlans.some((p) => typeof p !== 'string' || p === '')) {
    throw new KamkitError(
      'INVALID_OPTION',
      'Give the plans lowest to highest in plans, or the top plan in topPlan.',
      {
        field: 'topPlan',
      },
    );
  }
  const position = new Map<string, number>();
  plans?.forEach((p, i) => {
    position.set(p, i);
  });
  if (plans !== undefined) {
    for (const top of topPlans) {
      if (!position.has(top)) {
        throw new KamkitError('INVALID_OPTION', `topPlan '${top}' is not one of plans.`, {
          field: 'topPlan',
        });
      }
    }
  }
  const topSet = new Set(topPlans);
  // The lowest top plan: candidates are counted up to it.
  const topPosition = plans === undefined ? 0 : Math.min(...topPlans.map((p) => position.get(p) as number));

  const array = toArray(data);
  const ids = readIds(array, options.id);
  const readPlan = toAccessor<T, unknown>((options.plan ?? 'plan') as string);
  let readMeasure: (datum: T, i: number) => unknown;
  if (options.score !== undefined) {
    const growth = new Map<Id, number>();
    for (const row of options.score.rows) growth.set(row.id, row.growth);
    readMeasure = (_datum, i) => growth.get(ids[i] as Id);
  } else {
    const read = toAccessor<T, unknown>((options.measure ?? 'growth') as string);
    readMeasure = (datum, i) => read(datum, i, array);
  }

  const candidates: { index: number; plan: string; measure: number }[] = [];
  const onTopPlan: UpsellOther<T>[] = [];
  const unknownPlan: UpsellOther<T>[] = [];
  const excluded: UpsellExcluded<T>[] = [];
  for (let i = 0; i < array.length; i++) {
    const datum = array[i] as T;
    const id = ids[i] as Id;
    const raw = readPlan(datum, i, array);
    if (raw === null || raw === undefined || raw === '') {
      excluded.push({ id, datum, index: i, plan: raw, field: 'plan', value: raw, reason: 'missing' });
      continue;
    }
    if (typeof raw !== 'string' && !(typeof raw === 'number' && Number.isFinite(raw))) {
      excluded.push({ id, datum, index: i, plan: raw, field: 'plan', value: raw, reason: 'non-finite' });
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
    const measure = readMeasure(datum, i);
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
