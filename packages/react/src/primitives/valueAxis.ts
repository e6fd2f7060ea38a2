/** Width of a character of axis text at the kit's 12 px font, in pixels (an estimate: SVG text is not measured). */
const CHAR_WIDTH = 6.6;

/**
 * Room for a left value axis whose tick labels are `labels`: the axis title's offset from the axis line (past
 * the longest label) and the left margin that holds both. Long labels such as "7 Mio. €" get more room than
 * "$7K", so the title never overlaps the ticks.
 *
 * @example
 * valueAxisSpace(['0 €', '2,5 Mio. €']); // { labelOffset: 88, margin: 100 }
 */
export function valueAxisSpace(labels: readonly string[]): { labelOffset: number; margin: number } {
  const longest = Math.max(1, ...labels.map((label) => Array.from(label).length));
  const labelOffset = Math.max(44, Math.ceil(longest * CHAR_WIDTH + 22));
  return { labelOffset, margin: labelOffset + 12 };
}
