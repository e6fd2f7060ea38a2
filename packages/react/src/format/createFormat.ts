import { devWarn } from '../contract/dev';

/** Number formatting options shared by every chart. */
export interface FormatOptions {
  /**
   * BCP 47 locale for all numbers and, for `de-*`, the German words. Default: `'en-US'` (fixed, so server and
   * client agree). A locale that `Intl` does not support falls back to `'en-US'` (development warning).
   */
  locale?: string;
  /**
   * ISO 4217 currency code; when set, values are formatted as money (`'EUR'` in de-DE: "1.234.567 €"). An
   * unknown code gives plain numbers (development warning).
   */
  currency?: string;
  /** Overrides how a value (e.g. revenue) is written everywhere except axis ticks, which use `formatTick`. */
  formatValue?: (value: number) => string;
}

/** The formatters a chart uses, all built from {@link FormatOptions}. */
export interface Formatters {
  /** A full value, e.g. "€1,234,567" or "1.234.567 €". */
  value: (value: number) => string;
  /** A short value for axis ticks, e.g. "€1.2M" or "1,2 Mio. €". */
  tick: (value: number) => string;
  /** A share, e.g. "20%" or "20 %"; `digits` fraction digits at most (default 0). */
  percent: (share: number, digits?: number) => string;
  /** A count, e.g. "1,234". */
  integer: (value: number) => string;
  /** A plain number with up to 2 decimals, e.g. "1,234.5". */
  number: (value: number) => string;
  /** The locale in use. */
  locale: string;
}

/** Intl.NumberFormat instances by locale, currency and kind: built once per page, not once per chart. */
const cache = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/**
 * The cached `Intl.NumberFormat` for `locale` and `options`. `kind` names the options (with the currency),
 * so the cache key is a short string instead of serialised options.
 */
function numberFormat(locale: string, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * `locale` when `Intl` supports it, else `'en-US'` with a development warning. A malformed tag (`'de_DE'`) and
 * a well-formed one that no `Intl` data matches (`'xx-XX'`) both fall back; `undefined` is `'en-US'` silently.
 */
function supportedLocale(locale: string | undefined): string {
  if (locale === undefined) return 'en-US';
  if (typeof locale !== 'string') {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
      devWarn(`locale must be a BCP 47 tag; got a ${typeof locale}. Numbers are written for en-US.`);
    return 'en-US';
  }
  try {
    if (Intl.NumberFormat.supportedLocalesOf([locale]).length > 0) return locale;
  } catch {
    // A malformed tag: Intl throws a RangeError.
  }
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
    devWarn(`locale "${locale}" is not supported by Intl here; numbers are written for en-US.`);
  return 'en-US';
}

/**
 * `currency` when it is a three-letter ISO 4217 code that `Intl` accepts, else `undefined` (plain numbers)
 * with a development warning. The check builds the full value format, which {@link createFormat} uses anyway.
 */
function supportedCurrency(locale: string, currency: string | undefined): string | undefined {
  if (currency === undefined || currency === '') return undefined;
  if (typeof currency !== 'string') {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
      devWarn(
        `currency must be an ISO 4217 code; got a ${typeof currency}. Values are written as plain numbers.`,
      );
    return undefined;
  }
  if (/^[A-Za-z]{3}$/.test(currency)) {
    try {
      fullFormat(locale, currency);
      return currency;
    } catch {
      // Not a currency Intl knows: plain numbers below.
    }
  }
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
    devWarn(`currency "${currency}" is not an ISO 4217 code; values are written as plain numbers.`);
  return undefined;
}

/** Whole amounts: currency formats default to two fraction digits; "1.2M"/"1,2 Mio." read better. */
function fullFormat(locale: string, currency: string | undefined): Intl.NumberFormat {
  return numberFormat(locale, `${currency ? `currency:${currency}` : 'number'}|full`, {
    ...(currency ? { style: 'currency', currency } : {}),
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
}

/**
 * Builds the formatters of a chart from `locale`, `currency` and `formatValue`. Uses `Intl.NumberFormat`
 * (instances are cached, and each formatter looks its instance up once), so de-DE gives "1.234.567 €" and
 * en-US "$1,234,567".
 *
 * @example
 * const f = createFormat({ locale: 'de-DE', currency: 'EUR' });
 * f.value(1234567); // "1.234.567 €"
 * f.percent(0.2); // "20 %"
 */
export function createFormat(options: FormatOptions = {}): Formatters {
  const locale = supportedLocale(options.locale);
  const currency = supportedCurrency(locale, options.currency);
  const money: Intl.NumberFormatOptions = currency ? { style: 'currency', currency } : {};
  const moneyKey = currency ? `currency:${currency}` : 'number';
  const full = fullFormat(locale, currency);
  const compact = numberFormat(locale, `${moneyKey}|compact`, {
    ...money,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const integer = numberFormat(locale, 'integer', { maximumFractionDigits: 0 });
  const percents: Intl.NumberFormat[] = [];
  const percent = (digits: number) => {
    let format = percents[digits];
    if (!format) {
      format = numberFormat(locale, `percent|${digits}`, { style: 'percent', maximumFractionDigits: digits });
      percents[digits] = format;
    }
    return format;
  };
  const value = options.formatValue ?? ((v: number) => full.format(v));
  return {
    locale,
    value,
    tick: (v) => (Math.abs(v) < 1000 ? full.format(v) : compact.format(v)),
    percent: (share, digits = 0) => percent(digits).format(share),
    integer: (v) => integer.format(v),
    number: (v) => numberFormat(locale, 'number', { maximumFractionDigits: 2 }).format(v),
  };
}
