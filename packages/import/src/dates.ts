/**
 * Locale-aware date reading for spreadsheet cells: `31.12.2024` (German), `12/31/2024` (US), `31/12/2024`
 * (UK), `2024-12-31` (ISO), month-only forms (`12.2024`, `2024-12`), Excel date cells and Excel serial numbers.
 */

/** Order of day and month in a `d?d[./-]m?m[./-]yy(yy)` date: `'dmy'` (31.12.2024, 31/12/2024) or `'mdy'` (12/31/2024). */
export type DateOrder = 'dmy' | 'mdy';

/** What one cell's text says about the file's {@link DateOrder}. */
export type DateEvidence = 'dmy' | 'mdy' | 'ambiguous' | 'neutral' | 'invalid' | 'empty';

const DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO =
  /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_YEAR = /^(\d{1,2})[./](\d{4})$/;
const YEAR_MONTH = /^(\d{4})[./](\d{1,2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number | null): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return undefined;
  if (day === null) return `${year}-${pad(month)}`;
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years as Excel reads them: 00–29 → 2000–2029, 30–99 → 1930–1999. */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 4 ? n : n < 30 ? 2000 + n : 1900 + n;
}

/**
 * Reads a date as a spreadsheet shows it.
 *
 * Accepted: ISO `2024-12-31` (with an optional time) and `2024-12`; `31.12.2024`, `31/12/2024`, `31-12-2024`
 * and two-digit years, in the given `order` (a `.` date is day-first in every locale that writes it, so
 * `order` only decides `/` and `-` dates); month-only `12.2024`, `12/2024`, `2024/12`.
 *
 * @returns `'YYYY-MM-DD'`, or `'YYYY-MM'` for a month-only text; `null` for an empty text; `undefined` when
 *   the text is not a valid date (e.g. `'31.02.2024'`, `'soon'`).
 * @example
 * parseLocaleDate('15.03.2021', 'mdy'); // '2021-03-15' — dots are day-first
 * parseLocaleDate('03/04/2021', 'mdy'); // '2021-03-04'
 * parseLocaleDate('03/04/2021', 'dmy'); // '2021-04-03'
 * parseLocaleDate('2021-03', 'dmy'); // '2021-03'
 */
export function parseLocaleDate(text: string, order: DateOrder): string | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  let m = ISO.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null);
  m = DMY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]!);
    const dayFirst = m[2] === '.' || order === 'dmy';
    return dayFirst ? iso(year, b, a) : iso(year, a, b);
  }
  m = MONTH_YEAR.exec(s);
  if (m) return iso(Number(m[2]), Number(m[1]), null);
  m = YEAR_MONTH.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), null);
  return undefined;
}

/**
 * What one cell's text says about day/month order: `'dmy'` for `31.12.2024` or `31/12/2024`, `'mdy'` for
 * `12/31/2024`, `'ambiguous'` for `03/04/2024`, `'neutral'` for ISO and month-only dates.
 */
export function dateEvidence(text: string): DateEvidence {
  const s = text.trim();
  if (s === '') return 'empty';
  const dmy = parseLocaleDate(s, 'dmy');
  const mdy = parseLocaleDate(s, 'mdy');
  if (dmy && mdy) return dmy === mdy ? (DMY.test(s) && s.includes('.') ? 'dmy' : 'neutral') : 'ambiguous';
  if (dmy) return 'dmy';
  if (mdy) return 'mdy';
  return 'invalid';
}

/** Result of {@link detectDateOrder}. */
export interface DateOrderGuess {
  /** The order the values prove, or `null` when none decides (or they are split evenly). */
  order: DateOrder | null;
  votes: Record<'dmy' | 'mdy' | 'ambiguous' | 'neutral' | 'invalid', number>;
}

/**
 * Adds up what every value of a column says about its day/month order.
 *
 * @example
 * detectDateOrder(['03/04/2021', '25/12/2021']).order; // 'dmy'
 * detectDateOrder(['03/04/2021']).order; // null
 */
export function detectDateOrder(values: Iterable<string>): DateOrderGuess {
  const votes = { dmy: 0, mdy: 0, ambiguous: 0, neutral: 0, invalid: 0 };
  for (const value of values) {
    const evidence = dateEvidence(value);
    if (evidence !== 'empty') votes[evidence]++;
  }
  const order = votes.dmy > votes.mdy ? 'dmy' : votes.mdy > votes.dmy ? 'mdy' : null;
  return { order, votes };
}

/**
 * The day/month order of a locale: `'mdy'` for US English (and a few others that write month first), `'dmy'`
 * for everyone else.
 *
 * @example
 * localeDateOrder('en-US'); // 'mdy'
 * localeDateOrder('de-DE'); // 'dmy'
 */
export function localeDateOrder(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(Date.UTC(2024, 11, 31, 12)))
      .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year');
    const first = parts[0]?.type;
    return first === 'month' ? 'mdy' : 'dmy';
  } catch {
    return 'dmy';
  }
}

/**
 * The calendar date of an Excel serial number (1900 date system, with Excel's phantom 29 Feb 1900), as
 * `'YYYY-MM-DD'`; `undefined` outside 1950–2100.
 *
 * @example
 * excelSerialToIso(45292); // '2024-01-01'
 */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 18264 || serial > 73415) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A `Date` (as read from an Excel date cell, in UTC) as `'YYYY-MM-DD'`. */
export function dateToIso(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
