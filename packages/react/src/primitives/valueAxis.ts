import { textWidth } from './measureText';

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

/** Font size of axis text (tick labels and titles), in pixels. */
const AXIS_FONT = 12;

/**
 * Room for a side axis (left or right) from the estimated widths ({@link textWidth}) of its tick labels: the
 * labels start 8 px from the axis line; a title (rotated, bold) sits past the widest label with its baseline
 * at `labelOffset` from the line, and `margin` holds labels and title (without a title, just the labels).
 * `min` keeps a chart's default room when its labels are short, so a short "$40K" lays out as before.
 *
 * @example
 * measuredAxisSpace(['0 €', '3,5 Mio. €'], { title: true }); // { labelOffset: 78, margin: 90 }
 * measuredAxisSpace(['0 %', '100 %']); // { labelOffset: 57, margin: 51 } (no title)
 */
export function measuredAxisSpace(
  labels: readonly string[],
  options: { title?: boolean; min?: { labelOffset?: number; margin?: number } } = {},
): { labelOffset: number; margin: number } {
  const widest = Math.max(0, ...labels.map((label) => textWidth(label, AXIS_FONT)));
  // Tick text at 8 px; 6 px of air and the title's descent (about 3 px) between the labels and its baseline.
  const labelOffset = Math.max(options.min?.labelOffset ?? 0, Math.ceil(8 + widest + 10));
  // The title's ascent (about 9 px) and 3 px of air past its baseline; without a title, 4 px past the labels.
  const needed = options.title ? labelOffset + 12 : Math.ceil(8 + widest + 4);
  return { labelOffset, margin: Math.max(options.min?.margin ?? 0, needed) };
}
