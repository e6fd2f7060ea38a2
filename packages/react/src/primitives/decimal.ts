const cache = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/**
 * Writes a plain number in `locale` with at most `digits` fraction digits (default 1), e.g. a score:
 * `formatDecimal('de-DE', 64.44)` → "64,4", `formatDecimal('en-US', 1234.5, 0)` → "1,235". `Intl` instances are
 * cached. Non-finite numbers give "–".
 *
 * @example
 * formatDecimal('en-US', 78.333); // "78.3"
 */
export function formatDecimal(locale: string, value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  const key = `${locale}|${digits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    cache.set(key, format);
  }
  const text = format.format(value);
  // "-0" after rounding reads as a sign error.
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}
