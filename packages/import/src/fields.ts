import { IMPORT_COLUMNS, type ImportColumn, type ImportColumnKey, normalizeHeader } from './columns';

/**
 * How a field's cells are read: the column types of `columns.ts` plus `'date'` (a calendar date or month,
 * {@link parseLocaleDate}) and `'year'` (a calendar year such as `2024`, `'FY2024'` or `'GJ 2024'`).
 */
export type FieldType = ImportColumn['type'] | 'date' | 'year';

/** Keys of the fields that are not a revenue year: the columns of `columns.ts` plus the extra fields below. */
export type FieldKey =
  | Exclude<ImportColumnKey, `revenue_${number}`>
  | 'owner'
  | 'customer_since'
  | 'churned_at'
  | 'year'
  | 'revenue'
  | 'month';

/** Sections of the mapping table. */
export type FieldGroup = 'account' | 'revenue' | 'scores' | 'signals';

/** A field the import can fill, with how its cells are read and validated. */
export interface ImportField extends Omit<ImportColumn, 'key' | 'type'> {
  key: FieldKey;
  type: FieldType;
  group: FieldGroup;
}

/** Extra fields beyond the template's columns: the owner, two dates, and the year/revenue pair of a long table. */
const EXTRA_FIELDS: readonly ImportField[] = [
  {
    key: 'owner',
    label: 'Account owner',
    required: false,
    type: 'string',
    group: 'account',
    description: 'The key account manager who owns the account.',
    aliases: [
      'Owner',
      'Account owner',
      'Key account manager',
      'KAM',
      'Account manager',
      'Betreuer',
      'Kundenbetreuer',
      'Key-Account-Manager',
      'Verantwortlich',
      'Zuständig',
    ],
  },
  {
    key: 'customer_since',
    label: 'Customer since',
    required: false,
    type: 'date',
    group: 'account',
    description:
      'First month billed, as a date (31.12.2024, 12/31/2024, 2024-12-31) or a month (12.2024, 2024-12).',
    aliases: ['Customer since', 'Kunde seit', 'Vertragsbeginn', 'Start date', 'Startdatum', 'Since'],
  },
  {
    key: 'churned_at',
    label: 'Churned at',
    required: false,
    type: 'date',
    group: 'account',
    description: 'First month no longer a customer; empty while still a customer.',
    aliases: [
      'Churned at',
      'Churn date',
      'Churned',
      'Gekündigt am',
      'Kündigungsdatum',
      'Vertragsende',
      'End date',
      'Enddatum',
    ],
  },
  {
    key: 'month',
    label: 'Month',
    required: false,
    type: 'date',
    group: 'revenue',
    description:
      'Billing month of a monthly MRR row (2024-03, 03.2024, 03/2024 or any date in the month); monthly MRR is a separate table (account, month, MRR, plan).',
    aliases: [
      'Monat',
      'Billing month',
      'Abrechnungsmonat',
      'Leistungsmonat',
      'Period',
      'Periode',
      'Abrechnungszeitraum',
      'Period start',
      'Billing period',
      'Service period',
      'Buchungsmonat',
      'Invoice month',
      'Rechnungsmonat',
    ],
  },
  {
    key: 'year',
    label: 'Year',
    required: false,
    type: 'year',
    group: 'revenue',
    description: 'Calendar or fiscal year of the row, when the file has one row per account and year.',
    aliases: ['Jahr', 'Geschäftsjahr', 'GJ', 'Fiscal year', 'FY', 'Kalenderjahr', 'Wirtschaftsjahr'],
  },
  {
    key: 'revenue',
    label: 'Revenue',
    required: false,
    type: 'number',
    unit: 'EUR',
    min: 0,
    group: 'revenue',
    description: "Revenue of the row's year in euros, when the file has one row per account and year.",
    aliases: [
      'Umsatz',
      'Jahresumsatz',
      'Revenue (EUR)',
      'Umsatz (EUR)',
      'Umsatz in EUR',
      'Sales',
      'Net revenue',
      'Nettoumsatz',
      'Umsatzerlöse',
      'Erlöse',
      'Turnover',
      'Annual revenue',
      'Jahresumsatz (EUR)',
    ],
  },
];

const GROUPS: Partial<Record<string, FieldGroup>> = {
  revenue_potential: 'scores',
  budget_growth: 'scores',
  market_position: 'scores',
  strategic_fit: 'scores',
  culture: 'scores',
  vision: 'scores',
  strategy: 'scores',
  usage_drop: 'signals',
  support_tickets: 'signals',
  payment_delay_days: 'signals',
  mrr: 'revenue',
};

const isRevenueYearKey = (key: string) => /^revenue_\d{4}$/.test(key);

/**
 * Every field of the import except the revenue years, in mapping-table order: the template's columns
 * (`IMPORT_COLUMNS`) without `revenue_2022..2024` (years are found in the headers, any number of them), then
 * the owner, the two dates, and `year` + `revenue` for a file with one row per account and year.
 */
export const IMPORT_FIELDS: readonly ImportField[] = (() => {
  const base = (IMPORT_COLUMNS as readonly ImportColumn[])
    .filter((c) => !isRevenueYearKey(c.key))
    .map((c): ImportField => ({ ...c, key: c.key as FieldKey, group: GROUPS[c.key] ?? 'account' }));
  const [id, name, ...rest] = base;
  const owner = EXTRA_FIELDS.filter((f) => f.group === 'account');
  const revenue = EXTRA_FIELDS.filter((f) => f.group === 'revenue');
  return [id!, name!, ...owner, ...rest, ...revenue];
})();

const FIELD_BY_KEY = new Map(IMPORT_FIELDS.map((f) => [f.key, f]));

/** The field of a key. */
export function fieldByKey(key: FieldKey): ImportField {
  return FIELD_BY_KEY.get(key)!;
}

/** How a revenue year column is read: like the template's `revenue_YYYY` columns. */
export function revenueYearField(year: string): Omit<ImportField, 'key'> & { key: `revenue_${string}` } {
  return {
    key: `revenue_${year}`,
    label: `Revenue ${year}`,
    required: false,
    type: 'number',
    unit: 'EUR',
    min: 0,
    group: 'revenue',
    description: `Revenue of ${year} in euros; empty when not a customer in ${year}.`,
    aliases: [],
  };
}

const byHeader = new Map<string, FieldKey>();
for (const field of IMPORT_FIELDS) {
  for (const header of [field.key, field.label, ...field.aliases]) {
    const normal = normalizeHeader(header);
    if (!byHeader.has(normal)) byHeader.set(normal, field.key);
  }
}
// Longest first, for the prefix pass ('Zufriedenheit (0-10)' → satisfaction). Year and revenue stay exact, so
// 'Umsatz 2024 Plan' or 'Umsatz 2023/24' are not taken for revenue.
const prefixes = [...byHeader.entries()]
  .filter(([, key]) => key !== 'year' && key !== 'revenue')
  .sort((a, b) => b[0].length - a[0].length);
/** Words that may follow an alias as a unit or scale note: 'Nettopreis in Prozent', 'Engagement (0–100)'. */
const UNIT_WORDS = new Set(
  'eur euro in prozent percent pct tage days day count anzahl score wert value skala scale of von bis to'.split(
    ' ',
  ),
);

const REVENUE_WORDS =
  '(?:net |netto |gesamt |total )?(?:umsatz|umsaetze|jahresumsatz|nettoumsatz|revenue|revenues|sales|turnover|erloese|umsatzerloese)';
const YEAR_HEADER = new RegExp(
  `^(?:${REVENUE_WORDS} ?(?:in eur |eur )?(?:fy ?|gj ?|geschaeftsjahr |year |jahr )?)?((?:19|20)\\d{2})(?: eur| euro| in eur)?$`,
);
const YEAR_HEADER_AFTER = new RegExp(
  `^(?:fy ?|gj ?)?((?:19|20)\\d{2}) ${REVENUE_WORDS}(?: eur| euro| in eur)?$`,
);

/** What a header means: a field, a revenue year, or nothing known. */
export type HeaderMatch = { field: FieldKey } | { year: string } | null;

/**
 * What a spreadsheet header means. Revenue years are recognised in any year 1900–2099 and in English and
 * German (`'Umsatz 2025'`, `'Revenue FY2021'`, `'Jahresumsatz 2023 (EUR)'`, `'2024 Revenue'`, a bare
 * `'2024'`); other headers match a field's key, label or alias after `normalizeHeader` (case, spacing,
 * punctuation and umlauts ignored), and failing that the longest alias the header starts with when only a
 * unit or scale follows (`'Zufriedenheit (0–10)'`, `'Nettopreis in Prozent'`). Headers for plans or forecasts (`'Budget 2025'`) are not revenue.
 *
 * @example
 * matchHeader('Umsatz 2025'); // { year: '2025' }
 * matchHeader('Kunden-Nr.'); // { field: 'id' }
 * matchHeader('Betreuer'); // { field: 'owner' }
 * matchHeader('Bemerkung'); // null
 */
export function matchHeader(header: string): HeaderMatch {
  const normal = normalizeHeader(header);
  if (normal === '') return null;
  const year = YEAR_HEADER.exec(normal) ?? YEAR_HEADER_AFTER.exec(normal);
  if (year) return { year: year[1]! };
  const exact = byHeader.get(normal);
  if (exact) return { field: exact };
  for (const [alias, key] of prefixes) {
    if (alias.length < 3 || !normal.startsWith(`${alias} `)) continue;
    const rest = normal.slice(alias.length + 1).split(' ');
    if (rest.every((word) => UNIT_WORDS.has(word) || /^\d{1,3}$/.test(word))) return { field: key };
  }
  return null;
}

/**
 * Which file column each field comes from (0-based column indexes). `years` maps a revenue year
 * (`'2024'`) to its column when the file has years as columns.
 */
export interface ColumnMapping {
  fields: Partial<Record<FieldKey, number>>;
  years: Record<string, number>;
}

/** Result of {@link autoMap}. */
export interface AutoMapping {
  mapping: ColumnMapping;
  /** Notes for the user, e.g. two columns that both look like the account id. */
  notes: string[];
}

/**
 * The spreadsheet column letter of a 0-based index.
 *
 * @example
 * columnLetter(0); // 'A'
 * columnLetter(27); // 'AB'
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Maps headers to fields and revenue years with {@link matchHeader}. When two columns mean the same, the first
 * one wins and a note says so.
 *
 * @example
 * autoMap(['Kundennummer', 'Kunde', 'Umsatz 2023', 'Umsatz 2024']).mapping;
 * // { fields: { id: 0, name: 1 }, years: { '2023': 2, '2024': 3 } }
 */
export function autoMap(headers: readonly string[]): AutoMapping {
  const mapping: ColumnMapping = { fields: {}, years: {} };
  const notes: string[] = [];
  headers.forEach((header, index) => {
    const match = matchHeader(header);
    if (!match) return;
    if ('year' in match) {
      const taken = mapping.years[match.year];
      if (taken === undefined) mapping.years[match.year] = index;
      else
        notes.push(
          `Columns ${columnLetter(taken)} and ${columnLetter(index)} both look like revenue ${match.year}; using ${columnLetter(taken)} ("${headers[taken]}").`,
        );
      return;
    }
    const taken = mapping.fields[match.field];
    if (taken === undefined) mapping.fields[match.field] = index;
    else
      notes.push(
        `Columns ${columnLetter(taken)} and ${columnLetter(index)} both look like "${fieldByKey(match.field).label}"; using ${columnLetter(taken)} ("${headers[taken]}").`,
      );
  });
  return { mapping, notes };
}

/** How a file lays out revenue years. */
export type YearShape =
  /** One row per account, one column per year (`Umsatz 2022`, `Umsatz 2023`, …). */
  | 'columns'
  /** One row per account and year, with a year column and a revenue column. */
  | 'rows'
  /**
   * A one-year snapshot: one revenue column without a year in its header (`Revenue`, `Umsatz`, `Annual
   * revenue`) and no year column; its values are the revenue of one year that the user confirms
   * (`ImportSettings.snapshotYear`). Revenue-year columns beside it are read as with `'columns'`.
   */
  | 'snapshot';

/**
 * The year layout a mapping implies: `'rows'` when a year and a revenue column are mapped and fewer than two
 * year columns are; `'snapshot'` when a revenue column without a year is mapped and no year column is (revenue-year
 * columns may be there too: `Revenue 2023` beside `Annual revenue`); otherwise `'columns'` (also when no revenue is mapped at all).
 *
 * @example
 * detectShape({ fields: { id: 0, year: 2, revenue: 3 }, years: {} }); // 'rows'
 * detectShape({ fields: { id: 0, revenue: 3 }, years: {} }); // 'snapshot'
 */
export function detectShape(mapping: ColumnMapping): YearShape {
  const hasRevenue = mapping.fields.revenue !== undefined;
  const yearColumns = Object.keys(mapping.years).length;
  if (hasRevenue && mapping.fields.year !== undefined && yearColumns < 2) return 'rows';
  if (hasRevenue && mapping.fields.year === undefined) return 'snapshot';
  return 'columns';
}

/**
 * The index of the header row among the first `scan` rows: the row whose cells match the most fields and
 * years (the first such row on a tie), so title rows above the header ("Kundenliste Stand 31.12.2024") are
 * skipped. `0` when no row matches two or more.
 */
export function detectHeaderRow(rows: readonly (readonly unknown[])[], scan = 10): number {
  let best = 0;
  let bestScore = 1;
  for (let i = 0; i < Math.min(scan, rows.length); i++) {
    const score = rows[i]!.filter((cell) => typeof cell === 'string' && matchHeader(cell) !== null).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
