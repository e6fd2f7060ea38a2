import type { ScoreResult, ScoreRow } from '@kamkit/core';
import type { ChartItem } from '../../contract/types';
import type { Formatters } from '../../format/createFormat';
import type { BubbleMark } from '../../primitives/Bubbles';
import type { QuadrantCell } from '../../primitives/quadrants';
import type { PlacedLabel } from '../../primitives/scatter';
import type { ColumnTable } from '../../primitives/table';
import type { Tick } from '../../primitives/ticks';
import type { ExplorerPoint, Margin } from '../../primitives/types';

/** Everything {@link ScoringMatrix} draws, for custom rendering through its `children` render prop. */
export interface ScoringLayout<T> {
  /** Core's result, its quadrants named in the chart's language. */
  result: ScoreResult<T>;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  /** The plot area. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Harmony score 0–100 → x. */
  x: (harmony: number) => number;
  /** Growth score 0–100 → y. */
  y: (growth: number) => number;
  /** The split lines in pixels. */
  splitX: number;
  splitY: number;
  /** The four quadrants as drawn, in core's position order. */
  cells: QuadrantCell[];
  /** One bubble per scored account, in rank order (`marks[i]` is `result.rows[i]`), with its item. */
  marks: (BubbleMark & { item: ChartItem<T> })[];
  /** Indices into `marks`, largest bubble first. */
  drawOrder: number[];
  /** The labelled bubbles. */
  labels: PlacedLabel[];
  /** The size of each row (`null` when unknown or without `size`). */
  sizes: (number | null)[];
  /** `true` when bubbles are sized by `size`. */
  sized: boolean;
  /** Radius of a size, for a custom size legend. */
  radius: (size: number | null) => number;
  xTicks: Tick[];
  yTicks: Tick[];
  xAxisLabel: string;
  yAxisLabel: string;
  title: string;
  /** The finding in words, e.g. "47 of 150 accounts are in the Key quadrant; the highest total score is …". */
  finding: string;
  description: string;
  /** A note on the bubble size for the footer, e.g. "Bubble area shows revenue (largest: €1,380,000)." */
  sizeNote: string;
  /** The quadrant counts for the legend: "Key (12)". */
  legend: { label: string; position: string }[];
  /** Explorer points in reading order (left to right). */
  points: ExplorerPoint[];
  table: ColumnTable;
  /** `true` when the table lists quadrant summaries instead of every account. */
  summarised: boolean;
  labelOf: (row: ScoreRow<T>) => string;
  /** A score for people: "64.4" (or "64,4" in de-DE). */
  formatScore: (value: number) => string;
}
