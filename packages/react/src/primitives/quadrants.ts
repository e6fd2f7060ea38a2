import type { Quadrant, QuadrantPosition } from '@kamkit/core';
import { type Box, circleOverlapsBox } from './placement';
import { measureText, truncateText } from './text';

/** One of the four cells of a 2 × 2 matrix as drawn: its rectangle, its label and where the label goes. */
export interface QuadrantCell {
  /** The quadrant's stable key, e.g. `'key-development'` (also `data-quadrant`). */
  key: string;
  /** The quadrant's label, e.g. "Key development". */
  label: string;
  /** Its position (first measure, second measure), e.g. `'high-low'`. */
  position: QuadrantPosition;
  /** Number of accounts in the quadrant. */
  count: number;
  /** The cell's rectangle in SVG pixels (may have zero width or height when the split lies on the plot's edge). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label's anchor, in a corner of the cell (the outer one when free); `labelText` is `label` shortened to fit the cell. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  labelText: string;
  /** The label's box (empty when the cell is too small to name), for label collision avoidance. */
  labelBox: Box | null;
}

/** Options of {@link quadrantCells}. */
export interface QuadrantCellsOptions {
  /** The plot area in SVG pixels. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** The split lines in SVG pixels (clamped to the plot). */
  splitX: number;
  splitY: number;
  /** The four quadrants by position, as returned by core's `score` or `profitMatrix`. */
  quadrants: Readonly<Record<QuadrantPosition, Quadrant>>;
  /** Accounts per quadrant key. */
  counts: Readonly<Record<string, number>>;
  /**
   * Which screen axis the position's first measure runs along: `'y'` for the scoring matrix (growth up,
   * harmony right), `'x'` for the profit matrix (x first, y second). High is right on x and up on y.
   */
  firstAxis: 'x' | 'y';
  /** Font size of the labels in pixels, for fitting them. Default 12. */
  fontSize?: number;
  /**
   * Marks the labels should not cover (bubbles of radius ≥ 3 count). A label moves from its cell's outer
   * corner to the cell's other corners when a mark covers it, and stays in the outer corner when all are taken.
   */
  avoid?: readonly { cx: number; cy: number; r: number }[];
}

/**
 * Lays out the four quadrants of a 2 × 2 matrix: each cell's rectangle between the plot's edges and the split
 * lines, and its label in the cell's outer corner (or another corner of the cell when a mark in `avoid` covers
 * the outer one), shortened to the cell's width. Cells come in core's position order (high-high, high-low,
 * low-high, low-low).
 *
 * @example
 * const cells = quadrantCells({ plot, splitX: x(50), splitY: y(50), quadrants, counts, firstAxis: 'y' });
 */
export function quadrantCells(options: QuadrantCellsOptions): QuadrantCell[] {
  const { plot, quadrants, counts, firstAxis } = options;
  const fontSize = options.fontSize ?? 12;
  const sx = Math.min(plot.x1, Math.max(plot.x0, options.splitX));
  const sy = Math.min(plot.y1, Math.max(plot.y0, options.splitY));
  const pad = 6;
  const marks = (options.avoid ?? []).filter((m) => m.r >= 3);
  return (['high-high', 'high-low', 'low-high', 'low-low'] as const).map((position) => {
    const quadrant = quadrants[position];
    const [first, second] = position.split('-') as ['high' | 'low', 'high' | 'low'];
    const highX = (firstAxis === 'x' ? first : second) === 'high';
    const highY = (firstAxis === 'x' ? second : first) === 'high';
    const x = highX ? sx : plot.x0;
    const width = highX ? plot.x1 - sx : sx - plot.x0;
    const y = highY ? plot.y0 : sy;
    const height = highY ? sy - plot.y0 : plot.y1 - sy;
    const font = { size: fontSize, bold: true };
    const room = width - 2 * pad;
    // A label is drawn when at least three characters of it fit (shortened with an ellipsis beyond the room).
    const fits = room >= measureText(quadrant.label.slice(0, 3), font) && height >= fontSize + 2 * pad;
    const labelText = fits ? truncateText(quadrant.label, room, font) : '';
    const w = measureText(labelText, font);
    const h = fontSize * 1.15;
    // Corners to try: the outer one, then the other one on the outer edge, then the two on the split.
    const corners = [
      { right: highX, top: highY },
      { right: !highX, top: highY },
      { right: highX, top: !highY },
      { right: !highX, top: !highY },
    ].map(({ right, top }) => {
      const labelX = right ? x + width - pad : x + pad;
      const labelY = top ? y + pad + fontSize * 0.8 : y + height - pad;
      const box: Box = { x: right ? labelX - w : labelX, y: labelY - fontSize * 0.85, width: w, height: h };
      return { labelX, labelY, labelAnchor: (right ? 'end' : 'start') as 'start' | 'end', box };
    });
    const chosen =
      corners.find((c) => !marks.some((m) => circleOverlapsBox(m, c.box))) ??
      (corners[0] as (typeof corners)[number]);
    const { labelX, labelY, labelAnchor } = chosen;
    const labelBox: Box | null = fits ? chosen.box : null;
    return {
      key: quadrant.key,
      label: quadrant.label,
      position,
      count: counts[quadrant.key] ?? 0,
      x,
      y,
      width,
      height,
      labelX,
      labelY,
      labelAnchor,
      labelText,
      labelBox,
    };
  });
}
