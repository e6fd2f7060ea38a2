import type { FieldOrAccessor, Id, IdField } from './accessor';
import { fieldOption, readField, toArray } from './accessor';
import type { Excluded } from './excluded';
import { compareIds, readIds } from './id';
import { invalidOption, listOption, readOptions } from './options';

/** The most stages {@link onboardingStatus} accepts. */
const MAX_STAGES = 10_000;

/** An onboarding stage: a string such as `'kick-off'` or a number. */
export type OnboardingStage = string | number;

/** Options of {@link onboardingStatus}. */
export interface OnboardingStatusOptions<T> {
  /** The id of each account (unique). Default: the field `id`; when no record has one, the record's index (records with and without ids cannot be mixed). */
  id?: IdField<T>;
  /** The account's current stage. Default: the field `status`. */
  status?: FieldOrAccessor<T, unknown>;
  /** The stages in process order, first to last (e.g. `['contract', 'kick-off', 'setup', 'live']`). Required. */
  stages: readonly OnboardingStage[];
}

/** An account in a stage. */
export interface OnboardingAccount<T> {
  id: Id;
  datum: T;
  index: number;
}

/** One stage, in process order. */
export interface OnboardingStageRow<T> {
  /** The stage. */
  stage: OnboardingStage;
  /** Its position in `stages` (0-based). */
  position: number;
  /** Number of accounts in this stage. */
  count: number;
  /** `count / total` (0 when `total` is 0). */
  share: number;
  /** Accounts in this stage or a later one (a funnel). */
  atOrBeyond: number;
  /** `atOrBeyond / total` (0 when `total` is 0). */
  atOrBeyondShare: number;
  /** The accounts in this stage, by id ascending. */
  accounts: OnboardingAccount<T>[];
}

/** A status that is not one of the stages. */
export interface OnboardingUnknownStatus<T> {
  /** The status as read. */
  status: OnboardingStage;
  count: number;
  /** `count / total`. */
  share: number;
  /** The accounts with this status, by id ascending. */
  accounts: OnboardingAccount<T>[];
}

/** Result of {@link onboardingStatus}. */
export interface OnboardingStatusResult<T> {
  /** One row per stage, in the given order (stages without accounts have count 0). */
  rows: OnboardingStageRow<T>[];
  /** Statuses that are not stages, by count descending, then status ascending. */
  unknown: OnboardingUnknownStatus<T>[];
  /**
   * Records without a usable status (`field` `'status'`; reason `'missing'` for `null`, `undefined` or a blank
   * string, `'non-finite'` for anything that is not a string or a finite number), in input order.
   */
  excluded: Excluded<T, 'missing' | 'non-finite'>[];
  /** Number of accounts with a status (in a stage or unknown): the denominator of every share. */
  total: number;
  /** Number of accounts in one of the stages. */
  known: number;
}

/**
 * Onboarding status of key accounts: how many accounts are in each stage, in process order.
 *
 * Rules:
 * - `stages` gives the stages first to last; they must be distinct strings or finite numbers
 *   (`INVALID_OPTION`). Statuses match stages exactly (`'Live'` is not `'live'`; `1` is not `'1'`).
 * - Every stage gets a row, also with count 0. `atOrBeyond` counts the accounts in the stage or a later one,
 *   so the first stage's `atOrBeyond` is `known`.
 * - A status that is not a stage is reported in `unknown` (grouped, by count descending, then status
 *   ascending), never dropped silently. A missing status (`null`, `undefined`, `''`) or one that is not a
 *   string or finite number goes to `excluded` with the reason.
 * - Shares are of `total` = accounts in a stage + accounts with an unknown status, so all stage and unknown
 *   shares sum to 1; they are 0 when `total` is 0. Accounts within a stage are listed by id ascending.
 * - Throws `KamkitError` `DUPLICATE_ID`/`INVALID_ID` for bad ids and `INVALID_OPTION` for options that are not
 *   an object, `stages` that are not an array (without holes) of at most 10,000 distinct non-empty strings or
 *   finite numbers, or a `status`/`id` that is neither a field name nor an accessor. Errors thrown by the
 *   caller's accessors or getters pass through unchanged.
 *
 * @example
 * const status = onboardingStatus(accounts, { status: 'onboarding', stages: ['contract', 'kick-off', 'setup', 'live'] });
 * status.rows.map((r) => [r.stage, r.count]); // e.g. [['contract', 2], ['kick-off', 3], ['setup', 1], ['live', 9]]
 * status.unknown; // [{ status: 'paused', count: 1, … }]
 */
export function onboardingStatus<T>(
  data: Iterable<T>,
  options: OnboardingStatusOptions<T>,
): OnboardingStatusResult<T> {
  const o = readOptions(options);
  if (o.stages == null)
    invalidOption('stages', 'must be a non-empty array of stages in process order', o.stages);
  const stages = listOption(o.stages, [], 'stages', MAX_STAGES);
  if (stages.length === 0)
    invalidOption('stages', 'must be a non-empty array of stages in process order', stages);
  const positions = new Map<OnboardingStage, number>();
  for (let i = 0; i < stages.length; i++) {
    const stage: unknown = stages[i];
    if (!(typeof stage === 'string' ? stage !== '' : Number.isFinite(stage)))
      invalidOption(`stages[${i}]`, 'must be a non-empty string or a finite number', stage);
    if (positions.has(stage as OnboardingStage)) invalidOption(`stages[${i}]`, 'repeats a stage', stage);
    positions.set(stage as OnboardingStage, i);
  }
  const statusField = fieldOption(o.status, 'status', 'status');

  const array = toArray(data);
  const ids = readIds(array, o.id);
  const inStage: OnboardingAccount<T>[][] = stages.map(() => []);
  const unknownByStatus = new Map<OnboardingStage, OnboardingAccount<T>[]>();
  const excluded: OnboardingStatusResult<T>['excluded'] = [];
  for (let i = 0; i < array.length; i++) {
    const datum = array[i] as T;
    const id = ids[i] as Id;
    const raw = readField(statusField, array, i);
    if (raw == null || (typeof raw === 'string' ? raw.trim() === '' : !Number.isFinite(raw))) {
      const reason = raw == null || typeof raw === 'string' ? 'missing' : 'non-finite';
      excluded.push({ id, datum, index: i, field: 'status', value: raw, reason });
      continue;
    }
    const status = raw as OnboardingStage;
    const account = { id, datum, index: i };
    const position = positions.get(status);
    if (position !== undefined) (inStage[position] as OnboardingAccount<T>[]).push(account);
    else {
      const list = unknownByStatus.get(status);
      if (list === undefined) unknownByStatus.set(status, [account]);
      else list.push(account);
    }
  }

  const byId = (a: OnboardingAccount<T>, b: OnboardingAccount<T>) => compareIds(a.id, b.id);
  const known = inStage.reduce((n, list) => n + list.length, 0);
  let unknownCount = 0;
  for (const list of unknownByStatus.values()) unknownCount += list.length;
  const total = known + unknownCount;
  const share = (count: number) => (total > 0 ? count / total : 0);

  const rows: OnboardingStageRow<T>[] = new Array(stages.length);
  let beyond = 0;
  for (let s = stages.length - 1; s >= 0; s--) {
    const accounts = (inStage[s] as OnboardingAccount<T>[]).sort(byId);
    beyond += accounts.length;
    rows[s] = {
      stage: stages[s] as OnboardingStage,
      position: s,
      count: accounts.length,
      share: share(accounts.length),
      atOrBeyond: beyond,
      atOrBeyondShare: share(beyond),
      accounts,
    };
  }
  const unknown = [...unknownByStatus.entries()]
    .map(([status, accounts]) => ({
      status,
      count: accounts.length,
      share: share(accounts.length),
      accounts: accounts.sort(byId),
    }))
    .sort((a, b) => b.count - a.count || compareIds(a.status, b.status));

  return { rows, unknown, excluded, total, known };
}
