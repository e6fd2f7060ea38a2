import { normalizeHeader } from './columns';
import { type DateOrder, dateToIso, excelSerialToIso, parseLocaleDate } from './dates';
import type { ImportField } from './fields';
import { isFormulaLike } from './neutralise';
import { type NumberFormat, parseLocaleNumber } from './numbers';
import { cellText } from './table';
import type { Cell, IssueCode } from './types';

/** What a field needs to know to read a cell. */
export type FieldSpec = Pick<
  ImportField,
  'label' | 'type' | 'required' | 'unit' | 'min' | 'max' | 'values'
> & {
  key: string;
};

/** A value read from a cell: text, a number, a `'YYYY-MM'`/`'YYYY-MM-DD'` date or a year (`'2024'`). */
export type FieldValue = string | number | null;

/** Outcome of {@link readCell}: the value, and a problem when there is one. */
export interface CellOutcome {
  /** The value; `null` when empty, unreadable or dropped. */
  value: FieldValue;
  problem?: { severity: 'error' | 'warning'; code: IssueCode; message: string };
}

/** How text numbers and dates of a column are read. */
export interface CellContext {
  numberFormat: NumberFormat;
  dateOrder: DateOrder;
}

/** German and other common spellings of the enum values (normalised with `normalizeHeader`). */
const SYNONYMS: Record<string, Record<string, string>> = {
  segment: {
    krankenhaus: 'Hospital system',
    krankenhaeuser: 'Hospital system',
    klinikum: 'Hospital system',
    klinikverbund: 'Hospital system',
    krankenhausverbund: 'Hospital system',
    hospital: 'Hospital system',
    'health system': 'Hospital system',
    klinik: 'Clinic',
    praxis: 'Clinic',
    arztpraxis: 'Clinic',
    labor: 'Laboratory',
    lab: 'Laboratory',
    versicherung: 'Insurer',
    versicherer: 'Insurer',
    krankenkasse: 'Insurer',
    krankenversicherung: 'Insurer',
    insurance: 'Insurer',
  },
  plan: { basis: 'Basic', starter: 'Basic', pro: 'Standard' },
  onboarding_stage: {
    'vertrag unterschrieben': 'Contract signed',
    vertragsabschluss: 'Contract signed',
    unterschrieben: 'Contract signed',
    kickoff: 'Kick-off',
    'kick off': 'Kick-off',
    schulung: 'Training',
    produktiv: 'Live',
    abgeschlossen: 'Live',
    'go live': 'Live',
  },
};

/**
 * `true` for text a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`, also after leading
 * whitespace or zero-width characters; see {@link isFormulaLike}), not for a number such as `-5` or `-1,5`.
 */
export function looksLikeFormula(text: string): boolean {
  return isFormulaLike(text) && Number.isNaN(Number(text.replace(/\s/g, '').replace(',', '.')));
}

const describeFormat = (format: NumberFormat) =>
  format === 'comma' ? 'decimal comma, e.g. 1.234,56' : 'decimal point, e.g. 1,234.56';

/**
 * Reads one cell for a field, without throwing: text is trimmed; numbers are read with the column's
 * {@link NumberFormat} (Excel number cells as they are) and checked against the field's range and integer
 * type; dates with the {@link DateOrder} (Excel date cells and serial numbers too) and kept as `'YYYY-MM'`
 * months; enum values match case-insensitively and in German (`'Labor'` → `'Laboratory'`).
 *
 * Problems: an unreadable or out-of-range value is an error (the row is skipped), except a negative revenue,
 * which is kept with a warning (credit notes can make a year's revenue negative); an unknown enum value is a
 * warning and becomes `null`; text that a spreadsheet would run as a formula is kept as text with a warning.
 *
 * @example
 * readCell(revenueYearField('2024'), '1.234', { numberFormat: 'comma', dateOrder: 'dmy' }).value; // 1234
 */
export function readCell(field: FieldSpec, cell: Cell | undefined, context: CellContext): CellOutcome {
  const text = cellText(cell).trim();
  if (cell === null || cell === undefined || (typeof cell === 'string' && text === '')) {
    return field.required
      ? {
          value: null,
          problem: { severity: 'error', code: 'missing-required', message: `${field.label} is missing.` },
        }
      : { value: null };
  }
  switch (field.type) {
    case 'string':
      return readText(field, text, cellText(cell));
    case 'enum':
      return readEnum(field, text);
    case 'date':
      return readDate(field, cell, text, context.dateOrder);
    case 'year':
      return readYear(cell, text);
    default:
      return readNumber(field, cell, text, context.numberFormat);
  }
}

function readText(field: FieldSpec, text: string, raw: string): CellOutcome {
  const value = field.key === 'country' ? text.toUpperCase() : text;
  if (looksLikeFormula(raw)) {
    return {
      value,
      problem: {
        severity: 'warning',
        code: 'formula-like',
        message: `${field.label} starts with "${text.slice(0, 1)}": kept as text; it is shown as text and neutralised when exported.`,
      },
    };
  }
  return { value };
}

/** Enum texts already matched, per field: a column has few distinct values, and normalising is not free. */
const enumCache = new Map<string, Map<string, string | null>>();

function matchEnum(field: FieldSpec, text: string): string | null {
  let cache = enumCache.get(field.key);
  if (!cache) {
    cache = new Map();
    enumCache.set(field.key, cache);
  }
  let value = cache.get(text);
  if (value === undefined) {
    const normal = normalizeHeader(text);
    value = field.values?.find((v) => normalizeHeader(v) === normal) ?? SYNONYMS[field.key]?.[normal] ?? null;
    if (cache.size > 10_000) cache.clear();
    cache.set(text, value);
  }
  return value;
}

function readEnum(field: FieldSpec, text: string): CellOutcome {
  const value = matchEnum(field, text);
  if (value !== null) return { value };
  return {
    value: null,
    problem: {
      severity: 'warning',
      code: 'unknown-value',
      message: `${field.label} "${text}" is not one of ${field.values?.join(', ')}; left empty.`,
    },
  };
}

function readDate(field: FieldSpec, cell: Cell, text: string, order: DateOrder): CellOutcome {
  const iso =
    cell instanceof Date
      ? dateToIso(cell)
      : typeof cell === 'number'
        ? excelSerialToIso(cell)
        : parseLocaleDate(text, order);
  if (iso) return { value: iso.slice(0, 7) };
  return {
    value: null,
    problem: {
      severity: 'error',
      code: 'not-a-date',
      message: `${field.label} "${text}" is not a date (expected e.g. ${order === 'dmy' ? '31.12.2024' : '12/31/2024'} or 2024-12-31).`,
    },
  };
}

function readYear(cell: Cell, text: string): CellOutcome {
  const match =
    typeof cell === 'number'
      ? Number.isInteger(cell)
        ? String(cell)
        : null
      : /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(text)?.[1];
  if (match && Number(match) >= 1900 && Number(match) <= 2099) return { value: match };
  return {
    value: null,
    problem: { severity: 'error', code: 'not-a-year', message: `Year "${text}" is not a year such as 2024.` },
  };
}

function readNumber(field: FieldSpec, cell: Cell, text: string, format: NumberFormat): CellOutcome {
  let value: number | null;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') value = parseLocaleNumber(text, format);
  else value = Number.NaN;
  if (value === null || Number.isNaN(value) || !Number.isFinite(value)) {
    const how = typeof cell === 'string' ? ` (read with ${describeFormat(format)})` : '';
    return {
      value: null,
      problem: {
        severity: 'error',
        code: 'not-a-number',
        message: `${field.label} "${text}" is not a number${how}.`,
      },
    };
  }
  if (field.type === 'integer') {
    const rounded = Math.round(value);
    if (Math.abs(value - rounded) > 1e-9) {
      return {
        value: null,
        problem: {
          severity: 'error',
          code: 'not-an-integer',
          message: `${field.label} "${text}" must be a whole number.`,
        },
      };
    }
    value = rounded;
  }
  const isRevenue = field.key === 'revenue' || field.key.startsWith('revenue_');
  if (isRevenue && value < 0) {
    return {
      value,
      problem: {
        severity: 'warning',
        code: 'negative-revenue',
        message: `${field.label} is negative (${text}); kept as it is (e.g. credit notes). Check the sign.`,
      },
    };
  }
  if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
    const range =
      field.max === undefined ? `at least ${field.min}` : `between ${field.min ?? '-∞'} and ${field.max}`;
    return {
      value: null,
      problem: {
        severity: 'error',
        code: 'out-of-range',
        message: `${field.label} ${text} is out of range: must be ${range}${field.unit ? ` (${field.unit})` : ''}.`,
      },
    };
  }
  return { value };
}
