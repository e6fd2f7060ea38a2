/**
 * The kit's one text-width model: advance widths in em, per glyph, after DejaVu Sans (the default sans-serif on
 * Linux and one of the widest fonts of the kit's stack, `system-ui, -apple-system, "Segoe UI", Roboto,
 * sans-serif`). It errs on the wide side, so text fitted with it also fits in the narrower fonts of the stack
 * (Arial, Segoe UI, Roboto, San Francisco). Layouts run on the server, where SVG text cannot be measured, so
 * every width in the kit is this estimate.
 *
 * Characters not in the table are estimated by class: accented letters as their base letter (after Unicode
 * NFD), digits 0.64 em, other capitals 0.72 em, other lower-case letters 0.62 em, CJK and other full-width
 * scripts 1 em, anything else 0.66 em.
 */
const WIDTHS: Readonly<Record<string, number>> = {
  ' ': 0.32,
  // No-break spaces (de-DE and fr-FR number formatting: "1,5 Mio. €", "100 %", "1 234 €") count as a space.
  '\u00a0': 0.32,
  '\u202f': 0.32,
  '!': 0.4,
  '"': 0.46,
  "'": 0.28,
  '(': 0.39,
  ')': 0.39,
  ',': 0.32,
  '-': 0.36,
  '.': 0.32,
  '/': 0.34,
  ':': 0.34,
  ';': 0.34,
  '[': 0.39,
  ']': 0.39,
  '|': 0.34,
  '&': 0.78,
  '@': 1,
  '%': 0.95,
  '—': 1,
  '–': 0.5,
  '…': 1,
  f: 0.36,
  i: 0.28,
  j: 0.28,
  l: 0.28,
  m: 0.98,
  r: 0.42,
  s: 0.53,
  t: 0.4,
  w: 0.82,
  I: 0.3,
  J: 0.3,
  L: 0.56,
  M: 0.87,
  W: 0.99,
};

/** Width factor of bold text: bold glyphs of the stack are up to about 10 % wider than regular ones. */
export const BOLD_FACTOR = 1.1;

const cache = /* @__PURE__ */ new Map<string, number>();

/**
 * Advance width of one character (a code point) in em, regular weight. Estimates of characters outside the
 * table are cached (up to 4,096 distinct characters, so hostile input cannot grow the cache without bound).
 *
 * @example
 * glyphWidth('W'); // 0.99
 * glyphWidth('é'); // 0.62 (as "e")
 */
export function glyphWidth(char: string): number {
  const known = WIDTHS[char] ?? cache.get(char);
  if (known !== undefined) return known;
  const width = estimate(char);
  if (cache.size < 4096) cache.set(char, width);
  return width;
}

function estimate(char: string): number {
  const base = char.normalize('NFD').charAt(0);
  const fromBase = WIDTHS[base];
  if (fromBase !== undefined) return fromBase;
  const code = base.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1; // CJK and other full-width scripts
  if (base >= '0' && base <= '9') return 0.64;
  if (base >= 'A' && base <= 'Z') return 0.72;
  if (base >= 'a' && base <= 'z') return 0.62;
  return 0.66;
}
