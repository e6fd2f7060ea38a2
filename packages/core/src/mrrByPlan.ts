import type { FieldOrAccessor, NumberField } from './accessor';
import { toAccessor, toArray } from './accessor';
import { KamkitError } from './errors';
import type { ExclusionReason } from './numeric';
import { CompensatedSum, classifyValue } from './numeric';

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
   * Plan order, e.g. `['Basic', 'Standard', 'Premium']`. Listed plans come first in this order (also when they
   * have no data: they get zero series); other plans follow by total MRR descending, then name ascending.
   * Default: all plans by total MRR descending, then name ascending.
   */
  plans?: readonly string[];
  /** Periods that must appear even without data (zero-filled), e.g. every month of the year. */
  periods?: readonly MrrPeriod[];
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
  /** MRR by plan (every plan present, zero-filled). */
  mrr: Record<string, number>;
  /** Σ MRR of all plans in the period. */
  total: number;
}

/** A record left out, with the field and the reason. */
export interface MrrByPlanExcluded<T> {
  datum: T;
  index: number;
  /** The unusable field (checked in the order period, plan, mrr). */
  field: 'period' | 'plan' | 'mrr';
  /** The raw value read. */
  value: unknown;
  /** `'missing'` (null, undefined, empty string), `'non-finite'` (wrong type, NaN, invalid date) or `'negative'` MRR. */
  reason: ExclusionReason;
}

/** Result of {@link mrrByPlan}. */
export interface MrrByPlanResult<T> {
  /** One row per period, periods ascending. */
  rows: MrrByPlanRow[];
  /** One series per plan, in plan order. */
  series: MrrByPlanSeries[];
  /** The periods ascending. */
  periods: MrrPeriod[];
  /** The plans in their documented order. */
  plans: string[];
  /** Σ MRR of all records used. */
  total: number;
  /** Records left out, in input order. */
  excluded: MrrByPlanExcluded<T>[];
}

type PeriodKey = { kind: 0; value: number } | { kind: 1; value: string } | { kind: 2; value: number };

function periodKey(value: unknown): PeriodKey | ExclusionReason {
  if (value === null || value === undefined || value === '') return 'missing';
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
 * - Plans are strings (numbers are converted). Order: plans listed in `plans` first, in that order, then the
 *   others by total MRR descending, then name ascending — the order depends on the data, never on input order.
 * - Every plan has a point for every period; a plan without records in a period gets 0 (zero-filled).
 * - MRR must be a finite number ≥ 0 (zero is kept). Records with a missing or invalid period or plan, or a
 *   missing, non-finite or negative MRR go to `excluded` with the field and the reason; they add to nothing.
 * - Throws `KamkitError` `INVALID_OPTION` for a `plans` or `periods` option that is not an array of valid,
 *   distinct values.
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
export function mrrByPlan<T>(records: Iterable<T>, options: MrrByPlanOptions<T> = {}): MrrByPlanResult<T> {
  const listedPlans = options.plans ?? [];
  if (!Array.isArray(listedPlans) || listedPlans.some((p) => typeof p !== 'string' || p === '')) {
    throw new KamkitError('INVALID_OPTION', 'plans must be an array of non-empty strings.', {
      field: 'plans',
    });
  }
  if (new Set(listedPlans).size !== listedPlans.length) {
    throw new KamkitError('INVALID_OPTION', 'plans lists a plan twice.', { field: 'plans' });
  }
  const extraPeriods = options.periods ?? [];
  if (!Array.isArray(extraPeriods)) {
    throw new KamkitError('INVALID_OPTION', 'periods must be an array.', { field: 'periods' });
  }

  const periodKeys = new Map<string, PeriodKey>();
  extraPeriods.forEach((p, i) => {
    const key = periodKey(p);
    if (typeof key === 'string') {
      throw new KamkitError('INVALID_OPTION', `periods[${i}] is not a valid period: ${String(p)}.`, {
        field: `periods[${i}]`,
      });
    }
    periodKeys.set(keyString(key), key);
  });

  const array = toArray(records, 'records');
  const readPeriod = toAccessor<T, unknown>((options.period ?? 'period') as string);
  const readPlan = toAccessor<T, unknown>((options.plan ?? 'plan') as string);
  const readMrr = toAccessor<T, unknown>((options.mrr ?? 'mrr') as string);

  const cells = new Map<string, Map<string, { sum: CompensatedSum; count: number }>>(); // plan → period → cell
  const planTotals = new Map<string, CompensatedSum>();
  const excluded: MrrByPlanExcluded<T>[] = [];
  for (let i = 0; i < array.length; i++) {
    const datum = array[i] as T;
    const period = readPeriod(datum, i, array);
    const key = periodKey(period);
    if (typeof key === 'string') {
      excluded.push({ datum, index: i, field: 'period', value: period, reason: key });
      continue;
    }
    const planValue = readPlan(datum, i, array);
    if (planValue === null || planValue === undefined || planValue === '') {
      excluded.push({ datum, index: i, field: 'plan', value: planValue, reason: 'missing' });
      continue;
    }
    if (typeof planValue !== 'string' && !(typeof planValue === 'number' && Number.isFinite(planValue))) {
      excluded.push({ datum, index: i, field: 'plan', value: planValue, reason: 'non-finite' });
      continue;
    }
    const mrr = readMrr(datum, i, array);
    const kind = classifyValue(mrr);
    if (kind !== 'ok' || (mrr as number) < 0) {
      excluded.push({ datum, index: i, field: 'mrr', value: mrr, reason: kind === 'ok' ? 'negative' : kind });
      continue;
    }
    const plan = String(planValue);
    const ks = keyString(key);
    periodKeys.set(ks, key);
    let byPeriod = cells.get(plan);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      cells.set(plan, byPeriod);
      planTotals.set(plan, new CompensatedSum());
    }
    let cell = byPeriod.get(ks);
    if (cell === undefined) {
      cell = { sum: new CompensatedSum(), count: 0 };
      byPeriod.set(ks, cell);
    }
    cell.sum.add((mrr as number) + 0);
    cell.count++;
    planTotals.get(plan)?.add((mrr as number) + 0);
  }

  const sortedKeys = [...periodKeys.values()].sort(comparePeriodKeys);
  const periods: MrrPeriod[] = sortedKeys.map((k) => (k.kind === 2 ? new Date(k.value) : k.value));
  const listed = new Set(listedPlans);
  const others = [...cells.keys()]
    .filter((p) => !listed.has(p))
    .sort((a, b) => {
      const ta = planTotals.get(a)?.value ?? 0;
      const tb = planTotals.get(b)?.value ?? 0;
      return tb - ta || (a < b ? -1 : a > b ? 1 : 0);
    });
  const plans = [...listedPlans, ...others];

  const periodTotals = sortedKeys.map(() => new CompensatedSum());
  const series: MrrByPlanSeries[] = plans.map((plan) => {
    const byPeriod = cells.get(plan);
    const points = sortedKeys.map((key, p): MrrByPlanPoint => {
      const cell = byPeriod?.get(keyString(key));
      const mrr = cell === undefined ? 0 : cell.sum.value;
      periodTotals[p]?.add(mrr);
      return { period: periods[p] as MrrPeriod, mrr, count: cell?.count ?? 0 };
    });
    return { plan, points, total: planTotals.get(plan)?.value ?? 0 };
  });
  const rows: MrrByPlanRow[] = sortedKeys.map((_, p) => {
    // fromEntries defines own properties, so a plan named '__proto__' is data, not a prototype.
    const mrr: Record<string, number> = Object.fromEntries(
      series.map((s) => [s.plan, (s.points[p] as MrrByPlanPoint).mrr]),
    );
    return { period: periods[p] as MrrPeriod, mrr, total: periodTotals[p]?.value ?? 0 };
  });
  const grand = new CompensatedSum();
  for (const s of series) grand.add(s.total);

  return { rows, series, periods, plans, total: grand.value, excluded };
}
