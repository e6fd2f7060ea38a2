/** Number formatting options shared by every chart. */
export interface FormatOptions {
  /** BCP 47 locale for all numbers, e.g. `'de-DE'`. Default: `'en-US'` (fixed, so server and client agree). */
  locale?: string;
  /** ISO 4217 currency code; when set, values are formatted as money (`'EUR'` in de-DE: "1.234.567 €"). */
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
  const locale = options.locale ?? 'en-US';
  const currency = options.currency;
  const money: Intl.NumberFormatOptions = currency ? { style: 'currency', currency } : {};
  const moneyKey = currency ? `currency:${currency}` : 'number';
  // Currency formats default to two fraction digits; whole amounts and "1.2M"/"1,2 Mio." read better.
  const full = numberFormat(locale, `${moneyKey}|full`, {
    ...money,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
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
  };
}
