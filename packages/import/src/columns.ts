import type { OnboardingStage, Plan, Segment } from './types';

/**
 * How a cell of an import column is read:
 * - `'string'`: text, trimmed;
 * - `'number'`: a decimal number (`.` as decimal separator, no thousands separators);
 * - `'integer'`: a whole number;
 * - `'enum'`: one of {@link ImportColumn.values} (case-insensitive).
 *
 * An empty cell is "missing" for every type.
 */
export type ColumnType = 'string' | 'number' | 'integer' | 'enum';

/** One column of the import template (`kamkit-import-template.csv`). */
export interface ImportColumn {
  /** Header of the column in the template, snake_case English. */
  key: string;
  /** English label for the UI. */
  label: string;
  /** `true` when a row without a value in this column is rejected. */
  required: boolean;
  /** How the cell is read. */
  type: ColumnType;
  /** Unit of a numeric column, e.g. `'EUR'`, `'EUR/month'`, `'%'`, `'days'`, `'1–10'`. */
  unit?: string;
  /** Smallest valid value of a numeric column (inclusive). */
  min?: number;
  /** Largest valid value of a numeric column (inclusive). */
  max?: number;
  /** Allowed values of an `'enum'` column. */
  values?: readonly string[];
  /** What the column holds, for the UI's help text. */
  description: string;
  /** Other headers that mean this column, chiefly German ones from existing Excel sheets (e.g. 'Umsatz 2024'). */
  aliases: readonly string[];
}

const PLANS: readonly Plan[] = ['Basic', 'Standard', 'Premium'];
const SEGMENTS: readonly Segment[] = ['Hospital system', 'Clinic', 'Laboratory', 'Insurer'];
const STAGES: readonly OnboardingStage[] = ['Contract signed', 'Kick-off', 'Integration', 'Training', 'Live'];

const revenue = <Y extends string>(year: Y) =>
  ({
    key: `revenue_${year}` as const,
    label: `Revenue ${year}`,
    required: false,
    type: 'number',
    unit: 'EUR',
    min: 0,
    description: `Revenue of ${year} in euros. Leave empty when the organisation was not a customer in ${year}; 0 means a customer that paid nothing. A row should have at least one revenue year.`,
    aliases: [
      `Umsatz ${year}`,
      `Umsatz (${year})`,
      `Jahresumsatz ${year}`,
      `Umsatz ${year} (EUR)`,
      `Revenue (${year})`,
      `Revenue ${year} (EUR)`,
    ],
  }) satisfies ImportColumn;

const score = <K extends string>(
  key: K,
  label: string,
  labelDe: string,
  description: string,
  aliases: string[] = [],
) =>
  ({
    key,
    label,
    required: false,
    type: 'integer',
    unit: '1–10',
    min: 1,
    max: 10,
    description: `${description} Scored 1–10 (10 = best).`,
    aliases: [labelDe, ...aliases],
  }) satisfies ImportColumn;

/**
 * The columns of the import spreadsheet, in template order. The header row of an imported file is matched
 * against each column's `key`, `label` and `aliases` (see `matchHeader`); unknown headers are ignored.
 * Contribution margin is not a column: it is computed as `revenue_2024 - cost_to_serve`.
 *
 * @example
 * IMPORT_COLUMNS.map((c) => c.key).join(','); // the template's header row
 */
export const IMPORT_COLUMNS = [
  {
    key: 'id',
    label: 'Account ID',
    required: true,
    type: 'string',
    description:
      'Unique id of the account, e.g. the CRM customer number. Any text; must be unique in the file.',
    aliases: [
      'Account ID',
      'ID',
      'Kundennummer',
      'Kunden-Nr.',
      'Kundennr',
      'Kunden-ID',
      'Debitorennummer',
      'Debitor',
      'Debitor-Nr.',
      'Kundennr.',
      'Customer ID',
      'Customer number',
      'Customer no',
      'Client ID',
      'Kontonummer',
    ],
  },
  {
    key: 'name',
    label: 'Account name',
    required: true,
    type: 'string',
    description: 'Name of the customer organisation.',
    aliases: [
      'Name',
      'Account',
      'Account name',
      'Customer',
      'Kunde',
      'Kundenname',
      'Firma',
      'Unternehmen',
      'Schlüsselkunde',
      'Customer name',
      'Client name',
      'Company',
      'Organisation',
      'Organization',
    ],
  },
  {
    key: 'segment',
    label: 'Segment',
    required: false,
    type: 'enum',
    values: SEGMENTS,
    description: 'Kind of organisation.',
    aliases: [
      'Kundensegment',
      'Branche',
      'Typ',
      'Type',
      'Account type',
      'Industry',
      'Customer type',
      'Kundentyp',
    ],
  },
  {
    key: 'region',
    label: 'Region',
    required: false,
    type: 'string',
    description: 'Sales region, free text (e.g. "DACH").',
    aliases: ['Vertriebsregion', 'Gebiet'],
  },
  {
    key: 'country',
    label: 'Country',
    required: false,
    type: 'string',
    description: 'Country as an ISO 3166-1 alpha-2 code, e.g. "DE".',
    aliases: ['Land', 'Ländercode', 'Billing country', 'Country code', 'Shipping country', 'Länderschlüssel'],
  },
  {
    key: 'plan',
    label: 'Plan',
    required: false,
    type: 'enum',
    values: PLANS,
    description: 'Current subscription plan.',
    aliases: [
      'Tarif',
      'Paket',
      'Abo',
      'Abonnement',
      'Plan name',
      'Plan nickname',
      'Subscription plan',
      'Product',
      'Produkt',
    ],
  },
  revenue('2022'),
  revenue('2023'),
  revenue('2024'),
  {
    key: 'mrr',
    label: 'MRR',
    required: false,
    type: 'number',
    unit: 'EUR/month',
    min: 0,
    description: 'Monthly recurring revenue of the latest month, in euros.',
    aliases: [
      'Monthly recurring revenue',
      'MRR (EUR)',
      'Monatlich wiederkehrender Umsatz',
      'Monatlicher wiederkehrender Umsatz',
      'Monatsumsatz',
    ],
  },
  {
    key: 'onboarding_stage',
    label: 'Onboarding stage',
    required: false,
    type: 'enum',
    values: STAGES,
    description: 'Where the account stands in onboarding; "Live" once onboarding is complete.',
    aliases: ['Onboarding', 'Onboarding-Status', 'Onboarding-Phase', 'Onboardingstatus', 'Phase'],
  },
  {
    key: 'satisfaction',
    label: 'Satisfaction',
    required: false,
    type: 'number',
    unit: '0–10',
    min: 0,
    max: 10,
    description:
      'Latest satisfaction survey score, 0–10 (10 = very satisfied). Leave empty when no survey came back.',
    aliases: ['Zufriedenheit', 'Zufriedenheitswert', 'Kundenzufriedenheit', 'CSAT', 'Satisfaction score'],
  },
  {
    key: 'engagement',
    label: 'Engagement',
    required: false,
    type: 'number',
    unit: '0–100',
    min: 0,
    max: 100,
    description: 'Engagement score, 0–100 (logins, feature use, meeting attendance).',
    aliases: ['Engagement-Score', 'Engagement score', 'Beteiligung', 'Aktivität'],
  },
  {
    key: 'days_in_queue',
    label: 'Days in at-risk queue',
    required: false,
    type: 'integer',
    unit: 'days',
    min: 0,
    description: 'Days the account has been in the at-risk queue; 0 when it is not at risk.',
    aliases: [
      'Days in queue',
      'Tage in Warteschlange',
      'Tage in der Warteschlange',
      'Tage gefährdet',
      'Gefährdet seit (Tage)',
    ],
  },
  {
    key: 'cost_to_serve',
    label: 'Cost to serve',
    required: false,
    type: 'number',
    unit: 'EUR/year',
    min: 0,
    description: 'Yearly cost of serving the account (support, success, infrastructure), in euros.',
    aliases: ['Cost-to-serve', 'Betreuungskosten', 'Servicekosten', 'Kosten', 'Kundenkosten'],
  },
  {
    key: 'net_price',
    label: 'Net price realised',
    required: false,
    type: 'number',
    unit: '%',
    min: 0,
    max: 100,
    description: 'Net price realised, in percent of the list price (100 = no discount).',
    aliases: ['Net price (%)', 'Nettopreis', 'Nettopreis (%)', 'Preisrealisierung', 'Realisierter Preis'],
  },
  score(
    'revenue_potential',
    'Revenue potential',
    'Umsatzpotenzial',
    'Growth criterion: revenue still to win at the account.',
    ['Umsatzpotential'],
  ),
  score(
    'budget_growth',
    'Budget growth',
    'Budgetwachstum',
    'Growth criterion: expected growth of the budget.',
  ),
  score(
    'market_position',
    'Market position',
    'Marktposition',
    "Growth criterion: the account's market position.",
  ),
  score(
    'strategic_fit',
    'Strategic fit',
    'Strategische Passung',
    'Harmony criterion: fit with our offering.',
    ['Strategischer Fit'],
  ),
  score('culture', 'Culture', 'Kultur', 'Harmony criterion: cultural fit.'),
  score('vision', 'Vision', 'Vision', 'Harmony criterion: shared vision.'),
  score(
    'strategy',
    'Strategy',
    'Strategie',
    "Harmony criterion: alignment of the account's overall strategy.",
  ),
  {
    key: 'usage_drop',
    label: 'Usage drop',
    required: false,
    type: 'number',
    unit: '%',
    min: 0,
    max: 100,
    description:
      'Churn signal: drop in product usage over the last 90 days, in percent; 0 when usage held or grew.',
    aliases: ['Usage drop (%)', 'Nutzungsrückgang', 'Nutzungsrückgang (%)'],
  },
  {
    key: 'support_tickets',
    label: 'Support tickets',
    required: false,
    type: 'integer',
    unit: 'count',
    min: 0,
    description: 'Churn signal: support tickets opened in the last 90 days.',
    aliases: ['Tickets', 'Support-Tickets', 'Supportanfragen'],
  },
  {
    key: 'payment_delay_days',
    label: 'Payment delay',
    required: false,
    type: 'integer',
    unit: 'days',
    min: 0,
    description: 'Churn signal: average days invoices are paid late; 0 when paid on time.',
    aliases: ['Payment delay (days)', 'Zahlungsverzug', 'Zahlungsverzug (Tage)'],
  },
] as const satisfies readonly ImportColumn[];

/** The key of an import column, e.g. `'revenue_2024'`. */
export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

/**
 * Normalises a header for matching: case, spacing, punctuation and German umlauts are ignored
 * (`'Umsatz (2024)'`, `'umsatz_2024'` and `'UMSATZ 2024'` are equal; `'Gefährdet'` equals `'Gefaehrdet'`). A
 * leading byte-order mark is dropped.
 *
 * @example
 * normalizeHeader(' Kunden-Nr. '); // 'kunden nr'
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
