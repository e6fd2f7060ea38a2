// The older names of the text module (./text), kept for layouts that have not moved to it yet. New code imports
// `measureText`, `truncateText` and `wrapText` from './text'; the functions here are the same model.
import { measureText, truncateText, wrapText as wrapToPixels } from './text';

/**
 * {@link measureText} with the font as size and weight.
 *
 * @deprecated Use `measureText(text, { size, bold })` from `primitives/text`.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return measureText(text, { size: fontSize, bold });
}

/**
 * {@link truncateText} with the font as size and weight.
 *
 * @deprecated Use `truncateText(text, maxWidth, { size, bold })` from `primitives/text`.
 */
export function fitToWidth(text: string, maxWidth: number, fontSize: number, bold = false): string {
  return truncateText(text, maxWidth, { size: fontSize, bold });
}

/**
 * The text module's `wrapText` with the font as size and weight.
 *
 * @deprecated Use `wrapText(text, maxWidth, { size, bold }, maxLines)` from `primitives/text`.
 */
export function wrapToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  return wrapToPixels(text, maxWidth, { size: fontSize, bold }, maxLines);
}

/**
 * A character-count estimate: every character counts as 0.58 em (bold 0.62 em).
 *
 * @deprecated Every width is {@link measureText}'s per-glyph model; the remaining callers are listed in
 * /work/coord/STRUCTURE.md and move to it with their chart.
 */
export function averageTextWidth(text: string, fontSize: number, bold = false): number {
  return Array.from(text).length * fontSize * (bold ? 0.62 : 0.58);
}

/**
 * Breaks a label into at most `maxLines` lines of at most `maxChars` characters, at spaces (a word longer than
 * a line is shortened); what does not fit ends the last line with an ellipsis. Labels stay data.
 *
 * @deprecated Wraps by character count; use `wrapText(text, maxWidth, font, maxLines)` from `primitives/text`.
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
