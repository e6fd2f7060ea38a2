import type { DateOrder } from './dates';
import type { Delimiter } from './delimiter';
import type { TextEncoding } from './encoding';
import type { ColumnMapping, FieldKey, YearShape } from './fields';
import type { NumberFormat, NumberFormatSource, NumberVotes } from './numbers';

/** A calendar month as `'YYYY-MM'`, e.g. `'2024-03'`. */
export type Month = `${number}-${string}`;

/** Subscription plan, from the smallest to the largest. */
export type Plan = 'Basic' | 'Standard' | 'Premium';

/** Kind of organisation (the template's segments). */
export type Segment = 'Hospital system' | 'Clinic' | 'Laboratory' | 'Insurer';

/** Onboarding stages in order; an account that finished onboarding is `'Live'`. */
export type OnboardingStage = 'Contract signed' | 'Kick-off' | 'Integration' | 'Training' | 'Live';

/** A cell as read from a file: always text from a CSV; text, number, boolean or date from an Excel sheet. */
export type Cell = string | number | boolean | Date | null;

/**
 * An account read from the user's file. Like `@kamkit/core`'s account records, for what a spreadsheet holds: any
 * number of revenue years (keyed `'2021'`, `'2025'`, …) and `null` for every value the file does not have.
 * Text fields are kept exactly as written (a name like `=HYPERLINK(…)` stays that text; render it as text,
 * never as HTML; the CSV and XLSX exports neutralise it).
 */
export interface ImportedAccount {
  /** Spreadsheet row the account was read from (header = row 1); the first of its rows for years as rows. */
  row: number;
  /** Account id, trimmed; unique within the result. */
  id: string;
  /** Account name, trimmed. */
  name: string;
  segment: Segment | null;
  /** Sales region, free text. */
  region: string | null;
  /** Country, as written (ISO 3166-1 alpha-2 expected, upper-cased). */
  country: string | null;
  /** Key account manager. */
  owner: string | null;
  plan: Plan | null;
  /**
   * Revenue per year in EUR, with a key for every year of {@link ImportResult.years}; `null` when the file has
   * no value for the year. May be negative (credit notes), with a warning.
   */
  revenue: Record<string, number | null>;
  /** Monthly recurring revenue of the latest month, EUR. */
  mrr: number | null;
  onboardingStage: OnboardingStage | null;
  /** 0–10. */
  satisfaction: number | null;
  /** 0–100. */
  engagement: number | null;
  /** Days in the at-risk queue. */
  daysInQueue: number | null;
  /** EUR per year. */
  costToServe: number | null;
  /** Net price realised, percent of list price (0–100). */
  netPricePct: number | null;
  /**
   * Monthly MRR from the MRR table, ascending, one point for every month of {@link ImportResult.months}
   * (months the table has no row for are `{ mrr: 0, plan: null }`); empty without an MRR table.
   */
  mrrSeries: ImportedMrrPoint[];
  /** Revenue of the latest year of the file minus {@link costToServe}; `null` when either is missing. */
  contributionMargin: number | null;
  /** First month billed, `'YYYY-MM'`. */
  customerSince: Month | null;
  /** First month no longer a customer, `'YYYY-MM'`. */
  churnedAt: Month | null;
  growth: { revenuePotential: number | null; budgetGrowth: number | null; marketPosition: number | null };
  harmony: {
    strategicFit: number | null;
    culture: number | null;
    vision: number | null;
    strategy: number | null;
  };
  churnSignals: {
    usageDropPct: number | null;
    supportTickets: number | null;
    paymentDelayDays: number | null;
  };
}

/** Kinds of {@link ImportIssue}. */
export type IssueCode =
  | 'missing-required'
  | 'duplicate-id'
  | 'duplicate-year'
  | 'not-a-number'
  | 'not-an-integer'
  | 'not-a-date'
  | 'not-a-year'
  | 'out-of-range'
  | 'negative-revenue'
  | 'unknown-value'
  | 'formula-like'
  | 'conflicting-value'
  | 'no-revenue'
  | 'malformed-row'
  | 'duplicate-month'
  | 'unknown-account'
  | 'total-row';

/**
 * A problem found in the file. An `'error'` skips the row it names (for years as rows: that account-year row);
 * a `'warning'` keeps the row and says what was done.
 */
export interface ImportIssue {
  severity: 'error' | 'warning';
  code: IssueCode;
  /** Spreadsheet row as the user sees it (header = row 1, first data row = row 2); `null` for the whole file. */
  row: number | null;
  /** The column's header as in the file, e.g. `'Umsatz 2023'`; `null` when no column is concerned. */
  column: string | null;
  /** The column's spreadsheet letter, e.g. `'H'`. */
  columnLetter: string | null;
  /** English sentence for the user. */
  message: string;
  /** The cell's text, when a cell is concerned. */
  value?: string;
  /**
   * The table the row is in when it is not the accounts table: `'mrr'` for the monthly MRR table (a second
   * file, or a sheet of the workbook, named in {@link ImportResult.mrrSource}).
   */
  table?: 'mrr';
}

/** One month of an account's imported MRR series. */
export interface ImportedMrrPoint {
  /** `'YYYY-MM'`. */
  month: Month;
  /** MRR billed in the month, EUR; `0` for a month between the first and last month the file does not bill. */
  mrr: number;
  /** Plan billed in the month; `null` when the file names none (and for a month it does not bill). */
  plan: Plan | null;
}

/** Settings of an import; `'auto'` means "detect from the file". */
export interface ImportSettings {
  /** Encoding of a CSV file. */
  encoding: TextEncoding | 'auto';
  /** Field delimiter of a CSV file. */
  delimiter: Delimiter | 'auto';
  /** Sheet of an Excel workbook, by name. */
  sheet: string | 'auto';
  /** Spreadsheet row number of the header row (1-based). */
  headerRow: number | 'auto';
  /** Decimal convention of text numbers; `'auto'` decides per column ({@link resolveNumberFormat}). */
  numberFormat: NumberFormat | 'auto';
  /** Day/month order of text dates. */
  dateOrder: DateOrder | 'auto';
  /** Years as columns, as rows, or one year without a year in the file (a snapshot). */
  shape: YearShape | 'auto';
  /**
   * The year a snapshot's revenue column holds (`shape` `'snapshot'`), e.g. `2025`; `'auto'` is the current
   * calendar year of the session's clock (`new ImportSession({ now })`, default the system clock). The user
   * confirms it in the panel. Ignored for the other layouts.
   */
  snapshotYear: number | 'auto';
}

/** All settings on `'auto'`. */
export const AUTO_SETTINGS: Readonly<ImportSettings> = {
  encoding: 'auto',
  delimiter: 'auto',
  sheet: 'auto',
  headerRow: 'auto',
  numberFormat: 'auto',
  dateOrder: 'auto',
  shape: 'auto',
  snapshotYear: 'auto',
};

/** What was found in one column of the file. */
export interface ColumnStats {
  /** Number-format evidence of its text cells (Excel number cells carry none). */
  numberVotes: NumberVotes;
  /** Date-order evidence of its text cells. */
  dateVotes: Record<'dmy' | 'mdy' | 'ambiguous' | 'neutral' | 'invalid', number>;
}

/** What loading a file found: enough to show the detected settings, the mapping and a preview. */
export interface FileSummary {
  fileName: string;
  kind: 'csv' | 'xlsx';
  /** Detected (or chosen) encoding; `null` for Excel. */
  encoding: TextEncoding | null;
  /** Detected (or chosen) delimiter; `null` for Excel. */
  delimiter: Delimiter | null;
  /** Sheet names of a workbook (empty for CSV). */
  sheets: string[];
  /** The sheet read; `null` for CSV. */
  sheet: string | null;
  /** Spreadsheet row number of the header row (1-based). */
  headerRow: number;
  /** Header of every column; an empty header becomes `'Column C'`. */
  headers: string[];
  /** The first data rows, for the preview. */
  sample: Cell[][];
  /** Spreadsheet row numbers of {@link sample}. */
  sampleRows: number[];
  /** Non-empty data rows below the header. */
  rowCount: number;
  /** The mapping detected from the headers. */
  mapping: ColumnMapping;
  /** Detection notes for the user (duplicate header matches, a `sep=` line, …). */
  notes: string[];
  /** Problems with the file's structure (unclosed quotes, rows with extra cells), by row. */
  issues: ImportIssue[];
  /** A monthly MRR sheet found in the workbook; `null` when there is none. */
  mrr: import('./session').MrrSummary | null;
}

/** How each setting was finally decided, for the UI and the result. */
export interface ResolvedSettings {
  numberFormat: {
    /** Format per mapped numeric column index. */
    byColumn: Record<number, { format: NumberFormat; source: NumberFormatSource }>;
    /** The file's dominant convention over all mapped numeric columns, `null` when undecided. */
    file: NumberFormat | null;
  };
  dateOrder: { order: DateOrder; source: 'override' | 'file' | 'number-format' | 'locale' };
  shape: {
    shape: YearShape;
    source: 'override' | 'detected';
    /** The year of a snapshot (`shape` `'snapshot'`), e.g. `'2025'`; `null` for the other layouts. */
    snapshotYear: string | null;
  };
  /** Fields whose values are mapped, with years as `revenue_YYYY`. */
  fields: (FieldKey | `revenue_${string}`)[];
}

/** The outcome of an import: the accounts from the valid rows, and every problem by row. */
export interface ImportResult {
  fileName: string;
  /** Accounts, in file order. */
  accounts: ImportedAccount[];
  /** Revenue years found, ascending (`['2022', '2023', '2024']`, or any others). */
  years: string[];
  /** Months of the MRR series, ascending and without gaps, `'YYYY-MM'`; empty without an MRR table. */
  months: Month[];
  /** Where the monthly MRR came from (a file name, or `'workbook.xlsx › MRR'`); `null` without one. */
  mrrSource: string | null;
  /** Errors (row skipped) and warnings (row kept), ordered by row. */
  issues: ImportIssue[];
  errorCount: number;
  warningCount: number;
  /** Non-empty data rows read (the accounts table's and the MRR table's). */
  rowCount: number;
  /** Rows skipped because of an error, and MRR rows of accounts the accounts table does not have. */
  skippedRows: number;
  /** The settings the import used. */
  settings: {
    kind: 'csv' | 'xlsx';
    encoding: TextEncoding | null;
    delimiter: Delimiter | null;
    sheet: string | null;
    headerRow: number;
    shape: YearShape;
    dateOrder: DateOrder;
    /** Number format per column header. */
    numberFormats: Record<string, NumberFormat>;
  };
}
