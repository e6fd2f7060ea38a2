import { KamkitError } from '@kamkit/core';

/** A cell value for {@link toCsv}. `null`/`undefined` become empty cells; see {@link neutraliseCell}. */
export type CsvCell = string | number | boolean | bigint | Date | null | undefined;

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Field separator: one or more characters, none of them `"`, CR or LF. Default `','`; use `';'` for spreadsheets in locales with a decimal comma. */
  delimiter?: string;
  /** Line separator. Default `'\r\n'` (RFC 4180). */
  newline?: string;
  /** Prefix a byte-order mark so Excel reads UTF-8 (umlauts) correctly. Default `false`. */
  bom?: boolean;
}

/**
 * Characters a spreadsheet skips before it looks for a formula, or that a user cannot see: every character of
 * JavaScript's `\s` (space, tab, CR, LF, no-break space, the Unicode spaces, line/paragraph separators,
 * byte-order mark) plus the zero-width characters `\s` leaves out (U+200B–U+200D, U+2060, U+180E) and the soft
 * hyphen (U+00AD). A formula start is looked for after the longest run of these.
 */
const LEADING_INVISIBLE = /^[\s\u200B-\u200D\u2060\u180E\u00AD]+/;
/** `=`, `+`, `-`, `@` and their full-width forms (Excel with an East Asian input method reads them as ASCII). */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
/** OWASP also lists a leading tab or carriage return (a cell that starts with either is neutralised as such). */
const CONTROL_START = /^[\t\r]/;

/**
 * Makes one cell safe for spreadsheets and always returns a string.
 *
 * - Text that starts with a formula character (`=`, `+`, `-`, `@` or a full-width form of one), also after any
 *   leading whitespace or zero-width characters (space, no-break space, tab, CR, LF, U+200B…), or that starts
 *   with a tab or carriage return, is prefixed with `'` so Excel, LibreOffice and Google Sheets show it as text
 *   instead of running it (OWASP "CSV injection"). The rest of the text is kept as it is.
 * - A finite number is written as a number (`-5` is a value, not a formula); `NaN` and `±Infinity` give an
 *   empty cell, `-0` gives `"0"`. A bigint is written in full (`12345678901234567890`).
 * - `true`/`false` give `"true"`/`"false"`; a valid `Date` gives its ISO 8601 form (neutralised too: years
 *   before 0 or after 9999 start with `-` or `+`), an invalid one an empty cell.
 * - `null`, `undefined`, and every value a CSV cell cannot hold (objects, arrays, functions, symbols) give an
 *   empty cell `""`: no `toString` of the caller's value is called, so a hostile object cannot throw here.
 *
 * @example
 * neutraliseCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * neutraliseCell(' \u00A0=1+1'); // "' \u00A0=1+1"
 * neutraliseCell(-5); // "-5"
 * neutraliseCell({}); // ""
 */
export function neutraliseCell(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return neutraliseText(value);
    case 'number':
      return Number.isFinite(value) ? String(value === 0 ? 0 : value) : '';
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      if (value instanceof Date) {
        const time = Date.prototype.getTime.call(value);
        return Number.isFinite(time) ? neutraliseText(new Date(time).toISOString()) : '';
      }
      return '';
  }
}

function neutraliseText(text: string): string {
  if (CONTROL_START.test(text)) return `'${text}`;
  const visible = text.replace(LEADING_INVISIBLE, '');
  return FORMULA_START.test(visible) ? `'${text}` : text;
}

/**
 * Writes rows as CSV (RFC 4180 quoting) with every cell neutralised against formula injection and turned into
 * text by {@link neutraliseCell}. The first row is usually the header. Rows that are not arrays are written as
 * empty lines; holes in a row are empty cells.
 *
 * Throws `KamkitError` `NOT_ITERABLE` when `rows` is not iterable, and `INVALID_OPTION` (field `delimiter`) for an empty delimiter or one that holds `"`, CR or
 * LF, which would make the file unreadable.
 *
 * @example
 * toCsv([['Account', 'Revenue'], ['=cmd|calc', 1200]]); // "Account,Revenue\r\n'=cmd|calc,1200"
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions | null = {}): string {
  const delimiter = options?.delimiter ?? ',';
  const newline = options?.newline ?? '\r\n';
  if (typeof delimiter !== 'string' || delimiter === '' || /["\r\n]/.test(delimiter))
    throw new KamkitError(
      'INVALID_OPTION',
      'toCsv: the delimiter must be a non-empty text without quotes or line breaks.',
      { field: 'delimiter' },
    );
  const quoteIf = new RegExp(`["\\r\\n${delimiter.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}]`);
  if (rows == null || typeof (rows as Iterable<unknown>)[Symbol.iterator] !== 'function')
    throw new KamkitError('NOT_ITERABLE', 'toCsv: the rows must be an array (or another iterable) of rows.');
  const lines: string[] = [];
  for (const row of rows as Iterable<unknown>) {
    if (!Array.isArray(row)) {
      lines.push('');
      continue;
    }
    const cells: string[] = [];
    for (let i = 0; i < row.length; i++) {
      const text = neutraliseCell(row[i]);
      cells.push(quoteIf.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    }
    lines.push(cells.join(delimiter));
  }
  const body = lines.join(newline);
  return options?.bom ? `\uFEFF${body}` : body;
}
