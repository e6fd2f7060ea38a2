/**
 * Locale-aware number reading for spreadsheet cells: `1.234,56` (German), `1,234.56` (English), `1'234.50`
 * (Swiss), `1 234,56` (French), with currency symbols, percent signs and negative numbers in parentheses.
 *
 * The one rule that matters: a text is never read in a convention other than the one given. `'1.234'` read with
 * a decimal comma is 1234, with a decimal point it is 1.234; which convention a file uses is decided from all
 * of a column's values by {@link detectNumberFormat} (and from the whole file by {@link resolveNumberFormat}).
 */

/**
 * How a file writes decimals:
 * - `'point'`: decimal point; thousands grouped with `,`, a space or `'` (`1,234.56`, `1 234.56`, `1'234.56`);
 * - `'comma'`: decimal comma; thousands grouped with `.`, a space or `'` (`1.234,56`, `1 234,56`).
 */
export type NumberFormat = 'point' | 'comma';

/** What one cell's text says about the file's {@link NumberFormat}. */
export type NumberEvidence =
  /** Only a decimal point reads it (`12.5`, `1,234.56`, `1,234,567`). */
  | 'point'
  /** Only a decimal comma reads it (`12,5`, `1.234,56`, `1.234.567`). */
  | 'comma'
  /** Both read it, differently (`1.234`, `12,345`): a single separator followed by exactly three digits. */
  | 'ambiguous'
  /** Both read it the same way (`1234`, `1'234`, `1 234`, `-5`). */
  | 'neutral'
  /** Neither reads it (`12x`, `n/a`, `1.2.3,4,5`). */
  | 'invalid'
  /** Empty or blank. */
  | 'empty';

// Currency signs and codes a cell may start or end with (case-insensitive): € $ £ ¥ CHF Fr. SFr. EUR USD GBP.
const CURRENCY_START = /^(?:[€$£¥]|chf|sfr\.?|fr\.|eur|usd|gbp)\s*/i;
const CURRENCY_END = /\s*(?:[€$£¥]|chf|sfr\.?|fr\.|eur|usd|gbp)$/i;
// Typographic apostrophes used as Swiss thousands separators, folded to `'`.
const APOSTROPHES = /[’‘´`]/g;
// Minus signs: hyphen-minus, Unicode minus, en dash (Excel in some locales).
const MINUS = /^[-−–]/;
const MINUS_END = /[-−–]$/;

const EXPONENT = /^(\d+(?:[.,]\d+)?)[eE]([+-]?\d{1,3})$/;

interface Stripped {
  /** Digits and separators only (spaces folded to one ' '), or `null` when the text had something else. */
  body: string | null;
  negative: boolean;
  percent: boolean;
}

/** Digits and separators only: most cells, read without the slow path. */
const FAST = /^\d[\d.,']*$/;
const DIGITS = /^\d+$/;

/**
 * Removes sign, currency, percent and parentheses around a number, leaving the digits and separators.
 * Whitespace of any kind (incl. NBSP U+00A0, narrow NBSP U+202F, thin space U+2009) becomes `' '`.
 */
function strip(text: string): Stripped {
  if (FAST.test(text)) return { body: text, negative: false, percent: false };
  let s = text.replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim();
  let negative = false;
  let percent = false;
  let signs = 0;
  for (let guard = 0; guard < 8; guard++) {
    const before = s;
    if (s.startsWith('(') && s.endsWith(')') && s.length > 2) {
      s = s.slice(1, -1).trim();
      negative = !negative;
      signs++;
    }
    if (s.startsWith('+')) s = s.slice(1).trim();
    if (MINUS.test(s)) {
      s = s.slice(1).trim();
      negative = !negative;
      signs++;
    } else if (MINUS_END.test(s) && s.length > 1) {
      // SAP and some German ledgers write negatives as `1.234,56-`.
      s = s.slice(0, -1).trim();
      negative = !negative;
      signs++;
    }
    s = s.replace(CURRENCY_START, '').replace(CURRENCY_END, '').trim();
    if (s.startsWith('%')) {
      s = s.slice(1).trim();
      percent = true;
    }
    if (s.endsWith('%')) {
      s = s.slice(0, -1).trim();
      percent = true;
    }
    if (s === before) break;
  }
  const plain = /^[\d.,' ]+$/.test(s) || EXPONENT.test(s);
  if (signs > 1 || !plain || !/\d/.test(s)) return { body: null, negative, percent };
  return { body: s, negative, percent };
}

/** Grouped integers per thousands separator; a group never starts with 0 ('0.500' is a decimal, not 500). */
const GROUPED: Record<string, RegExp> = {
  '.': /^[1-9]\d{0,2}(?:\.\d{3})+$/,
  ',': /^[1-9]\d{0,2}(?:,\d{3})+$/,
  ' ': /^[1-9]\d{0,2}(?: \d{3})+$/,
  "'": /^[1-9]\d{0,2}(?:'\d{3})+$/,
};

/** Reads digits with grouping: `'1.234.567'`, `'1 234'`, `"1'234"` or `'1234'`; `NaN` for a broken grouping. */
function readInteger(part: string, groupChars: string): number {
  if (part === '') return 0;
  if (DIGITS.test(part)) return Number(part);
  const group = part[part.search(/\D/)]!;
  if (!groupChars.includes(group) || !GROUPED[group]!.test(part)) return Number.NaN;
  return Number(part.replaceAll(group, ''));
}

/**
 * Reads a number as a spreadsheet shows it, in the given {@link NumberFormat}.
 *
 * Accepted around the digits: a leading `+`; a leading or trailing minus (`-`, `−`, `–`) or parentheses for a
 * negative (`(1,234.00)` = -1234); currency signs and codes before or after (`€`, `$`, `£`, `¥`, `CHF`, `Fr.`,
 * `EUR`, `USD`, `GBP`); a percent sign, which is dropped (`'12,5 %'` = 12.5: the kit's percent columns hold
 * percent values, not fractions); thousands separators: the other one of `.`/`,`, any space (incl. NBSP and
 * narrow NBSP) or an apostrophe (`1'234.50`), in groups of three; scientific notation (`1.5E+06`).
 *
 * @returns the number; `null` for an empty or blank text; `NaN` when the text is not a number in `format`
 *   (e.g. `'1,5'` with `'point'`, `'12x'`, `'1.23.4'`).
 * @example
 * parseLocaleNumber('1.234', 'comma'); // 1234
 * parseLocaleNumber('1.234', 'point'); // 1.234
 * parseLocaleNumber('1.234,56 €', 'comma'); // 1234.56
 * parseLocaleNumber("CHF 1'234.50", 'point'); // 1234.5
 * parseLocaleNumber('(1,234.00)', 'point'); // -1234
 * parseLocaleNumber('12,5 %', 'comma'); // 12.5
 * parseLocaleNumber('', 'comma'); // null
 */
export function parseLocaleNumber(text: string, format: NumberFormat): number | null {
  const { body, negative } = strip(text);
  if (body === null) return text.trim() === '' ? null : Number.NaN;
  const value = parseBody(body, format);
  return negative ? -value : value;
}

/** Reads stripped digits and separators in a format; `NaN` when they do not fit it. */
function parseBody(body: string, format: NumberFormat): number {
  if (DIGITS.test(body)) return Number(body);
  const decimal = format === 'point' ? '.' : ',';
  const groupChars = format === 'point' ? ", '" : ". '";
  const exponent = body.length > 2 && /[eE]/.test(body) ? EXPONENT.exec(body) : null;
  if (exponent) {
    const mantissa = exponent[1]!;
    if (mantissa.includes(decimal === '.' ? ',' : '.')) return Number.NaN;
    return Number(`${mantissa.replace(',', '.')}e${exponent[2]}`);
  }
  const at = body.indexOf(decimal);
  if (at !== body.lastIndexOf(decimal)) return Number.NaN;
  const intPart = at === -1 ? body : body.slice(0, at);
  const fracPart = at === -1 ? '' : body.slice(at + 1);
  if (!DIGITS.test(fracPart) && fracPart !== '') return Number.NaN;
  if (intPart === '' && fracPart === '') return Number.NaN;
  const whole = readInteger(intPart.trim(), groupChars);
  if (Number.isNaN(whole)) return Number.NaN;
  return fracPart === '' ? whole : Number(`${whole}.${fracPart}`);
}

/**
 * What one cell's text says about the file's number format (see {@link NumberEvidence}).
 *
 * @example
 * numberEvidence('12.345,67'); // 'comma'
 * numberEvidence('1.234'); // 'ambiguous'
 * numberEvidence('0.5'); // 'point' (a group never starts with 0)
 * numberEvidence("1'234"); // 'neutral'
 */
export function numberEvidence(text: string): NumberEvidence {
  const { body } = strip(text);
  if (body === null) return text.trim() === '' ? 'empty' : 'invalid';
  if (DIGITS.test(body)) return 'neutral';
  const point = parseBody(body, 'point');
  const comma = parseBody(body, 'comma');
  const pointOk = !Number.isNaN(point);
  const commaOk = !Number.isNaN(comma);
  if (pointOk && commaOk) return point === comma ? 'neutral' : 'ambiguous';
  if (pointOk) return 'point';
  if (commaOk) return 'comma';
  return 'invalid';
}

/** Counts of {@link NumberEvidence} over a column. */
export interface NumberVotes {
  point: number;
  comma: number;
  ambiguous: number;
  neutral: number;
  invalid: number;
  /** The first ambiguous value seen (e.g. `'115.000'`), to show the user how it was read. */
  example?: string;
}

/** Result of {@link detectNumberFormat}. */
export interface NumberFormatGuess {
  /**
   * The format the values prove, or `null` when no value decides it (all ambiguous or neutral) or the column
   * is split evenly. When both formats have evidence, the larger side wins and {@link conflicting} is `true`.
   */
  format: NumberFormat | null;
  /** `true` when some values only read as `'point'` and others only as `'comma'`. */
  conflicting: boolean;
  /** The evidence counted (empty cells are not counted). */
  votes: NumberVotes;
}

/** Votes with every count 0. */
export const NO_VOTES: Readonly<NumberVotes> = { point: 0, comma: 0, ambiguous: 0, neutral: 0, invalid: 0 };

/**
 * Adds up what every value of a column says about its number format ({@link numberEvidence}).
 *
 * @example
 * detectNumberFormat(['1.234', '12.345,67']).format; // 'comma' — so '1.234' means 1234
 * detectNumberFormat(['1.234', '5.678']).format; // null — ambiguous, see resolveNumberFormat
 */
export function detectNumberFormat(values: Iterable<string>): NumberFormatGuess {
  const votes: NumberVotes = { ...NO_VOTES };
  for (const value of values) {
    const evidence = numberEvidence(value);
    if (evidence !== 'empty') votes[evidence]++;
    if (evidence === 'ambiguous') votes.example ??= value;
  }
  return guessFromVotes(votes);
}

/** The {@link NumberFormatGuess} for counted votes. */
export function guessFromVotes(votes: NumberVotes): NumberFormatGuess {
  const conflicting = votes.point > 0 && votes.comma > 0;
  const format =
    votes.point > votes.comma ? 'point' : votes.comma > votes.point ? 'comma' : (null as NumberFormat | null);
  return { format, conflicting, votes: { ...votes } };
}

/** Adds votes of several columns. */
export function addVotes(all: readonly NumberVotes[]): NumberVotes {
  const sum: NumberVotes = { ...NO_VOTES };
  for (const v of all) {
    sum.point += v.point;
    sum.comma += v.comma;
    sum.ambiguous += v.ambiguous;
    sum.neutral += v.neutral;
    sum.invalid += v.invalid;
  }
  return sum;
}

/** Where a column's number format came from, strongest first. */
export type NumberFormatSource =
  /** The user chose it for the whole file. */
  | 'override'
  /** The column's own values prove it. */
  | 'column'
  /** The column is ambiguous; the other numeric columns of the file prove it. */
  | 'file'
  /** Nothing in the file decides; the delimiter suggests it (`;` → decimal comma, `,` → decimal point). */
  | 'delimiter'
  /** Nothing in the file decides; the user's locale does. */
  | 'locale';

/** Context for {@link resolveNumberFormat}. */
export interface NumberFormatContext {
  /** The user's choice for the whole file, or `'auto'`. */
  override: NumberFormat | 'auto';
  /** The file's dominant convention over all its numeric columns ({@link detectNumberFormat} of them all). */
  file: NumberFormat | null;
  /** The CSV delimiter; `null` for an Excel workbook. */
  delimiter: string | null;
  /** The user's locale, e.g. `'de-DE'`; decides when nothing else does. */
  locale: string;
}

/**
 * The decimal convention of a locale: `'comma'` for German, French, Spanish, … `'point'` for English, Swiss
 * German (`de-CH`), Japanese, Chinese, …
 *
 * @example
 * localeNumberFormat('de-DE'); // 'comma'
 * localeNumberFormat('de-CH'); // 'point'
 */
export function localeNumberFormat(locale: string): NumberFormat {
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    return parts.find((p) => p.type === 'decimal')?.value === ',' ? 'comma' : 'point';
  } catch {
    return 'point';
  }
}

/**
 * Decides a column's number format: the user's override, else the column's own evidence, else the file's
 * dominant convention, else the delimiter (`;` → comma, `,` → point), else the user's locale.
 *
 * @example
 * // A German file: this column only has '1.234'-like values, other columns have '12.345,67'.
 * resolveNumberFormat(detectNumberFormat(['1.234']), { override: 'auto', file: 'comma', delimiter: ';', locale: 'en-US' });
 * // { format: 'comma', source: 'file' }
 */
export function resolveNumberFormat(
  guess: NumberFormatGuess | null,
  context: NumberFormatContext,
): { format: NumberFormat; source: NumberFormatSource } {
  if (context.override !== 'auto') return { format: context.override, source: 'override' };
  if (guess?.format) return { format: guess.format, source: 'column' };
  if (context.file) return { format: context.file, source: 'file' };
  if (context.delimiter === ';') return { format: 'comma', source: 'delimiter' };
  if (context.delimiter === ',') return { format: 'point', source: 'delimiter' };
  return { format: localeNumberFormat(context.locale), source: 'locale' };
}
