import { roundTo } from './random';
import type { Month, MrrPoint, Plan, Year } from './types';

// Months, lifecycles and MRR series of the demo accounts (month indices: 0 = 2022-01, negative before).

/** The covered years. */
export const YEARS: readonly Year[] = ['2022', '2023', '2024'];

const FIRST_YEAR = 2022;
/** Number of months in the series. */
export const MONTH_COUNT = YEARS.length * 12;
/** Index of the last month (2024-12). */
export const LAST = MONTH_COUNT - 1;

/** Price of each plan relative to Basic, for the same organisation: an upgrade multiplies the MRR by the ratio. */
const PLAN_PRICE: Record<Plan, number> = { Basic: 1, Standard: 1.5, Premium: 2.2 };

/** Month index (0 = 2022-01; negative before) → `'YYYY-MM'`. */
export function monthAt(index: number): Month {
  const year = FIRST_YEAR + Math.floor(index / 12);
  const month = (((index % 12) + 12) % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}` as Month;
}

/** The lifecycle of an account within the covered months, as month indices (0 = 2022-01). */
export interface Lifecycle {
  /** First billed month (may be negative: before 2022). */
  start: number;
  /** First month no longer a customer, or `null`. */
  churn: number | null;
  /** Months from `start` that are billed at 0 (free pilot). */
  pilotMonths: number;
  /** A plan change: from `change.month` on, the plan is the account's current plan; before, `change.from`. */
  change: { month: number; from: Plan } | null;
}

/** Everything needed to build one account's MRR series. */
export interface Economics {
  /** The plan at the end of the lifecycle. */
  plan: Plan;
  /** Yearly run rate on `plan` at the end of 2024 (or at churn), EUR. */
  runRate: number;
  /** Yearly price/volume growth, e.g. 0.07. */
  growth: number;
}

export function buildMrr(life: Lifecycle, eco: Economics): MrrPoint[] {
  const points: MrrPoint[] = [];
  for (let i = 0; i < MONTH_COUNT; i++) {
    const month = monthAt(i);
    const active = i >= life.start && (life.churn === null || i < life.churn);
    if (!active) {
      points.push({ month, plan: null, mrr: 0 });
      continue;
    }
    const plan = life.change && i < life.change.month ? life.change.from : eco.plan;
    const yearsBack = YEARS.length - 1 - Math.floor(i / 12);
    const base = (eco.runRate / 12) * (1 + eco.growth) ** -yearsBack;
    const mrr =
      i < life.start + life.pilotMonths ? 0 : roundTo((base * PLAN_PRICE[plan]) / PLAN_PRICE[eco.plan], 10);
    points.push({ month, plan, mrr });
  }
  return points;
}

export function revenueByYear(mrr: readonly MrrPoint[]): Record<Year, number | null> {
  const revenue = {} as Record<Year, number | null>;
  YEARS.forEach((year, y) => {
    const months = mrr.slice(y * 12, y * 12 + 12);
    revenue[year] = months.some((p) => p.plan !== null) ? months.reduce((s, p) => s + p.mrr, 0) : null;
  });
  return revenue;
}
