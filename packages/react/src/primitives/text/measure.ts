import { BOLD_FACTOR, glyphWidth } from './glyphs';

/**
 * A font of the kit's stack, as the width model sees it: the size in pixels and whether it is bold. A plain
 * number is a regular font of that size.
 */
export type Font = number | { readonly size: number; readonly bold?: boolean };

/** Tick labels, axis titles (bold), value labels: `FONTS.axis`. */
export const AXIS_FONT = { size: 12 } as const;
/** Axis titles and emphasised labels: `FONTS.axisTitle`. */
export const AXIS_TITLE_FONT = { size: 12, bold: true } as const;

/**
 * The kit's fonts, by role (sizes in pixels), so layouts and renderers agree on them. A module that keeps one in
 * a constant of its own imports `AXIS_FONT` or `AXIS_TITLE_FONT` instead of reading `FONTS.axis` at load: a
 * property read at module level is kept by bundlers even when nothing uses it.
 */
export const FONTS = {
  axis: AXIS_FONT,
  axisTitle: AXIS_TITLE_FONT,
  /** Labels of bubbles and small annotations. */
  label: { size: 11 },
} as const;

/**
 * The pixels one em of `font` stands for: the size, times {@link BOLD_FACTOR} when bold. A size that is not a
 * positive finite number gives 0, so such text measures 0 wide (nothing is thrown during a layout).
 */
export function emSize(font: Font): number {
  const size = typeof font === 'number' ? font : font.size;
  if (!(size > 0) || !Number.isFinite(size)) return 0;
  return typeof font !== 'number' && font.bold ? size * BOLD_FACTOR : size;
}

/**
 * Estimated width in pixels of `text` set in `font`: the sum of the per-glyph widths of the kit's width model
 * ({@link glyphWidth}) times the font size (bold 10 % wider). It errs on the wide side. Text is data: it is
 * never parsed; the empty string measures 0.
 *
 * @example
 * measureText('Chief Financial Officer', 11); // ≈ 124
 * measureText('Revenue', { size: 12, bold: true }); // ≈ 56
 */
export function measureText(text: string, font: Font): number {
  let em = 0;
  for (const char of text) em += glyphWidth(char);
  return em * emSize(font);
}

/**
 * The height of one line of `font` in pixels: 1.25 × the size (ascent, descent and leading of the kit's
 * stack), the height a label's box should have. 0 for a size that is not a positive finite number.
 *
 * @example
 * lineHeight(12); // 15
 */
export function lineHeight(font: Font): number {
  const size = typeof font === 'number' ? font : font.size;
  return size > 0 && Number.isFinite(size) ? size * 1.25 : 0;
}
