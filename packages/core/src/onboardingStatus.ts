import type { FieldOrAccessor, Id, IdField } from './accessor';
import { toAccessor, toArray } from './accessor';
import { KamkitError } from './errors';
import { compareIds, readIds } from './id';

/** An onboarding stage: a string such as `'kick-off'` or a number. */
export type OnboardingStage = string | number;

/** Options of {@link onboardingStatus}. */
export interface OnboardingStatusOptions<T> {
  /** The id of each account. Default: the field `id`, falling back to the record's index. Ids must be unique. */
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

/** A record without a status. */
export interface OnboardingExcluded<T> {
  id: Id;
  datum: T;
  index: number;
  /** The raw status read. */
  value: unknown;
  /** `'missing'` (null, undefined, empty string) or `'non-finite'` (not a string or a finite number). */
  reason: 'missing' | 'non-finite';
}

/** Result of {@link onboardingStatus}. */
export interface OnboardingStatusResult<T> {
  /** One row per stage, in the given order (stages without accounts have count 0). */
  rows: OnboardingStageRow<T>[];
  /** Statuses that are not stages, by count descending, then status ascending. */
  unknown: OnboardingUnknownStatus<T>[];
  /** Records without a usable status, in input order. */
  excluded: OnboardingExcluded<T>[];
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
 * - Throws `DUPLICATE_ID`/`INVALID_ID` for bad ids.
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
  const stages = options?.stages;
  if (!Array.isArray(stages) || stages.length === 0) {
    throw new KamkitError('INVALID_OPTION', 'stages must be a non-empty array of stages in process order.', {
      field: 'stages',
    });
  }
  const positions = new Map<OnboardingStage, number>();
  stages.forEach((stage: unknown, i) => {
    if (
      !(typeof stage === 'string' || (typeof stage === 'number' && Number.isFinite(stage))) ||
      stage === ''
    ) {
      throw new KamkitError('INVALID_OPTION', `stages[${i}] must be a non-empty string or a finite number.`, {
        field: `stages[${i}]`,
      });
    }
    if (positions.has(stage)) {
      throw new KamkitError('INVALID_OPTION', `stages lists '${stage}' twice.`, { field: `stages[${i}]` });
    }
    positions.set(stage, i);
  });

  const array = toArray(data);
  const ids = readIds(array, options.id);
  const readStatus = toAccessor<T, unknown>((options.status ?? 'status') as string);
  const inStage: OnboardingAccount<T>[][] = stages.map(() => []);
  const unknownByStatus = new Map<OnboardingStage, OnboardingAccount<T>[]>();
  const excluded: OnboardingExcluded<T>[] = [];
  for (let i = 0; i < array.length; i++) {
    const datum = array[i] as T;
    const id = ids[i] as Id;
    const status = readStatus(datum, i, array);
    if (status === null || status === undefined || status === '') {
      excluded.push({ id, datum, index: i, value: status, reason: 'missing' });
      continue;
    }
    if (!(typeof status === 'string' || (typeof status === 'number' && Number.isFinite(status)))) {
      excluded.push({ id, datum, index: i, value: status, reason: 'non-finite' });
      continue;
    }
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
