import { AUTO_SETTINGS, type ImportIssue, ImportSession } from '@kamkit/import';

/** One account for the charts: plain data with field names, so a Server Component could pass it on too. */
export interface CustomerRevenue {
  id: string;
  name: string;
  /** Revenue of the file's latest year, EUR; `null` when the row leaves that year empty. */
  revenue: number | null;
}

/** What {@link csvToAccounts} hands back: the accounts, the file's problems by row, and what was read. */
export interface CsvAccounts {
  accounts: CustomerRevenue[];
  /** Errors (row skipped) and warnings (row kept), by spreadsheet row and column. */
  issues: ImportIssue[];
  /** The revenue year the accounts carry (the latest in the file). */
  year: string;
  /** Data rows read, and rows skipped because of an error. */
  rowCount: number;
  skippedRows: number;
}

/**
 * Reads a CSV with `@kamkit/import` (encoding, delimiter, header row, number format and header names detected)
 * and returns the latest year's revenue per account. Runs unchanged in the browser and in Node ≥ 20: the bytes
 * may come from `readFileSync('Kundenliste.csv')`, `new Uint8Array(await file.arrayBuffer())` or, as here,
 * a string.
 *
 * @param locale Decides only what the file leaves open (is `1.234` one thousand or one point two?).
 */
export async function csvToAccounts(csv: string, fileName: string, locale = 'de-DE'): Promise<CsvAccounts> {
  const session = new ImportSession();
  const summary = await session.load(new TextEncoder().encode(csv), fileName, AUTO_SETTINGS);
  const { result } = session.analyse(summary.mapping, AUTO_SETTINGS, locale);
  const year = result.years.at(-1) ?? '';
  return {
    accounts: result.accounts.map((a) => ({ id: a.id, name: a.name, revenue: a.revenue[year] ?? null })),
    issues: result.issues,
    year,
    rowCount: result.rowCount,
    skippedRows: result.skippedRows,
  };
}
