import { FONTS, type Font, measureText } from './measure';

/** Room for a side axis: see {@link axisSpace}. */
export interface AxisSpace {
  /** Distance in pixels from the axis line to the baseline of the (rotated) axis title. */
  labelOffset: number;
  /** The margin on the axis's side that holds tick labels and title. */
  margin: number;
}

/** Options of {@link axisSpace}. */
export interface AxisSpaceOptions {
  /** Whether the axis has a (rotated, bold) title past its tick labels. Default `false`. */
  title?: boolean;
  /** Lower bounds, so a chart keeps its default room when its labels are short. */
  min?: { labelOffset?: number; margin?: number };
  /** The tick labels' font. Default {@link FONTS}`.axis` (12 px). */
  font?: Font;
}

/**
 * Room for a side axis (left or right) from the estimated widths ({@link measureText}) of its tick labels.
 * Tick labels start 8 px from the axis line. With a title, the title's baseline sits 10 px past the widest
 * label (6 px of air and the title's descent) at `labelOffset`, and `margin` is `labelOffset + 12` (the title's
 * ascent and 3 px of air); without one, `margin` ends 4 px past the widest label and `labelOffset` is where a
 * title would go. Both are whole pixels (rounded up) and at least `min`. No labels count as one of width 0.
 *
 * @example
 * axisSpace(['0 €', '3,5 Mio. €'], { title: true }); // { labelOffset: 78, margin: 90 }
 * axisSpace(['0 %', '100 %']); // { labelOffset: 57, margin: 51 }
 */
export function axisSpace(labels: readonly string[], options: AxisSpaceOptions = {}): AxisSpace {
  const font = options.font ?? FONTS.axis;
  let widest = 0;
  for (const label of labels) widest = Math.max(widest, measureText(label, font));
  const labelOffset = Math.max(options.min?.labelOffset ?? 0, Math.ceil(8 + widest + 10));
  const needed = options.title ? labelOffset + 12 : Math.ceil(8 + widest + 4);
  return { labelOffset, margin: Math.max(options.min?.margin ?? 0, needed) };
}
