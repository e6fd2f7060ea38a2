import type { Quadrant, QuadrantPosition } from '@kamkit/core';
import type { ChartItem } from '../contract/types';
import type { Formatters } from '../format/createFormat';
import type { matrix } from '../messages/en/matrix';
import { translate } from '../messages/translate';
import type { MessageShape } from '../messages/types';
import type { QuadrantCell } from './quadrants';
import { quadrantCells } from './quadrants';
import type { Box, BubbleLayout, PlacedLabel, QuadrantSummary, ScatterItem } from './scatter';
import { labelBubbles, layoutBubbles } from './scatter';
import type { ColumnTable } from './table';
import { columnHelper, tableFromColumns } from './table';
import { capitalise } from './text';
import type { ExplorerPoint } from './types';

/** The words of the bubble matrices (`matrix` in the profit and scoring catalogues). */
export type MatrixWords = MessageShape<typeof matrix>;

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
  words: MatrixWords,
  format: Formatters,
): string {
  let largest = -1;
  for (let i = 0; i < sizes.length; i++) {
    const s = sizes[i];
    if (s !== null && s !== undefined && (largest < 0 || s > (sizes[largest] as number))) largest = i;
  }
  if (!sized || largest < 0) return '';
  const params = { size: words.size, name: names[largest] as string, value: sizes[largest] as number };
  return translate(words.sizeNote, params, format);
}

/** The tooltip line of a bubble's size ("Revenue: €12,000", or "unknown"). */
export function sizeLine(size: number | null | undefined, words: MatrixWords, format: Formatters): string {
  const value = size === null || size === undefined ? words.unknown : format.value(size);
  return translate(words.tooltipSize, { size: capitalise(words.size), value }, format);
}

/**
 * An explorer point for a bubble: anchored at its centre, highlighting a square 3 px beyond its radius (≥ 6),
 * carrying the account's item.
 */
export function bubblePoint(
  mark: { cx: number; cy: number; r: number },
  title: string,
  lines: string[],
  item: ChartItem<unknown>,
): ExplorerPoint {
  const r = Math.max(mark.r + 3, 6);
  return {
    x: mark.cx,
    y: mark.cy,
    box: { x: mark.cx - r, y: mark.cy - r, width: 2 * r, height: 2 * r },
    title,
    lines,
    item,
  };
}

/** A mean measure of the quadrant summary table: its column and which mean (`meanX` or `meanY`) it shows. */
export interface SummaryMeasure {
  key: string;
  /** The measure's name as written in a sentence (the column is the catalogue's `mean` of it). */
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
    sized: boolean;
    measures: readonly [SummaryMeasure, SummaryMeasure];
    words: MatrixWords;
    format: Formatters;
    note: string | undefined;
  },
): ColumnTable {
  const { sized, measures, format, words } = options;
  const column = columnHelper<QuadrantSummary>();
  const mean = (s: QuadrantSummary, m: SummaryMeasure) =>
    s.count > 0 ? (m.of === 'x' ? s.meanX : s.meanY) : null;
  const columns = [
    column({ key: 'quadrant', header: words.quadrant, value: (s) => s.label }),
    column({ key: 'count', header: words.accounts, value: (s) => s.count, format: (v) => format.integer(v) }),
    column({ key: 'share', header: words.share, value: (s) => s.share, format: (v) => format.percent(v, 1) }),
    ...measures.map((m) =>
      column({
        key: m.key,
        header: capitalise(translate(words.mean, { measure: m.label }, format)),
        value: (s) => mean(s, m),
        format: (v) => (v === null ? '–' : m.format(v)),
        numeric: true,
      }),
    ),
    ...(sized
      ? [
          column({
            key: 'size',
            header: words.sizeHeader,
            value: (s) => s.size ?? 0,
            format: (v) => format.value(v),
          }),
        ]
      : []),
  ];
  return tableFromColumns(summary, columns, { caption: options.caption, note: options.note });
}
