import type { FieldOrAccessor, Id, IdField, NumberField } from './accessor';
import { fieldOption, readField, toArray } from './accessor';
import { KamkitError } from './errors';
import type { Excluded } from './excluded';
import { compareIds, readIds } from './id';
import type { ExclusionReason } from './numeric';
import { CompensatedSum, classifyValue, finite, gte, lte } from './numeric';
import { readOptions } from './options';

/** How an account's MRR moved between two snapshots. */
export type MrrMovement = 'new' | 'expansion' | 'contraction' | 'churned' | 'unchanged' | 'inactive';

/** Options of {@link mrrMovements}. */
export interface MrrMovementsOptions<T> {
  /**
   * The account id, in both snapshots. Default: the field `id`; when no record of a snapshot has one, the
   * record's index (records with and without ids cannot be mixed: `INVALID_ID`).
   */
  id?: IdField<T>;
  /** MRR (finite, ≥ 0). Default: the field `mrr`. */
  mrr?: NumberField<T>;
  /** The account's plan, passed through to the rows (`planBefore`, `planAfter`). Optional. */
  plan?: FieldOrAccessor<T, unknown>;
}

/** One account's movement. */
export interface MrrMovementRow<T> {
  /** The account's id. */
  id: Id;
  /** The newest record of the account: `after` when present, else `before`. */
  datum: T;
  /** The record in the `before` snapshot, or `undefined` when the account was not there. */
  before: T | undefined;
  /** The record in the `after` snapshot, or `undefined` when the account is gone. */
  after: T | undefined;
  /** Position in `before`, or `null`. */
  beforeIndex: number | null;
  /** Position in `after`, or `null`. */
  afterIndex: number | null;
  /** MRR before (0 when absent). */
  mrrBefore: number;
  /** MRR after (0 when absent). */
  mrrAfter: number;
  /** `mrrAfter − mrrBefore` (0 for `'unchanged'`). */
  change: number;
  /** The movement; see {@link mrrMovements}. */
  movement: MrrMovement;
  /** The positive size of the movement (`|change|`; 0 for unchanged and inactive). */
  amount: number;
  /** Plan before (`undefined` when absent or without a `plan` option). */
  planBefore?: unknown;
  /** Plan after (`undefined` when absent or without a `plan` option). */
  planAfter?: unknown;
}

/**
 * An account left out because one of its MRR values is unusable (`field` `'mrr'`): the record with that value
 * (`datum`, `index` in its `snapshot`), and both of the account's records.
 */
export type MrrMovementExcluded<T> = Excluded<
  T,
  ExclusionReason,
  {
    /** The snapshot of the record with the unusable value. */
    snapshot: 'before' | 'after';
    /** The account's records (either may be `undefined`). */
    before: T | undefined;
    after: T | undefined;
    beforeIndex: number | null;
    afterIndex: number | null;
  }
>;

/** Result of {@link mrrMovements}. */
export interface MrrMovementsResult<T> {
  /** Every account of either snapshot, by `amount` descending, then id ascending. */
  rows: MrrMovementRow<T>[];
  /** Accounts with an unusable MRR (missing, text, non-finite or negative) in either snapshot, by id ascending. */
  excluded: MrrMovementExcluded<T>[];
  /** MRR from accounts with no MRR before. */
  new: number;
  /** MRR gained by accounts that paid before and pay more now. */
  expansion: number;
  /** MRR lost by accounts that pay less but still pay (positive amount). */
  contraction: number;
  /** MRR lost by accounts that paid before and pay nothing now (positive amount). */
  churned: number;
  /** Number of accounts per movement. */
  counts: Record<MrrMovement, number>;
  /** Σ MRR before. */
  startMrr: number;
  /** Σ MRR after. */
  endMrr: number;
  /** `new + expansion − contraction − churned` (equals `endMrr − startMrr`). */
  netNewMrr: number;
  /**
   * `(start + expansion − contraction − churned) / start`, a fraction (1.05 = 105 %); `null` when start is 0 or
   * the ratio cannot be represented (MRR near ±1.8e308).
   */
  netRevenueRetention: number | null;
  /** `(start − contraction − churned) / start`, a fraction ≤ 1; `null` when start is 0 or it cannot be represented. */
  grossRevenueRetention: number | null;
}

interface Snapshot<T> {
  array: readonly T[];
  ids: Id[];
  byId: Map<Id, number>;
}

function readSnapshot<T>(
  data: Iterable<T>,
  name: 'before' | 'after',
  id: IdField<T> | null | undefined,
): Snapshot<T> {
  const array = toArray(data, name);
  let ids: Id[];
  try {
    ids = readIds(array, id);
  } catch (error) {
    if (error instanceof KamkitError) {
      const details: { id?: Id; index?: number; field?: string } = { field: 'id' };
      if (error.id !== undefined) details.id = error.id;
      if (error.index !== undefined) details.index = error.index;
      throw new KamkitError(error.code, `In the ${name} snapshot: ${error.message}`, details);
    }
    throw error;
  }
  const byId = new Map<Id, number>();
  ids.forEach((value, i) => {
    byId.set(value, i);
  });
  return { array, ids, byId };
}

/**
 * MRR movements between two snapshots of accounts (e.g. last month and this month): new, expansion,
 * contraction and churned MRR, and net and gross revenue retention.
 *
 * Rules:
 * - Accounts are matched by id; ids must be unique within each snapshot (`DUPLICATE_ID`, message names the
 *   snapshot). An account absent from a snapshot, or present with MRR 0, has no MRR there.
 * - Per account, with `b` = MRR before and `a` = MRR after: `b = 0, a > 0` → `'new'` (amount a);
 *   `b > 0, a = 0` → `'churned'` (amount b); `a > b > 0` → `'expansion'` (a − b); `0 < a < b` →
 *   `'contraction'` (b − a); `a = b > 0` → `'unchanged'`; `a = b = 0` → `'inactive'`. "Equal" is robust to
 *   floating-point noise (relative 1e-9), so the totals reconcile to that tolerance:
 *   `startMrr + new + expansion − contraction − churned = endMrr`.
 * - Two snapshots cannot tell a reactivated account from a new one: an account that comes back counts as new.
 * - MRR must be a finite number ≥ 0. An account with a missing, non-finite or negative MRR in either snapshot
 *   is left out of every total and returned in `excluded` with the bad record, its snapshot and the reason
 *   (its other record is attached, so no record is lost).
 * - Amounts are positive; retention rates are fractions: NRR = (start + expansion − contraction − churned) /
 *   start (new business excluded), GRR = (start − contraction − churned) / start. Both are `null` when start
 *   MRR is 0.
 * - Rows are ordered by `amount` descending, then id ascending (independent of input order).
 * - `options` may be `null`/`undefined`. Throws `KamkitError` `INVALID_ID`/`DUPLICATE_ID` (naming the
 *   snapshot), `NOT_ITERABLE`, `INVALID_OPTION` for options that are not an object or a field option that is
 *   neither a field name nor an accessor, and `OVERFLOW` when the start or end MRR is beyond
 *   `Number.MAX_VALUE`. Errors thrown by the caller's accessors or getters pass through unchanged.
 *
 * @example
 * const m = mrrMovements(lastMonth, thisMonth, { mrr: 'mrr', plan: 'plan' });
 * m.netRevenueRetention; // e.g. 1.03 → 103 % NRR
 * m.counts.churned; // e.g. 2
 */
export function mrrMovements<T>(
  before: Iterable<T>,
  after: Iterable<T>,
  options?: MrrMovementsOptions<T> | null,
): MrrMovementsResult<T> {
  const o = readOptions(options);
  const mrrField = fieldOption(o.mrr, 'mrr', 'mrr');
  const planField = o.plan == null ? undefined : fieldOption(o.plan, '', 'plan');
  const b = readSnapshot(before, 'before', o.id);
  const a = readSnapshot(after, 'after', o.id);
  const readMrr = (s: Snapshot<T>, i: number) => readField(mrrField, s.array, i);
  const readPlan =
    planField === undefined ? undefined : (s: Snapshot<T>, i: number) => readField(planField, s.array, i);

  const allIds = new Set<Id>([...b.ids, ...a.ids]);
  const sortedIds = [...allIds].sort(compareIds);

  const rows: MrrMovementRow<T>[] = [];
  const excluded: MrrMovementExcluded<T>[] = [];
  const counts: Record<MrrMovement, number> = {
    new: 0,
    expansion: 0,
    contraction: 0,
    churned: 0,
    unchanged: 0,
    inactive: 0,
  };
  const sums = {
    new: new CompensatedSum(),
    expansion: new CompensatedSum(),
    contraction: new CompensatedSum(),
    churned: new CompensatedSum(),
  };
  const start = new CompensatedSum();
  const end = new CompensatedSum();

  for (const id of sortedIds) {
    const bi = b.byId.get(id);
    const ai = a.byId.get(id);
    const beforeDatum = bi === undefined ? undefined : (b.array[bi] as T);
    const afterDatum = ai === undefined ? undefined : (a.array[ai] as T);
    const rawBefore = bi === undefined ? 0 : readMrr(b, bi);
    const rawAfter = ai === undefined ? 0 : readMrr(a, ai);
    const bad = badMrr(rawBefore, rawAfter);
    if (bad !== undefined) {
      const isBefore = bad.snapshot === 'before';
      excluded.push({
        id,
        datum: (isBefore ? beforeDatum : afterDatum) as T,
        snapshot: bad.snapshot,
        index: (isBefore ? bi : ai) as number,
        field: 'mrr',
        before: beforeDatum,
        after: afterDatum,
        beforeIndex: bi ?? null,
        afterIndex: ai ?? null,
        value: bad.value,
        reason: bad.reason,
      });
      continue;
    }
    const mrrBefore = (rawBefore as number) + 0;
    const mrrAfter = (rawAfter as number) + 0;
    start.add(mrrBefore);
    end.add(mrrAfter);
    const movement = movementOf(mrrBefore, mrrAfter);
    const moved = movement !== 'unchanged' && movement !== 'inactive';
    // |after − before| is exactly the documented amount: after for new, before for churned, the difference else.
    const amount = moved ? Math.abs(mrrAfter - mrrBefore) : 0;
    counts[movement]++;
    if (moved) sums[movement].add(amount);
    const row: MrrMovementRow<T> = {
      id,
      datum: (afterDatum ?? beforeDatum) as T,
      before: beforeDatum,
      after: afterDatum,
      beforeIndex: bi ?? null,
      afterIndex: ai ?? null,
      mrrBefore,
      mrrAfter,
      change: movement === 'unchanged' ? 0 : mrrAfter - mrrBefore,
      movement,
      amount,
    };
    if (readPlan !== undefined) {
      row.planBefore = bi === undefined ? undefined : readPlan(b, bi);
      row.planAfter = ai === undefined ? undefined : readPlan(a, ai);
    }
    rows.push(row);
  }
  // sortedIds is already id-ascending and Array#sort is stable, so ties in amount stay by id.
  rows.sort((x, y) => y.amount - x.amount);
  return { rows, excluded, ...movementTotals(start, end, sums, counts) };
}

/** The first bad MRR of an account, before then after: missing, text, non-finite or negative. */
function badMrr(
  rawBefore: unknown,
  rawAfter: unknown,
): { snapshot: 'before' | 'after'; value: unknown; reason: ExclusionReason } | undefined {
  for (const [snapshot, value] of [
    ['before', rawBefore],
    ['after', rawAfter],
  ] as const) {
    const kind = classifyValue(value);
    if (kind !== 'ok') return { snapshot, value, reason: kind };
    if ((value as number) < 0) return { snapshot, value, reason: 'negative' };
  }
  return undefined;
}

/** The movement from MRR `b` before to `a` after (both finite and ≥ 0), by the rules of {@link mrrMovements}. */
function movementOf(b: number, a: number): MrrMovement {
  if (b === 0 && a === 0) return 'inactive';
  if (b === 0) return 'new';
  if (a === 0) return 'churned';
  if (gte(a, b) && lte(a, b)) return 'unchanged';
  return a > b ? 'expansion' : 'contraction';
}

/** The totals of {@link mrrMovements}: the movement sums, start and end MRR, net new MRR and the retention rates. */
function movementTotals(
  start: CompensatedSum,
  end: CompensatedSum,
  sums: Record<'new' | 'expansion' | 'contraction' | 'churned', CompensatedSum>,
  counts: Record<MrrMovement, number>,
): Omit<MrrMovementsResult<unknown>, 'rows' | 'excluded'> {
  const startMrr = finite(start.value, 'start MRR');
  const endMrr = finite(end.value, 'end MRR');
  // Each movement sum is at most the start or the end MRR, so it is finite once those are.
  const totals = {
    new: sums.new.value,
    expansion: sums.expansion.value,
    contraction: sums.contraction.value,
    churned: sums.churned.value,
  };
  const netNew = new CompensatedSum();
  netNew.add(totals.new);
  netNew.add(totals.expansion);
  netNew.add(-totals.contraction);
  netNew.add(-totals.churned);
  const retained = new CompensatedSum();
  retained.add(startMrr);
  retained.add(-totals.contraction);
  retained.add(-totals.churned);
  const gross = retained.value;
  retained.add(totals.expansion);
  return {
    ...totals,
    counts,
    startMrr,
    endMrr,
    netNewMrr: netNew.value,
    netRevenueRetention: retention(retained.value, startMrr),
    grossRevenueRetention: retention(gross, startMrr),
  };
}

/**
 * A retention ratio, or `null` when there is none: no start MRR, or MRR so large (near ±1.8e308) that the
 * retained MRR cannot be represented.
 */
function retention(retained: number, startMrr: number): number | null {
  const ratio = startMrr > 0 ? retained / startMrr : Number.NaN;
  return Number.isFinite(ratio) ? ratio : null;
}
