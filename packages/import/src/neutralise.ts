/** A cell value for {@link toCsv} and the XLSX export. `null`/`undefined` become empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Characters a spreadsheet may skip before it looks for a formula: ASCII whitespace (space, tab, CR, LF,
 * vertical tab, form feed), the no-break spaces (U+00A0, U+202F, U+2007), the other Unicode spaces, and the
 * invisible zero-width characters (U+200B–U+200D, U+2060, U+FEFF). A cell such as `" \u00a0=cmd|…"` is
 * therefore treated like `"=cmd|…"`.
 */
const INVISIBLE_LEAD = /^[\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*/;

/** Formula starts, ASCII and full-width (some East Asian spreadsheets accept `＝` as `=`). */
const FORMULA_CHAR = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * `true` for text a spreadsheet could run as a formula or that hides a formula behind leading whitespace:
 * text whose first character after any leading whitespace or zero-width character (see above) is `=`, `+`,
 * `-` or `@` (ASCII or full-width), and text that starts with a tab, carriage return or line feed. A plain
 * number such as `-5` or `+3.5` is not formula-like (it is read as the number it is).
 *
 * @example
 * isFormulaLike('=HYPERLINK("http://x")'); // true
 * isFormulaLike('\u00a0\u200b=1+1'); // true
 * isFormulaLike('-5'); // false
 */
export function isFormulaLike(text: string): boolean {
  if (/^[\t\r\n]/.test(text)) return true;
  const rest = text.replace(INVISIBLE_LEAD, '');
  if (!FORMULA_CHAR.test(rest)) return false;
  return !/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(rest.trim());
}

/**
 * Makes one text cell safe for spreadsheets: formula-like text ({@link isFormulaLike}) is prefixed with `'`,
 * so Excel, LibreOffice and Google Sheets show it as text instead of running it (OWASP "CSV injection").
 * Numbers are written as numbers (a negative number is not a formula); `NaN` and infinities become empty.
 *
 * @example
 * neutraliseCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * neutraliseCell(' \t@SUM(A1)'); // "' \t@SUM(A1)"
 * neutraliseCell(-5); // "-5"
 */
export function neutraliseCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return isFormulaLike(value) ? `'${value}` : value;
}

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Field separator. Default `','`; use `';'` for spreadsheets in locales with a decimal comma. */
  delimiter?: string;
  /** Line separator. Default `'\r\n'` (RFC 4180). */
  newline?: string;
  /** Prefix a byte-order mark so Excel reads UTF-8 (umlauts) correctly. Default `false`. */
  bom?: boolean;
}

/**
 * Writes rows as CSV (RFC 4180 quoting) with every text cell neutralised ({@link neutraliseCell}).
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
