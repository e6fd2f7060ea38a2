import type { Quadrant, QuadrantPosition } from '@kamkit/core';
import { type Box, type Circle, placeLabels, positionsAround, type SidePosition } from './placement';
import { lineHeight, measureText, truncateText } from './text';

export type { Box } from './placement';

/** One point of a scatter or bubble chart, in SVG pixels, before radii and labels. */
export interface ScatterItem {
  /** Centre in SVG pixels. */
  cx: number;
  cy: number;
  /** The value the bubble's area shows (e.g. revenue), or `null` when unknown or not sized. */
  size: number | null;
  /** The account's name (shortened for the label; shown in full elsewhere). */
  text: string;
  /** Labelling priority: higher is labelled first (e.g. the size, or the total score). */
  priority: number;
}

/** A bubble as drawn: its item's index, centre and radius. */
export interface Bubble {
  /** Index into the items (and so into the chart's rows). */
  index: number;
  cx: number;
  cy: number;
  r: number;
}

/** A bubble's label, placed beside its bubble without overlapping other labels. */
export interface PlacedLabel {
  /** Index into the items. */
  index: number;
  /** The text anchor point and alignment. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The shortened text, and the full name (for a `<title>`). */
  text: string;
  full: string;
  /** Where the label sits relative to its bubble. */
  side: 'right' | 'left' | 'top' | 'bottom';
}

/**
 * The radius of the largest bubble when none is given: the side of the plot area per point, between 4 and 24
 * pixels, so 10 accounts get big bubbles and 10,000 stay small dots.
 */
export function defaultMaxRadius(count: number, plotWidth: number, plotHeight: number): number {
  const perPoint = Math.sqrt(Math.max(1, plotWidth * plotHeight) / Math.max(1, count));
  return Math.max(4, Math.min(24, perPoint * 0.9));
}

/**
 * A square-root (area) scale: `radius(size) = maxRadius × √(size / maxSize)`, so a bubble's area is
 * proportional to its size, and never below `minRadius` (unknown, zero and negative sizes get `minRadius`).
 * When `maxSize` is 0 (nothing sized), every bubble gets the uniform radius `uniform`.
 */
export function areaRadius(
  maxSize: number,
  maxRadius: number,
  minRadius: number,
  uniform: number,
): (size: number | null) => number {
  if (!(maxSize > 0)) return () => uniform;
  return (size) =>
    size === null || !(size > 0) ? minRadius : Math.max(minRadius, maxRadius * Math.sqrt(size / maxSize));
}

/** Options of {@link layoutBubbles}. */
export interface BubbleOptions {
  /** The plot area in SVG pixels. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Radius of the largest bubble. Default: {@link defaultMaxRadius} (4–24 pixels, from the plot area per point). */
  maxRadius?: number;
  /** Smallest radius, so that tiny and unknown sizes stay visible. Default 2 (1.5 beyond 1,000 points). */
  minRadius?: number;
}

/** Result of {@link layoutBubbles}. */
export interface BubbleLayout {
  /** One bubble per item, in item order. */
  bubbles: Bubble[];
  /** Item indices in drawing order: largest first, so small bubbles stay on top and visible. */
  drawOrder: number[];
  /** Item indices in reading order (left to right; top to bottom at equal x): the keyboard's order. */
  readingOrder: number[];
  /** Radius of a size (area ∝ size above `minRadius`). */
  radius: (size: number | null) => number;
  /** The largest size (the domain of the area scale), or 0 when nothing is sized. */
  maxSize: number;
  maxRadius: number;
  minRadius: number;
}

/**
 * The marks of a scatter or bubble chart: radii on an area scale (equal radii when nothing is sized), the
 * drawing order (largest first) and the reading order for the keyboard. Shared by the scoring matrix and the
 * profit matrix; label the bubbles afterwards with {@link labelBubbles}.
 *
 * @example
 * const marks = layoutBubbles(items, { plot });
 * const labels = labelBubbles(items, marks.bubbles, { plot, labelCount: 8 });
 */
export function layoutBubbles(items: readonly ScatterItem[], options: BubbleOptions): BubbleLayout {
  const { plot } = options;
  const n = items.length;
  let maxSize = 0;
  for (const item of items) if (item.size !== null && item.size > maxSize) maxSize = item.size;
  const maxRadius = options.maxRadius ?? defaultMaxRadius(n, plot.x1 - plot.x0, plot.y1 - plot.y0);
  const minRadius = Math.min(maxRadius, options.minRadius ?? (n > 1000 ? 1.5 : 2));
  const uniform = Math.max(minRadius, Math.min(5, maxRadius / 2.5));
  const radius = areaRadius(maxSize, maxRadius, minRadius, uniform);
  const bubbles: Bubble[] = items.map((item, index) => ({
    index,
    cx: item.cx,
    cy: item.cy,
    r: radius(item.size),
  }));
  const drawOrder = bubbles
    .map((b) => b.index)
    .sort((a, b) => (bubbles[b] as Bubble).r - (bubbles[a] as Bubble).r || a - b);
  const readingOrder = bubbles
    .map((b) => b.index)
    .sort(
      (a, b) =>
        (bubbles[a] as Bubble).cx - (bubbles[b] as Bubble).cx ||
        (bubbles[a] as Bubble).cy - (bubbles[b] as Bubble).cy ||
        a - b,
    );
  return { bubbles, drawOrder, readingOrder, radius, maxSize, maxRadius, minRadius };
}

/** Options of {@link labelBubbles}. */
export interface LabelOptions {
  /** The plot area in SVG pixels (labels stay inside it). */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** How many bubbles get a label at most. Default 8. */
  labelCount?: number;
  /** Areas labels must not cover, e.g. the quadrant labels. */
  obstacles?: readonly (Box | null)[];
  /** Label font size in pixels. Default 11. */
  fontSize?: number;
  /** Labels are shortened to this many pixels (with an ellipsis). Default 130. */
  maxLabelWidth?: number;
}

/**
 * Labels the most important bubbles (highest `priority`) with their shortened names, beside the bubble and
 * without overlapping each other, the obstacles or the other candidates' bubbles (see {@link placeLabels}).
 * Bubbles that get no label stay reachable through the keyboard and the tooltip.
 */
export function labelBubbles(
  items: readonly ScatterItem[],
  bubbles: readonly Bubble[],
  options: LabelOptions,
): PlacedLabel[] {
  const { plot } = options;
  const labelCount = Math.max(0, options.labelCount ?? 8);
  if (labelCount === 0) return [];
  const font = { size: options.fontSize ?? 11 };
  const maxWidth = options.maxLabelWidth ?? 130;
  const height = lineHeight(font.size);
  const bounds = {
    x: plot.x0 + 2,
    y: plot.y0 + 2,
    width: plot.x1 - plot.x0 - 4,
    height: plot.y1 - plot.y0 - 4,
  };
  const byPriority = bubbles
    .map((b) => b.index)
    .sort((a, b) => (items[b] as ScatterItem).priority - (items[a] as ScatterItem).priority || a - b)
    .slice(0, labelCount * 3);
  const candidates = byPriority.map((i) => {
    const bubble = bubbles[i] as Bubble;
    const full = (items[i] as ScatterItem).text;
    const text = truncateText(full, maxWidth, font);
    const size = { width: measureText(text, font) + 4, height };
    const positions = positionsAround({ x: bubble.cx, y: bubble.cy, r: bubble.r }, size, { bounds });
    return { index: i, text, full, bubble, positions };
  });
  // Labels keep clear of the bubbles most likely to be labelled (the first `labelCount` candidates) where they
  // can; in a dense cluster an important bubble's name matters more than a halo over a smaller bubble.
  const keepClear: Circle[] = candidates
    .slice(0, labelCount)
    .map(({ bubble }) => ({ cx: bubble.cx, cy: bubble.cy, r: bubble.r }));
  const { placed } = placeLabels(candidates, {
    bounds,
    obstacles: (options.obstacles ?? []).filter((o): o is Box => o !== null),
    avoid: (_, k) => keepClear.filter((__, j) => j !== k),
    max: labelCount,
  });
  return placed.map(({ candidate, position }) => toPlacedLabel(candidate, position));
}

/** A placed label as the bubbles draw it (a diagonal place counts as above or below its bubble). */
function toPlacedLabel(candidate: { index: number; text: string; full: string }, position: SidePosition) {
  const side = position.side.startsWith('top')
    ? 'top'
    : position.side.startsWith('bottom')
      ? 'bottom'
      : position.side;
  return {
    index: candidate.index,
    x: position.x,
    y: position.y,
    anchor: position.anchor,
    text: candidate.text,
    full: candidate.full,
    side: side as PlacedLabel['side'],
  };
}

/** Accounts of one quadrant, summarised (for the data table of a large matrix). */
export interface QuadrantSummary {
  key: string;
  label: string;
  position: QuadrantPosition;
  /** Accounts in the quadrant. */
  count: number;
  /** `count` over all accounts (0 when there are none). */
  share: number;
  /** Mean of the horizontal and vertical measures (`NaN` for an empty quadrant). */
  meanX: number;
  meanY: number;
  /** Sum of the sizes (unknown sizes left out), or `null` when the chart has no size. */
  size: number | null;
}

/**
 * Summarises points by quadrant, in core's position order: count, share, mean x and y and total size.
 * Used for the data table when a matrix has too many accounts to list one by one.
 */
export function summariseQuadrants(
  quadrants: Readonly<Record<QuadrantPosition, Quadrant>>,
  points: readonly { quadrant: Quadrant; x: number; y: number; size: number | null }[],
  sized: boolean,
): QuadrantSummary[] {
  const n = points.length;
  return (['high-high', 'high-low', 'low-high', 'low-low'] as const).map((position) => {
    const quadrant = quadrants[position];
    let count = 0;
    let sx = 0;
    let sy = 0;
    let size = 0;
    for (const p of points) {
      if (p.quadrant.key !== quadrant.key) continue;
      count++;
      sx += p.x;
      sy += p.y;
      if (p.size !== null) size += p.size;
    }
    return {
      key: quadrant.key,
      label: quadrant.label,
      position,
      count,
      share: n > 0 ? count / n : 0,
      meanX: count > 0 ? sx / count : Number.NaN,
      meanY: count > 0 ? sy / count : Number.NaN,
      size: sized ? size : null,
    };
  });
}
