import { type Font, lineHeight, measureText } from '../text';

/** An axis-aligned rectangle in SVG pixels: top-left corner and size (a negative size is an empty box). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A circle in SVG pixels (a bubble, a dot). */
export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

/**
 * The box between two corners, in either order: `boxFromEdges(x0, y0, x1, y1)`.
 *
 * @example
 * boxFromEdges(plot.x0, plot.y0, plot.x1, plot.y1); // the plot area as a Box
 */
export function boxFromEdges(x0: number, y0: number, x1: number, y1: number): Box {
  return { x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
}

/**
 * `true` when boxes `a` and `b` share area, or come closer than `gap` pixels (default 0). Boxes that only touch
 * (an edge or a corner in common) do not overlap. Empty boxes (zero or negative size) overlap nothing; any
 * `NaN` coordinate makes the answer `false`.
 *
 * @example
 * overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 }); // false (touching)
 * overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 12, y: 0, width: 10, height: 10 }, 3); // true
 */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  if (!(a.width > 0 && a.height > 0 && b.width > 0 && b.height > 0)) return false;
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/**
 * `true` when the circle overlaps `box` (its closest point in the box lies strictly inside the circle). A
 * circle of radius 0 or less, or an empty box, overlaps nothing.
 *
 * @example
 * circleOverlapsBox({ cx: 0, cy: 0, r: 5 }, { x: 3, y: 3, width: 10, height: 10 }); // true (√18 < 5)
 */
export function circleOverlapsBox(circle: Circle, box: Box): boolean {
  if (!(circle.r > 0 && box.width > 0 && box.height > 0)) return false;
  const nx = Math.max(box.x, Math.min(circle.cx, box.x + box.width));
  const ny = Math.max(box.y, Math.min(circle.cy, box.y + box.height));
  return (circle.cx - nx) ** 2 + (circle.cy - ny) ** 2 < circle.r * circle.r;
}

/**
 * `true` when `inner` lies inside `outer`, edges included.
 *
 * @example
 * contains({ x: 0, y: 0, width: 100, height: 50 }, { x: 90, y: 40, width: 10, height: 10 }); // true
 */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * The box of an SVG `<text>` line drawn at (`x`, `y`) with `text-anchor` `anchor`, `y` being the alphabetic
 * baseline: as wide as {@link measureText} says, one {@link lineHeight} (1.25 em) high, from 0.975 em above the
 * baseline (ascent, accents and half the leading) to 0.275 em below it — the same line box as
 * {@link positionsAround}, whose baseline sits 0.35 em below the line's centre. Lines of a multi-line text: pass the widest line
 * and `lines` > 1 (the lines run downwards, one `lineHeight` apart).
 *
 * @example
 * textBox('Acme', 12, 100, 50, 'middle'); // { x: ≈85, y: 38.3, width: ≈30, height: 15 }
 */
export function textBox(
  text: string,
  font: Font,
  x: number,
  y: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
  lines = 1,
): Box {
  const width = measureText(text, font);
  const size = typeof font === 'number' ? font : font.size;
  const step = lineHeight(font);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x: left, y: y - 0.975 * size, width, height: step * Math.max(1, lines) };
}
