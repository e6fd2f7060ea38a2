import type { ImportColumn, ImportColumnKey } from '@kamkit/import';
import { IMPORT_COLUMNS, normalizeHeader } from '@kamkit/import';
import type { Account } from './types';

// The import template's columns live in @kamkit/import (the one definition the import reads); the demo adds
// the inverse mapping (an account as a template row) and a header lookup for its template tests.
export type { ImportColumn, ImportColumnKey };
export { IMPORT_COLUMNS, normalizeHeader };

const byHeader = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS as readonly ImportColumn[]) {
  for (const header of [column.key, column.label, ...column.aliases])
    byHeader.set(normalizeHeader(header), column);
}

/**
 * The import column a spreadsheet header means, matched on key, label and aliases after
 * {@link normalizeHeader}; `undefined` for an unknown header.
 *
 * @example
 * findColumn('Umsatz 2024')?.key; // 'revenue_2024'
 * findColumn('Kundennummer')?.key; // 'id'
 */
export function findColumn(header: string): ImportColumn | undefined {
  return byHeader.get(normalizeHeader(header));
}

/**
 * An account as one row of the import spreadsheet (the inverse of the import): `null` for a missing value.
 * `mrr` is the latest month's MRR.
 *
 * @example
 * accountToRow(demo.accounts[0]).revenue_2024; // 1380000
 */
export function accountToRow(account: Account): Record<ImportColumnKey, string | number | null> {
  return {
    id: account.id,
    name: account.name,
    segment: account.segment,
    region: account.region,
    country: account.country,
    plan: account.plan,
    revenue_2022: account.revenue['2022'],
    revenue_2023: account.revenue['2023'],
    revenue_2024: account.revenue['2024'],
    mrr: account.mrr[account.mrr.length - 1]?.mrr ?? null,
    onboarding_stage: account.onboardingStage,
    satisfaction: account.satisfaction,
    engagement: account.engagement,
    days_in_queue: account.daysInQueue,
    cost_to_serve: account.costToServe,
    net_price: account.netPricePct,
    revenue_potential: account.growth.revenuePotential,
    budget_growth: account.growth.budgetGrowth,
    market_position: account.growth.marketPosition,
    strategic_fit: account.harmony.strategicFit,
    culture: account.harmony.culture,
    vision: account.harmony.vision,
    strategy: account.harmony.strategy,
    usage_drop: account.churnSignals.usageDropPct,
    support_tickets: account.churnSignals.supportTickets,
    payment_delay_days: account.churnSignals.paymentDelayDays,
  };
}
