import type { Quadrant, QuadrantPosition } from '@kamkit/core';
import type { Formatters } from '../format/createFormat';
import type { QuadrantCell } from './quadrants';
import { quadrantCells } from './quadrants';
import type { Box, BubbleLayout, PlacedLabel, QuadrantSummary, ScatterItem } from './scatter';
import { labelBubbles, layoutBubbles } from './scatter';
import { capitalise } from './text';
import type { ExplorerPoint, TableSpec } from './types';

/** Options of {@link layoutQuadrantBubbles}. */
export interface QuadrantBubblesOptions {
  /** The plot area in SVG pixels. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Radius of the largest bubble. */
  maxRadius: number;
  /** The split lines in SVG pixels. */
  splitX: number;
  splitY: number;
  /** The four quadrants by position and the accounts per quadrant key (from core). */
  quadrants: Readonly<Record<QuadrantPosition, Quadrant>>;
  counts: Readonly<Record<string, number>>;
  /** See `quadrantCells`: `'y'` for the scoring matrix, `'x'` for the profit matrix. */
  firstAxis: 'x' | 'y';
  /** How many bubbles get a label at most. Default 8. */
  labelCount?: number;
  /** Areas labels must not cover besides the quadrant labels (e.g. split texts). */
  obstacles?: readonly Box[];
}

/**
 * The marks of a 2 × 2 bubble matrix: the bubbles (see `layoutBubbles`), the quadrant cells with labels that
 * avoid the bubbles, and bubble labels that avoid the quadrant labels and `obstacles`. Shared by the scoring
 * matrix and the profit matrix.
 */
export function layoutQuadrantBubbles(
  items: readonly ScatterItem[],
  options: QuadrantBubblesOptions,
): { scatter: BubbleLayout; cells: QuadrantCell[]; labels: PlacedLabel[] } {
  const { plot, splitX, splitY, quadrants, counts, firstAxis } = options;
  const scatter = layoutBubbles(items, { plot, maxRadius: options.maxRadius });
  const cells = quadrantCells({ plot, splitX, splitY, quadrants, counts, firstAxis, avoid: scatter.bubbles });
  const labels = labelBubbles(items, scatter.bubbles, {
    plot,
    labelCount: options.labelCount,
    obstacles: [...cells.map((c) => c.labelBox), ...(options.obstacles ?? [])],
  });
  return { scatter, cells, labels };
}

/**
 * The footer note on bubble size, e.g. "Bubble area shows revenue (largest: Acme, €1,380,000).", or `''` when
 * the chart is not sized or no size is known. The first of equal largest sizes wins.
 */
export function bubbleSizeNote(
  sized: boolean,
  sizes: readonly (number | null | undefined)[],
  names: readonly string[],
  sizeLabel: string,
  format: Formatters,
): string {
  let largest = -1;
  for (let i = 0; i < sizes.length; i++) {
    const s = sizes[i];
    if (s !== null && s !== undefined && (largest < 0 || s > (sizes[largest] as number))) largest = i;
  }
  return sized && largest >= 0
    ? `Bubble area shows ${sizeLabel} (largest: ${names[largest]}, ${format.value(sizes[largest] as number)}).`
    : '';
}

/** An explorer point for a bubble: anchored at its centre, highlighting a square 3 px beyond its radius (≥ 6). */
export function bubblePoint(
  mark: { cx: number; cy: number; r: number },
  title: string,
  lines: string[],
): ExplorerPoint {
  const r = Math.max(mark.r + 3, 6);
  return {
    x: mark.cx,
    y: mark.cy,
    box: { x: mark.cx - r, y: mark.cy - r, width: 2 * r, height: 2 * r },
    title,
    lines,
  };
}

/** A mean measure of the quadrant summary table: its column and which mean (`meanX` or `meanY`) it shows. */
export interface SummaryMeasure {
  key: string;
  /** The measure's name; the column is "Mean <name in lower case>". */
  label: string;
  of: 'x' | 'y';
  format: (value: number) => string;
}

/**
 * The data table of a large matrix: one row per quadrant (from `summariseQuadrants`) with its count, share, the
 * two mean measures in the given order and, when sized, the total size.
 */
export function quadrantSummaryTable(
  summary: readonly QuadrantSummary[],
  options: {
    caption: string;
    unitLabel: string;
    sized: boolean;
    sizeLabel: string;
    measures: readonly [SummaryMeasure, SummaryMeasure];
    format: Formatters;
    note: string | undefined;
  },
): TableSpec {
  const { sized, measures, format } = options;
  const mean = (s: QuadrantSummary, m: SummaryMeasure) => (m.of === 'x' ? s.meanX : s.meanY);
  return {
    caption: options.caption,
    columns: [
      { key: 'quadrant', label: 'Quadrant' },
      { key: 'count', label: capitalise(options.unitLabel), numeric: true },
      { key: 'share', label: 'Share', numeric: true },
      ...measures.map((m) => ({ key: m.key, label: `Mean ${m.label.toLowerCase()}`, numeric: true })),
      ...(sized ? [{ key: 'size', label: capitalise(options.sizeLabel), numeric: true }] : []),
    ],
    rows: summary.map((s) => [
      s.label,
      format.integer(s.count),
      format.percent(s.share, 1),
      ...measures.map((m) => (s.count > 0 ? m.format(mean(s, m)) : '–')),
      ...(sized ? [format.value(s.size ?? 0)] : []),
    ]),
    raw: summary.map((s) => [
      s.label,
      s.count,
      s.share,
      ...measures.map((m) => (s.count > 0 ? mean(s, m) : null)),
      ...(sized ? [s.size ?? 0] : []),
    ]),
    note: options.note,
  };
}
