import type { FieldOrAccessor, IdField, NumberField } from './accessor';
import { fieldOption, readField, toArray } from './accessor';
import { dict } from './dict';
import type { Excluded } from './excluded';
import { isId } from './id';
import type { ExclusionReason } from './numeric';
import { CompensatedSum, classifyValue, finite } from './numeric';
import { integerOption, invalidOption, listOption, readOptions } from './options';

/** A period: an ISO string such as `'2024-03'`, a number (e.g. a month index) or a `Date`. */
export type MrrPeriod = string | number | Date;

/** Options of {@link mrrByPlan}. */
export interface MrrByPlanOptions<T> {
  /** The period of each record. Default: the field `period`. */
  period?: FieldOrAccessor<T, unknown>;
  /** The plan of each record (a string; numbers are turned into strings). Default: the field `plan`. */
  plan?: FieldOrAccessor<T, unknown>;
  /** MRR (finite, ≥ 0). Default: the field `mrr`. */
  mrr?: NumberField<T>;
  /**
   * The account id of each record, reported with its exclusion (records repeat per period, so ids need not be
   * unique). Default: the field `id`; `null` when a record has no valid id.
   */
  id?: IdField<T>;
  /**
   * Plan order, e.g. `['Basic', 'Standard', 'Premium']`: at most `maxPlans` distinct non-empty strings. Listed
   * plans come first in this order (also when they have no data: they get zero series); other plans follow by
   * total MRR descending, then name ascending. Default: all plans by total MRR descending, then name ascending.
   */
  plans?: readonly string[];
  /** Periods that must appear even without data (zero-filled), e.g. every month of the year; at most 100,000. */
  periods?: readonly MrrPeriod[];
  /**
   * The most plans shown as series of their own, an integer from 1 to {@link MAX_PLANS} (1,000). Default 20.
   * The plans after them (in plan order) are merged into one series named `otherPlan`, so the work and the
   * output grow with (maxPlans + 1) × periods, not with the number of plans in the data.
   */
  maxPlans?: number;
  /** The name of the merged series. Default `'Other'`; it must not be the name of a plan that keeps its own series. */
  otherPlan?: string;
}

/** One value of a plan's series. */
export interface MrrByPlanPoint {
  /** The period. */
  period: MrrPeriod;
  /** Σ MRR of the plan's records in the period (0 when there are none). */
  mrr: number;
  /** Number of records summed. */
  count: number;
}

/** The series of one plan, aligned with {@link MrrByPlanResult.periods}. */
export interface MrrByPlanSeries {
  /** The plan. */
  plan: string;
  /** One point per period, in period order. */
  points: MrrByPlanPoint[];
  /** Σ MRR of the plan over all periods. */
  total: number;
}

/** One period with the MRR of every plan, ready for `d3.stack().keys(result.plans)`. */
export interface MrrByPlanRow {
  /** The period. */
  period: MrrPeriod;
  /** MRR by plan (every plan of `plans` present, zero-filled; a record without a prototype, so any plan name is a key). */
  mrr: Record<string, number>;
  /** Σ MRR of all plans in the period. */
  total: number;
}

/** Result of {@link mrrByPlan}. */
export interface MrrByPlanResult<T> {
  /** One row per period, periods ascending. */
  rows: MrrByPlanRow[];
  /** One series per plan, in plan order; the merged plans last, as `otherPlan`. */
  series: MrrByPlanSeries[];
  /** The periods ascending. */
  periods: MrrPeriod[];
  /** The plans in their documented order (at most `maxPlans`, then `otherPlan` when plans were merged). */
  plans: string[];
  /** The plans merged into the `otherPlan` series, in plan order (empty when none were). */
  merged: string[];
  /** Σ MRR of all records used. */
  total: number;
  /**
   * Records left out, in input order (`id`: the record's `id` field, `null` without a valid one; `field` `'period'`, `'plan'` or `'mrr'`, checked in that order): a missing (`null`, `undefined`, blank) or invalid period (wrong type, NaN,
   * invalid date: `'non-finite'`), a missing or invalid plan, or an MRR that is missing, text, non-finite or
   * negative.
   */
  excluded: Excluded<T>[];
}

/** The largest `maxPlans` of {@link mrrByPlan}. */
export const MAX_PLANS = 1000;

/** The most periods the `periods` option may list (periods from the data are not limited: they are input). */
const MAX_LISTED_PERIODS = 100_000;

type PeriodKey = { kind: 0; value: number } | { kind: 1; value: string } | { kind: 2; value: number };

function periodKey(value: unknown): PeriodKey | ExclusionReason {
  if (value == null || (typeof value === 'string' && value.trim() === '')) return 'missing';
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 0, value } : 'non-finite';
  if (typeof value === 'string') return { kind: 1, value };
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isFinite(time) ? { kind: 2, value: time } : 'non-finite';
  }
  return 'non-finite';
}

/** Numbers ascending, then strings (by code units: ISO dates sort in time order), then dates in time order. */
function comparePeriodKeys(a: PeriodKey, b: PeriodKey): number {
  if (a.kind !== b.kind) return a.kind - b.kind;
  if (a.kind === 1) {
    const bv = b.value as string;
    return a.value < bv ? -1 : a.value > bv ? 1 : 0;
  }
  return a.value - (b.value as number);
}

function keyString(key: PeriodKey): string {
  return `${key.kind}:${key.value}`;
}

/** Plan name of a raw value, or why there is none. */
function planName(value: unknown): { plan: string } | { reason: ExclusionReason } {
  if (value == null || (typeof value === 'string' && value.trim() === '')) return { reason: 'missing' };
  if (typeof value === 'string') return { plan: value };
  return Number.isFinite(value) ? { plan: String(value) } : { reason: 'non-finite' };
}

type Cells = Map<string, { sum: CompensatedSum; count: number }>; // period key → cell

/**
 * MRR per plan and period for a dashboard (e.g. MRR over three plans by month): one zero-filled series per
 * plan and one row per period.
 *
 * Rules:
 * - Each record adds its MRR to its (plan, period); several records of the same plan and period are summed
 *   (records are usually one per account and period, so ids are not checked here).
 * - Periods are sorted ascending: numbers, then strings by code units (so ISO `'2024-03'` sorts in time order;
 *   other formats should be converted first), then `Date`s by time (equal times are one period; the result
 *   holds a new `Date`). Periods in the `periods` option appear even without data.
 * - Plans are strings (numbers are converted; any name, `'__proto__'` included, is data). Order: plans listed
 *   in `plans` first, in that order, then the others by total MRR descending, then name ascending — the order
 *   depends on the data, never on input order. Only the first `maxPlans` (default 20) keep a series of their
 *   own; the rest are summed into one series named `otherPlan` (default `'Other'`) and listed in `merged`.
 * - Every plan has a point for every period; a plan without records in a period gets 0 (zero-filled).
 * - MRR must be a finite number ≥ 0 (zero is kept). Records with a missing or invalid period or plan, or a
 *   missing, text, non-finite or negative MRR go to `excluded` with the field and the reason; they add to
 *   nothing. Every record is used once or excluded once.
 * - `options` may be `null`/`undefined`. Throws `KamkitError` `INVALID_OPTION` for options that are not an
 *   object, a `plans` or `periods` option that is not an array (without holes) of valid, distinct values
 *   (`periods`: at most 100,000), more listed `plans` than `maxPlans`, a `maxPlans` outside 1…1,000, an
 *   `otherPlan` that is not a non-empty string or names a plan with its own series, or a field option that is
 *   neither a field name nor an accessor; and
 *   `OVERFLOW` when a sum is beyond `Number.MAX_VALUE`. Errors thrown by the caller's accessors or getters pass
 *   through unchanged.
 *
 * @example
 * const { series, plans, periods } = mrrByPlan(monthly, {
 *   period: 'month',
 *   plan: 'plan',
 *   mrr: 'mrr',
 *   plans: ['Basic', 'Standard', 'Premium'],
 * });
 * series[2]; // { plan: 'Premium', points: [{ period: '2024-01', mrr: 1200, count: 3 }, …], total: 15400 }
 */
export function mrrByPlan<T>(records: Iterable<T>, options?: MrrByPlanOptions<T> | null): MrrByPlanResult<T> {
  const o = readOptions(options);
  const maxPlans = integerOption(o.maxPlans, 20, 'maxPlans', 1, MAX_PLANS);
  const otherPlan = o.otherPlan ?? 'Other';
  if (typeof otherPlan !== 'string' || otherPlan === '')
    invalidOption('otherPlan', 'must be a non-empty string', otherPlan);
  const listedPlans = listOption(o.plans, [], 'plans', maxPlans);
  const listed = new Set<string>();
  for (let i = 0; i < listedPlans.length; i++) {
    const plan: unknown = listedPlans[i];
    if (typeof plan !== 'string' || plan === '')
      invalidOption(`plans[${i}]`, 'must be a non-empty string', plan);
    if (listed.has(plan)) invalidOption(`plans[${i}]`, 'repeats a plan', plan);
    listed.add(plan);
  }
  const periodKeys = new Map<string, PeriodKey>();
  const extraPeriods = listOption(o.periods, [], 'periods', MAX_LISTED_PERIODS);
  for (let i = 0; i < extraPeriods.length; i++) {
    const key = periodKey(extraPeriods[i]);
    if (typeof key === 'string') invalidOption(`periods[${i}]`, 'is not a valid period', extraPeriods[i]);
    periodKeys.set(keyString(key), key);
  }
  const fields = {
    period: fieldOption(o.period, 'period', 'period'),
    plan: fieldOption(o.plan, 'plan', 'plan'),
    mrr: fieldOption(o.mrr, 'mrr', 'mrr'),
    id: fieldOption(o.id, 'id', 'id'),
  };

  const array = toArray(records, 'records');
  const cells = new Map<string, Cells>(); // plan → its cells
  const excluded: Excluded<T>[] = [];
  const exclude = (i: number, field: string, value: unknown, reason: ExclusionReason) => {
    const id = readField(fields.id, array, i);
    excluded.push({ id: isId(id) ? id : null, datum: array[i] as T, index: i, field, value, reason });
  };
  for (let i = 0; i < array.length; i++) {
    const period = readField(fields.period, array, i);
    const key = periodKey(period);
    if (typeof key === 'string') {
      exclude(i, 'period', period, key);
      continue;
    }
    const planValue = readField(fields.plan, array, i);
    const plan = planName(planValue);
    if ('reason' in plan) {
      exclude(i, 'plan', planValue, plan.reason);
      continue;
    }
    const mrr = readField(fields.mrr, array, i);
    const kind = classifyValue(mrr);
    if (kind !== 'ok' || (mrr as number) < 0) {
      exclude(i, 'mrr', mrr, kind === 'ok' ? 'negative' : kind);
      continue;
    }
    const ks = keyString(key);
    periodKeys.set(ks, key);
    addCell(cells, plan.plan, ks, (mrr as number) + 0, 1);
  }
  return assemble(cells, periodKeys, listedPlans, maxPlans, otherPlan, excluded);
}

/** Adds `mrr` (from `count` records) to the cell of (`plan`, period key `ks`). */
function addCell(cells: Map<string, Cells>, plan: string, ks: string, mrr: number, count: number): void {
  let byPeriod = cells.get(plan);
  if (byPeriod === undefined) {
    byPeriod = new Map();
    cells.set(plan, byPeriod);
  }
  let cell = byPeriod.get(ks);
  if (cell === undefined) {
    cell = { sum: new CompensatedSum(), count: 0 };
    byPeriod.set(ks, cell);
  }
  cell.sum.add(mrr);
  cell.count += count;
}

/** Σ MRR of a plan's cells, checked for overflow. */
function planTotal(byPeriod: Cells | undefined): number {
  const total = new CompensatedSum();
  if (byPeriod !== undefined) for (const cell of byPeriod.values()) total.add(finite(cell.sum.value, 'MRR'));
  return finite(total.value, 'MRR');
}

/**
 * Orders the plans (listed first, then by total descending, then name), merges those past `maxPlans` into
 * `otherPlan`, and builds the zero-filled series and the rows: (kept plans + 1) × periods points.
 */
function assemble<T>(
  cells: Map<string, Cells>,
  periodKeys: Map<string, PeriodKey>,
  listedPlans: readonly string[],
  maxPlans: number,
  otherPlan: string,
  excluded: Excluded<T>[],
): MrrByPlanResult<T> {
  const totals = new Map<string, number>();
  for (const [plan, byPeriod] of cells) totals.set(plan, planTotal(byPeriod));
  const listed = new Set(listedPlans);
  const others = [...cells.keys()]
    .filter((p) => !listed.has(p))
    .sort((a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const ordered = [...listedPlans, ...others];
  const plans = ordered.slice(0, maxPlans);
  const merged = ordered.slice(maxPlans);
  if (merged.length > 0) {
    if (plans.includes(otherPlan))
      invalidOption('otherPlan', 'names a plan with a series of its own; choose another name', otherPlan);
    const other: Cells = new Map();
    const mergedCells = new Map([[otherPlan, other]]);
    for (const plan of merged)
      for (const [ks, cell] of cells.get(plan)!)
        addCell(mergedCells, otherPlan, ks, cell.sum.value, cell.count);
    cells.set(otherPlan, other);
    totals.set(otherPlan, planTotal(other));
    plans.push(otherPlan);
  }

  const sortedKeys = [...periodKeys.values()].sort(comparePeriodKeys);
  const periods: MrrPeriod[] = sortedKeys.map((k) => (k.kind === 2 ? new Date(k.value) : k.value));
  const periodTotals = sortedKeys.map(() => new CompensatedSum());
  const series: MrrByPlanSeries[] = plans.map((plan) => {
    const byPeriod = cells.get(plan);
    const points = sortedKeys.map((key, p): MrrByPlanPoint => {
      const cell = byPeriod?.get(keyString(key));
      const mrr = cell === undefined ? 0 : cell.sum.value;
      periodTotals[p]!.add(mrr);
      return { period: periods[p]!, mrr, count: cell?.count ?? 0 };
    });
    return { plan, points, total: totals.get(plan) ?? 0 };
  });
  const rows: MrrByPlanRow[] = sortedKeys.map((_, p) => {
    const mrr = dict<number>();
    for (const s of series) mrr[s.plan] = s.points[p]!.mrr;
    return { period: periods[p]!, mrr, total: finite(periodTotals[p]!.value, 'MRR') };
  });
  const grand = new CompensatedSum();
  for (const s of series) grand.add(s.total);
  return { rows, series, periods, plans, merged, total: finite(grand.value, 'MRR'), excluded };
}
