import type { FieldValue } from './cells';
import type { FieldKey } from './fields';
import type { ImportedAccount, Month } from './types';

/** @internal The values read for one account, by field. */
export type Values = Partial<Record<FieldKey, FieldValue>>;

/** @internal A value that is a number, else `null`. */
export const num = (v: FieldValue | undefined) => (typeof v === 'number' ? v : null);
/** @internal A value that is text, else `null`. */
export const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : null);

/**
 * @internal The account of spreadsheet row `row`: its values, its revenue by year and the latest year (whose
 * revenue less the cost to serve is the contribution margin; `null` when either is missing).
 */
export function toAccount(
  row: number,
  v: Values,
  revenue: Record<string, number | null>,
  latest: string | undefined,
): ImportedAccount {
  const costToServe = num(v.cost_to_serve);
  const latestRevenue = latest === undefined ? null : (revenue[latest] ?? null);
  return {
    row,
    id: str(v.id) ?? '',
    name: str(v.name) ?? '',
    segment: str(v.segment) as ImportedAccount['segment'],
    region: str(v.region),
    country: str(v.country),
    owner: str(v.owner),
    plan: str(v.plan) as ImportedAccount['plan'],
    revenue,
    mrr: num(v.mrr),
    mrrSeries: [],
    onboardingStage: str(v.onboarding_stage) as ImportedAccount['onboardingStage'],
    satisfaction: num(v.satisfaction),
    engagement: num(v.engagement),
    daysInQueue: num(v.days_in_queue),
    costToServe,
    netPricePct: num(v.net_price),
    contributionMargin: latestRevenue !== null && costToServe !== null ? latestRevenue - costToServe : null,
    customerSince: str(v.customer_since) as Month | null,
    churnedAt: str(v.churned_at) as Month | null,
    growth: {
      revenuePotential: num(v.revenue_potential),
      budgetGrowth: num(v.budget_growth),
      marketPosition: num(v.market_position),
    },
    harmony: {
      strategicFit: num(v.strategic_fit),
      culture: num(v.culture),
      vision: num(v.vision),
      strategy: num(v.strategy),
    },
    churnSignals: {
      usageDropPct: num(v.usage_drop),
      supportTickets: num(v.support_tickets),
      paymentDelayDays: num(v.payment_delay_days),
    },
  };
}
