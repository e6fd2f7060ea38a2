import type { Tick } from './ticks';

/** A period as the core's time series use it: an ISO string such as `'2024-03'`, a number or a `Date`. */
export type Period = string | number | Date;

type Key = { kind: 0; value: number } | { kind: 1; value: string } | { kind: 2; value: number };

function keyOf(value: unknown): Key | null {
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 0, value } : null;
  if (typeof value === 'string') return value === '' ? null : { kind: 1, value };
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isFinite(time) ? { kind: 2, value: time } : null;
  }
  return null;
}

/**
 * A string that identifies a period (equal `Date`s give the same key), or `null` for a value that is not a
 * period (`null`, `''`, `NaN`, an invalid date, an object).
 *
 * @example
 * periodKey(new Date('2024-03-01')) === periodKey(new Date('2024-03-01')); // true
 */
export function periodKey(value: unknown): string | null {
  const key = keyOf(value);
  return key === null ? null : `${key.kind}:${key.value}`;
}

/**
 * Total order of periods, the same as core's `mrrByPlan`: numbers ascending, then strings by code units (ISO
 * strings sort in time order), then dates in time order. Values that are not periods sort last.
 *
 * @example
 * [3, '2024-02', '2024-01', 1].sort(comparePeriods); // [1, 3, '2024-01', '2024-02']
 */
export function comparePeriods(a: unknown, b: unknown): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka === null || kb === null) return ka === null ? (kb === null ? 0 : 1) : -1;
  if (ka.kind !== kb.kind) return ka.kind - kb.kind;
  if (ka.kind === 1) {
    const bv = kb.value as string;
    return ka.value < bv ? -1 : ka.value > bv ? 1 : 0;
  }
  return ka.value - (kb.value as number);
}

/**
 * The distinct periods among `values`, ascending (values that are not periods are skipped; the first of equal
 * dates is kept).
 *
 * @example
 * distinctPeriods(['2024-02', '2024-01', '2024-02']); // ['2024-01', '2024-02']
 */
export function distinctPeriods(values: Iterable<unknown>): Period[] {
  const seen = new Map<string, Period>();
  for (const value of values) {
    const key = periodKey(value);
    if (key !== null && !seen.has(key)) seen.set(key, value as Period);
  }
  return [...seen.values()].sort(comparePeriods);
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How finely a list of periods is resolved: ISO years, months or days, or `null` (numbers, other strings). */
export type PeriodGrain = 'year' | 'month' | 'day' | null;

/**
 * The calendar date of a period (UTC midnight) and its grain: `'2024'` → year, `'2024-03'` → month,
 * `'2024-03-05'` and `Date`s → day (a `Date` on the 1st of a month at UTC midnight → month); `null` for numbers
 * and other strings.
 *
 * @example
 * periodDate('2024-03'); // { date: 2024-03-01T00:00:00Z, grain: 'month' }
 */
export function periodDate(period: unknown): { date: Date; grain: Exclude<PeriodGrain, null> } | null {
  if (period instanceof Date) {
    if (!Number.isFinite(period.getTime())) return null;
    const monthStart =
      period.getUTCDate() === 1 &&
      period.getUTCHours() === 0 &&
      period.getUTCMinutes() === 0 &&
      period.getUTCSeconds() === 0;
    return { date: period, grain: monthStart ? 'month' : 'day' };
  }
  if (typeof period !== 'string') return null;
  const match = ISO.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return { date, grain: match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year' };
}

/** Formatters of periods, built by {@link createPeriodFormat}. */
export interface PeriodFormat {
  /** The coarsest grain shared by the periods (`null` when they are not calendar periods). */
  grain: PeriodGrain;
  /** A period in full, e.g. "Jan 2024" (en-US) or "Jan. 2024" (de-DE); "2024"; "Mar 5, 2024"; `String(p)` otherwise. */
  label: (period: Period) => string;
  /** The month alone, e.g. "Jul" or "Juli" (`label` for periods that are not months). */
  month: (period: Period) => string;
  /** The year alone, e.g. "2024" (`label` for periods that are not calendar periods). */
  year: (period: Period) => string;
}

const dateFormats = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Builds the period formatters for `locale` with `Intl.DateTimeFormat` (in UTC, so server and client agree):
 * month names follow the locale ("Jan 2024", "Jan. 2024", "März 2024").
 *
 * @example
 * createPeriodFormat('de-DE', ['2024-03']).label('2024-03'); // "März 2024"
 */
export function createPeriodFormat(locale: string, periods: readonly Period[]): PeriodFormat {
  let grain: PeriodGrain = periods.length > 0 ? 'day' : null;
  const rank = { year: 2, month: 1, day: 0 } as const;
  for (const period of periods) {
    const parsed = periodDate(period);
    if (parsed === null) {
      grain = null;
      break;
    }
    if (grain !== null && rank[parsed.grain] > rank[grain]) grain = parsed.grain;
  }
  const monthYear = dateFormat(locale, { month: 'short', year: 'numeric' });
  const monthOnly = dateFormat(locale, { month: 'short' });
  const yearOnly = dateFormat(locale, { year: 'numeric' });
  const dayFormat = dateFormat(locale, { dateStyle: 'medium' });
  const label = (period: Period) => {
    const parsed = periodDate(period);
    if (parsed === null) return String(period);
    const as = grain ?? parsed.grain;
    if (as === 'year') return yearOnly.format(parsed.date);
    if (as === 'month') return monthYear.format(parsed.date);
    return dayFormat.format(parsed.date);
  };
  return {
    grain,
    label,
    month: (period) => {
      const parsed = periodDate(period);
      return parsed !== null && grain === 'month' ? monthOnly.format(parsed.date) : label(period);
    },
    year: (period) => {
      const parsed = periodDate(period);
      return parsed !== null ? yearOnly.format(parsed.date) : label(period);
    },
  };
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 36, 60, 120, 240];

/**
 * Ticks for a sequence of periods placed at `position(i)`: at most `maxTicks`, every k-th period. Monthly
 * periods are ticked at calendar boundaries (quarters, half years, Januaries) and labelled with the month, the
 * year at the first tick and at each January ("Jan 2024", "Jul", "Jan 2025"), or with the year alone when
 * ticks are a year or more apart.
 *
 * @example
 * periodTicks(months, (i) => x(i), 8, createPeriodFormat('en-US', months));
 */
export function periodTicks(
  periods: readonly Period[],
  position: (index: number) => number,
  maxTicks: number,
  format: PeriodFormat,
): Tick[] {
  const n = periods.length;
  if (n === 0) return [];
  const limit = Math.max(1, Math.floor(maxTicks));
  const step = MONTH_STEPS.find((s) => Math.ceil(n / s) <= limit) ?? Math.ceil(n / limit);
  const ticks: Tick[] = [];
  if (format.grain === 'month') {
    for (let i = 0; i < n; i++) {
      const date = (periodDate(periods[i]) as { date: Date }).date;
      const month = date.getUTCMonth();
      const aligned =
        step <= 12 ? month % step === 0 : month === 0 && date.getUTCFullYear() % (step / 12) === 0;
      if (!aligned) continue;
      const period = periods[i] as Period;
      const text =
        step >= 12
          ? format.year(period)
          : ticks.length === 0 || month === 0
            ? format.label(period)
            : format.month(period);
      ticks.push({ position: position(i), label: text });
    }
    // Too few aligned months (a short range starting mid-quarter): tick every step-th period instead.
    if (ticks.length >= Math.min(2, n)) return ticks;
    ticks.length = 0;
  }
  for (let i = 0; i < n; i += step) {
    const period = periods[i] as Period;
    ticks.push({ position: position(i), label: format.label(period) });
  }
  return ticks;
}
