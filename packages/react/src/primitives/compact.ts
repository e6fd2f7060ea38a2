import type { FormatOptions, Formatters } from '../format/createFormat';
import { createFormat } from '../format/createFormat';

const cache = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A short value without trailing zeros: "$1.8M", "$61K", "$500" (en-US with USD); "1,8 Mio. €", "61.030 €"
 * (de-DE with EUR: German abbreviates millions, not thousands, which are written in full and grouped). Values
 * below 1,000 are written in full. Abbreviated values keep one decimal, or `significantDigits` digits in all
 * ("$117K" with 3, "$120K" with 2).
 *
 * @example
 * compactFormat({ locale: 'en-US', currency: 'USD' })(61_030); // "$61K"
 */
export function compactFormat(
  options: FormatOptions = {},
  precision: { significantDigits?: number } = {},
): (value: number) => string {
  const locale = options.locale ?? 'en-US';
  const money: Intl.NumberFormatOptions = options.currency
    ? { style: 'currency', currency: options.currency }
    : {};
  const compact = numberFormat(
    locale,
    precision.significantDigits
      ? { ...money, notation: 'compact', maximumSignificantDigits: precision.significantDigits }
      : { ...money, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 },
  );
  const full = numberFormat(locale, { ...money, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  return (value) => {
    if (Math.abs(value) < 1000) return full.format(value);
    // Locales that do not abbreviate a magnitude (German thousands) get the full, grouped number: "2.100 €".
    const parts = compact.formatToParts(value);
    return parts.some((part) => part.type === 'compact') ? compact.format(value) : full.format(value);
  };
}

/**
 * The chart formatters of `createFormat`, with {@link compactFormat} as the short (`tick`) format, so short
 * values never carry a trailing ".0".
 *
 * @example
 * createShortFormat({ locale: 'en-US', currency: 'USD' }).tick(500_000); // "$500K" (createFormat: "$500.0K")
 */
export function createShortFormat(options: FormatOptions = {}): Formatters {
  return { ...createFormat(options), tick: compactFormat(options) };
}
