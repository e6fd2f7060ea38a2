import type { Quadrant, QuadrantPosition } from '@kamkit/core';
import { averageTextWidth } from './measureText';
import { type Box, circleOverlapsBox as circleHitsBox, overlaps as boxesOverlap } from './placement';
import { truncate } from './ticks';

export type { Box } from './placement';

/**
 * `true` when the circle at (`cx`, `cy`) with radius `r` overlaps `box`.
 *
 * @deprecated Use `circleOverlapsBox({ cx, cy, r }, box)` from `primitives/placement`.
 */
export function circleOverlapsBox(cx: number, cy: number, r: number, box: Box): boolean {
  return circleHitsBox({ cx, cy, r }, box);
}

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

/**
 * Greedy label placement: candidates in priority order try the right and left of their bubble, above and below
 * it (centred, shifted to stay inside `bounds`), then its four diagonals; a label goes to the first place that
 * stays inside `bounds` and overlaps neither a placed label, an obstacle nor the bubble of one of the first
 * `max` candidates — or, when there is none, to the first place clear of labels and obstacles only. Stops after
 * `max` labels. O(candidates × (placed + max)).
 */
export function placeLabels(
  candidates: readonly { index: number; cx: number; cy: number; r: number; text: string; full: string }[],
  options: { bounds: Box; obstacles: readonly Box[]; max: number; fontSize: number },
): PlacedLabel[] {
  const { bounds, max, fontSize } = options;
  const taken: Box[] = [...options.obstacles];
  const placed: PlacedLabel[] = [];
  // Labels keep clear of the bubbles most likely to be labelled (the first `max` candidates); smaller bubbles
  // may sit under a label's halo.
  const keepClear = candidates.slice(0, max);
  const gap = 3;
  const height = fontSize * 1.25;
  for (const c of candidates) {
    if (placed.length >= max) break;
    const width = averageTextWidth(c.text, fontSize) + 4;
    const baseline = fontSize * 0.35;
    // Beside the bubble, then above and below it (centred, shifted to stay inside), then diagonally.
    const centred = Math.min(bounds.x + bounds.width - width / 2, Math.max(bounds.x + width / 2, c.cx));
    const diagonal = c.r * 0.71;
    const above = c.cy - c.r - gap - height;
    const below = c.cy + c.r + gap;
    const options: (PlacedLabel & { box: Box })[] = [
      {
        side: 'right',
        x: c.cx + c.r + gap,
        y: c.cy + baseline,
        anchor: 'start',
        box: { x: c.cx + c.r + gap, y: c.cy - height / 2, width, height },
      },
      {
        side: 'left',
        x: c.cx - c.r - gap,
        y: c.cy + baseline,
        anchor: 'end',
        box: { x: c.cx - c.r - gap - width, y: c.cy - height / 2, width, height },
      },
      {
        side: 'top',
        x: centred,
        y: above + height / 2 + baseline,
        anchor: 'middle',
        box: { x: centred - width / 2, y: above, width, height },
      },
      {
        side: 'bottom',
        x: centred,
        y: below + height / 2 + baseline,
        anchor: 'middle',
        box: { x: centred - width / 2, y: below, width, height },
      },
      ...[-1, 1].flatMap((dy) =>
        [1, -1].map((dx) => {
          const y = dy < 0 ? c.cy - diagonal - height : c.cy + diagonal;
          const x = c.cx + dx * (diagonal + gap);
          return {
            side: (dy < 0 ? 'top' : 'bottom') as PlacedLabel['side'],
            x,
            y: y + height / 2 + baseline,
            anchor: (dx > 0 ? 'start' : 'end') as PlacedLabel['anchor'],
            box: { x: dx > 0 ? x : x - width, y, width, height },
          };
        }),
      ),
    ].map((o) => ({ ...o, index: c.index, text: c.text, full: c.full }) as PlacedLabel & { box: Box });
    const free = (o: { box: Box }) =>
      o.box.x >= bounds.x &&
      o.box.y >= bounds.y &&
      o.box.x + o.box.width <= bounds.x + bounds.width &&
      o.box.y + o.box.height <= bounds.y + bounds.height &&
      !taken.some((t) => boxesOverlap(t, o.box));
    // Where no place keeps clear of the other important bubbles (a dense cluster), any free place will do:
    // a more important bubble's name matters more than seeing a less important bubble without a halo over it.
    const fit =
      options.find(
        (o) =>
          free(o) &&
          !keepClear.some((other) => other !== c && circleOverlapsBox(other.cx, other.cy, other.r, o.box)),
      ) ?? options.find(free);
    if (fit) {
      const { box, ...label } = fit;
      taken.push(box);
      placed.push(label);
    }
  }
  return placed;
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
  /** Labels are shortened to this many characters. Default 22. */
  maxLabelChars?: number;
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
  const fontSize = options.fontSize ?? 11;
  const maxChars = options.maxLabelChars ?? 22;
  const byPriority = bubbles
    .map((b) => b.index)
    .sort((a, b) => (items[b] as ScatterItem).priority - (items[a] as ScatterItem).priority || a - b)
    .slice(0, labelCount * 3);
  return placeLabels(
    byPriority.map((i) => {
      const bubble = bubbles[i] as Bubble;
      const full = (items[i] as ScatterItem).text;
      return { index: i, cx: bubble.cx, cy: bubble.cy, r: bubble.r, text: truncate(full, maxChars), full };
    }),
    {
      bounds: { x: plot.x0 + 2, y: plot.y0 + 2, width: plot.x1 - plot.x0 - 4, height: plot.y1 - plot.y0 - 4 },
      obstacles: (options.obstacles ?? []).filter((o): o is Box => o !== null),
      max: labelCount,
      fontSize,
    },
  );
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
