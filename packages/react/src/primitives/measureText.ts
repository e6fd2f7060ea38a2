// Advance widths in em of common characters, after DejaVu Sans (the default sans-serif on Linux and one of the
// widest): an estimate that errs on the wide side, so text fitted with it also fits in narrower fonts (Arial,
// Segoe UI, Roboto, San Francisco). SVG text cannot be measured on the server, so layouts estimate.
const WIDTHS: Record<string, number> = {
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

const cache = /* @__PURE__ */ new Map<string, number>();

function charWidth(char: string): number {
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

/**
 * Estimated width in pixels of `text` set in `fontSize` px sans-serif (`bold` adds 10 %). An estimate for
 * layouts that must run on the server, where SVG text cannot be measured; it errs on the wide side.
 *
 * @example
 * textWidth('Chief Financial Officer', 11); // ≈ 124
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.1 : 1);
}

/**
 * The coarse estimate: every character counts as an average glyph (0.58 em, bold 0.62 em), so the width
 * follows the character count. The bubble matrices (labels, quadrant names, split texts, tick spacing) and the
 * churn ranking's columns are laid out with it; {@link textWidth} measures narrow and wide glyphs apart and
 * gives other widths, so switching them would move those charts' labels and columns.
 *
 * @example
 * averageTextWidth('Acme', 11); // 25.52
 */
export function averageTextWidth(text: string, fontSize: number, bold = false): number {
  return Array.from(text).length * fontSize * (bold ? 0.62 : 0.58);
}

/**
 * Shortens `text` with an ellipsis until its estimated width ({@link textWidth}) is at most `maxWidth`. Text is
 * data: nothing is parsed.
 *
 * @example
 * fitToWidth('Executive Vice President, Strategy & Operations', 120, 11); // "Executive Vice Pre…"
 */
export function fitToWidth(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const scale = fontSize * (bold ? 1.1 : 1);
  const chars = Array.from(text);
  let total = 0;
  for (const char of chars) total += charWidth(char);
  if (total * scale <= maxWidth) return text;
  // The longest prefix that leaves room for "…"; at least one character.
  const budget = maxWidth / scale - charWidth('…');
  let used = 0;
  let n = 0;
  for (; n < chars.length; n++) {
    const width = charWidth(chars[n] as string);
    if (used + width > budget) break;
    used += width;
  }
  return `${chars.slice(0, Math.max(1, n)).join('').replace(/\s+$/, '')}…`;
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxWidth` estimated pixels ({@link textWidth}): greedy,
 * at spaces (and after hyphens and slashes); a word longer than a line is cut. When the text does not fit, the
 * last line ends with "…". Empty text gives no lines.
 *
 * @example
 * wrapToWidth('Executive Vice President, Strategy & Operations', 170, 11, 2);
 * // ['Executive Vice President,', 'Strategy & Operations']
 */
export function wrapToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '' || maxLines < 1) return [];
  const space = textWidth(' ', fontSize, bold);
  // Tokens keep a trailing hyphen or slash, so "Okafor-Lindqvist" may break as "Okafor-" / "Lindqvist";
  // `space` tells whether a space preceded the token.
  const tokens = Array.from(clean.matchAll(/( ?)([^\s\-/]+[-/]*|[-/]+)/g), (m) => ({
    space: m[1] === ' ',
    word: m[2] as string,
  }));
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0; // widths add up: each token is measured once
  let i = 0;
  while (i < tokens.length && lines.length < maxLines) {
    const token = tokens[i] as { space: boolean; word: string };
    const gap = current !== '' && token.space;
    const width = currentWidth + (gap ? space : 0) + textWidth(token.word, fontSize, bold);
    if (width <= maxWidth) {
      current = current === '' ? token.word : `${current}${gap ? ' ' : ''}${token.word}`;
      currentWidth = width;
      i++;
    } else if (current === '') {
      // A single word wider than a line: cut it.
      const cut = fitToWidth(token.word, maxWidth, fontSize, bold).replace(/…$/, '');
      const part = cut.length > 0 && cut.length < token.word.length ? cut : (Array.from(token.word)[0] ?? '');
      lines.push(part);
      token.word = token.word.slice(part.length);
      token.space = false;
      if (token.word === '') i++;
    } else {
      lines.push(current);
      current = '';
      currentWidth = 0;
    }
  }
  if (current !== '') lines.push(current);
  if (i < tokens.length && lines.length > 0) {
    let rest = '';
    for (let k = i; k < tokens.length; k++) {
      const token = tokens[k] as { space: boolean; word: string };
      rest += `${token.space && rest !== '' ? ' ' : ''}${token.word}`;
    }
    const last = lines[lines.length - 1] as string;
    const first = tokens[i] as { space: boolean; word: string };
    lines[lines.length - 1] = fitToWidth(`${last}${first.space ? ' ' : ''}${rest}`, maxWidth, fontSize, bold);
  }
  return lines;
}

/**
 * Breaks a label into at most `maxLines` lines of at most `maxChars` characters, at spaces (a word longer than
 * a line is shortened); what does not fit ends the last line with an ellipsis. Labels stay data: nothing is
 * parsed. Counts characters, not pixels (the ABC–XYZ matrix's row headers are laid out with it); see
 * {@link wrapToWidth} for wrapping to an estimated width.
 *
 * @example
 * wrapText('long tail of small accounts', 14); // ['long tail of', 'small accounts']
 * wrapText('long tail of small accounts', 10); // ['long tail', 'of small…']
 */
export function wrapText(text: string, maxChars: number, maxLines = 2): string[] {
  const max = Math.max(2, Math.floor(maxChars));
  const cut = (line: string) => {
    const chars = Array.from(line);
    return chars.length <= max
      ? line
      : `${chars
          .slice(0, max - 1)
          .join('')
          .trimEnd()}…`;
  };
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && Array.from(`${last} ${word}`).length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines.map(cut);
  const kept = lines.slice(0, maxLines - 1).map(cut);
  const rest = lines.slice(maxLines - 1).join(' ');
  return [...kept, cut(rest)];
}
