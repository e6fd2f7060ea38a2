/** A cell value for {@link toCsv}. `null`/`undefined` become empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Field separator. Default `','`; use `';'` for spreadsheets in locales with a decimal comma. */
  delimiter?: string;
  /** Line separator. Default `'\r\n'` (RFC 4180). */
  newline?: string;
  /** Prefix a byte-order mark so Excel reads UTF-8 (umlauts) correctly. Default `false`. */
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes one cell safe for spreadsheets: a text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with `'` so Excel, LibreOffice and Google Sheets show it as text instead of running it as a formula
 * (OWASP "CSV injection"). Numbers are written as numbers (a negative number is not a formula).
 *
 * @example
 * neutraliseCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * neutraliseCell(-5); // "-5"
 */
export function neutraliseCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Writes rows as CSV (RFC 4180 quoting) with every text cell neutralised against formula injection
 * ({@link neutraliseCell}). The first row is usually the header.
 *
 * @example
 * toCsv([['Account', 'Revenue'], ['=cmd|calc', 1200]]); // "Account,Revenue\r\n'=cmd|calc,1200"
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\r\n';
  const quoteIf = new RegExp(`["\\r\\n${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}]`);
  const body = rows
    .map((row) =>
      row
        .map((cell) => {
          const text = neutraliseCell(cell);
          return quoteIf.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        })
        .join(delimiter),
    )
    .join(newline);
  return options.bom ? `\uFEFF${body}` : body;
}
