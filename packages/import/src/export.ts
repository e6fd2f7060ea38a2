import { type CsvCell, toCsv } from './neutralise';
import type { ImportedAccount, ImportIssue } from './types';

/** Options of {@link importedAccountsToCsv} and {@link issuesToCsv}. */
export interface ExportOptions {
  /** Field delimiter. Default `','`; `';'` for a German Excel. */
  delimiter?: ',' | ';';
  /** Prefix a byte-order mark so Excel reads umlauts. Default `true`. */
  bom?: boolean;
}

/**
 * Imported accounts as CSV in the template's columns (`revenue_YYYY` for each year), numbers raw, every text
 * cell neutralised against formula injection by `toCsv` (`=HYPERLINK(…)` is written as `'=HYPERLINK(…)`).
 *
 * @example
 * importedAccountsToCsv(result.accounts, result.years, { delimiter: ';' });
 */
export function importedAccountsToCsv(
  accounts: readonly ImportedAccount[],
  years: readonly string[],
  options: ExportOptions = {},
): string {
  const header = [
    'id',
    'name',
    'segment',
    'region',
    'country',
    'owner',
    'plan',
    ...years.map((y) => `revenue_${y}`),
    'mrr',
    'onboarding_stage',
    'satisfaction',
    'engagement',
    'days_in_queue',
    'cost_to_serve',
    'net_price',
    'revenue_potential',
    'budget_growth',
    'market_position',
    'strategic_fit',
    'culture',
    'vision',
    'strategy',
    'usage_drop',
    'support_tickets',
    'payment_delay_days',
    'customer_since',
    'churned_at',
  ];
  const rows: CsvCell[][] = accounts.map((a) => [
    a.id,
    a.name,
    a.segment,
    a.region,
    a.country,
    a.owner,
    a.plan,
    ...years.map((y) => a.revenue[y] ?? null),
    a.mrr,
    a.onboardingStage,
    a.satisfaction,
    a.engagement,
    a.daysInQueue,
    a.costToServe,
    a.netPricePct,
    a.growth.revenuePotential,
    a.growth.budgetGrowth,
    a.growth.marketPosition,
    a.harmony.strategicFit,
    a.harmony.culture,
    a.harmony.vision,
    a.harmony.strategy,
    a.churnSignals.usageDropPct,
    a.churnSignals.supportTickets,
    a.churnSignals.paymentDelayDays,
    a.customerSince,
    a.churnedAt,
  ]);
  return toCsv([header, ...rows], { delimiter: options.delimiter ?? ',', bom: options.bom ?? true });
}

/**
 * The issue list as CSV (table — `accounts` or `monthly MRR` —, row, column, severity, message, value), for fixing the file in a spreadsheet. Cell
 * texts from the file are neutralised by `toCsv`.
 */
export function issuesToCsv(issues: readonly ImportIssue[], options: ExportOptions = {}): string {
  const rows: CsvCell[][] = issues.map((i) => [
    i.table === 'mrr' ? 'monthly MRR' : 'accounts',
    i.row,
    i.columnLetter,
    i.column,
    i.severity,
    i.message,
    i.value ?? null,
  ]);
  return toCsv([['table', 'row', 'column_letter', 'column', 'severity', 'message', 'value'], ...rows], {
    delimiter: options.delimiter ?? ',',
    bom: options.bom ?? true,
  });
}
