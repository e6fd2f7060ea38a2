/**
 * Breaks a label into at most `maxLines` lines of at most `maxChars` characters, at spaces (a word longer than
 * a line is shortened); what does not fit ends the last line with an ellipsis. Labels stay data: nothing is
 * parsed.
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
