import { glyphWidth } from './glyphs';
import { emSize, type Font, measureText } from './measure';

/**
 * Shortens `text` with an ellipsis ("…") until its estimated width ({@link measureText}) is at most `maxWidth`
 * pixels; text that fits is returned unchanged. Trailing spaces before the ellipsis are dropped. At least one
 * character is kept, so a label never vanishes: when even one character and "…" do not fit (a `maxWidth` of 0,
 * negative or `NaN`), the result is that character and "…", wider than `maxWidth`. Text is data: nothing is
 * parsed.
 *
 * @example
 * truncateText('Executive Vice President, Strategy & Operations', 120, 11); // "Executive Vice Pre…"
 */
export function truncateText(text: string, maxWidth: number, font: Font): string {
  const room = Number.isNaN(maxWidth) ? 0 : maxWidth;
  const scale = emSize(font);
  const chars = Array.from(text);
  let total = 0;
  for (const char of chars) total += glyphWidth(char);
  if (total * scale <= room) return text;
  // The longest prefix that leaves room for "…"; at least one character.
  const budget = room / scale - glyphWidth('…');
  let used = 0;
  let n = 0;
  for (; n < chars.length; n++) {
    const width = glyphWidth(chars[n] as string);
    if (used + width > budget) break;
    used += width;
  }
  return `${chars.slice(0, Math.max(1, n)).join('').replace(/\s+$/, '')}…`;
}

interface Token {
  /** Whether a space preceded the token. */
  space: boolean;
  word: string;
}

/**
 * Breaks `text` into at most `maxLines` lines (default: as many as needed) of at most `maxWidth` estimated
 * pixels ({@link measureText}): greedy, at white space and after hyphens and slashes ("Okafor-" / "Lindqvist");
 * runs of white space count as one space, leading and trailing ones are dropped. A word longer than a line is
 * cut (at least one character a line). When the text needs more than `maxLines` lines, the last line ends with
 * "…" ({@link truncateText}). Empty or blank text, or `maxLines` below 1, gives no lines. Text is data: nothing
 * is parsed.
 *
 * @example
 * wrapText('Executive Vice President, Strategy & Operations', 170, 11, 2);
 * // ['Executive Vice President,', 'Strategy & Operations']
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: Font,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '' || !(maxLines >= 1)) return [];
  const space = measureText(' ', font);
  const tokens: Token[] = Array.from(clean.matchAll(/( ?)([^\s\-/]+[-/]*|[-/]+)/g), (m) => ({
    space: m[1] === ' ',
    word: m[2] as string,
  }));
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0; // widths add up: each token is measured once
  let i = 0;
  while (i < tokens.length && lines.length < maxLines) {
    const token = tokens[i] as Token;
    const gap = current !== '' && token.space;
    const width = currentWidth + (gap ? space : 0) + measureText(token.word, font);
    if (width <= maxWidth) {
      current = current === '' ? token.word : `${current}${gap ? ' ' : ''}${token.word}`;
      currentWidth = width;
      i++;
    } else if (current === '') {
      // A single word wider than a line: cut it.
      const cut = truncateText(token.word, maxWidth, font).replace(/…$/, '');
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
  if (i < tokens.length && lines.length > 0)
    lines[lines.length - 1] = ellipsise(lines, tokens, i, maxWidth, font);
  return lines;
}

/** The last line with the tokens from `from` on appended, shortened to `maxWidth` with "…". */
function ellipsise(lines: string[], tokens: Token[], from: number, maxWidth: number, font: Font): string {
  let rest = '';
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    rest += `${token.space && rest !== '' ? ' ' : ''}${token.word}`;
  }
  const last = lines[lines.length - 1] as string;
  const first = tokens[from] as Token;
  return truncateText(`${last}${first.space ? ' ' : ''}${rest}`, maxWidth, font);
}
