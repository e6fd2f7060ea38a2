import type { ProfitMatrixResult, ProfitMatrixRow } from '@kamkit/core';
import type { ChartItem } from '../../contract/types';
import type { Formatters } from '../../format/createFormat';
import type { BubbleMark } from '../../primitives/Bubbles';
import type { QuadrantCell } from '../../primitives/quadrants';
import type { PlacedLabel } from '../../primitives/scatter';
import type { ColumnTable } from '../../primitives/table';
import type { Tick } from '../../primitives/ticks';
import type { ExplorerPoint, Margin } from '../../primitives/types';

/** The profit matrix's geometry: margins, plot area, both measure scales with ticks, and the split lines. */
export interface ProfitScales {
  margin: Margin;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** x measure → x pixel; y measure → y pixel. */
  x: (value: number) => number;
  y: (value: number) => number;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Distance of the y axis title from the axis (it follows the longest tick label). */
  yLabelOffset: number;
  /** The split lines in pixels (the plot's middle when nothing is placed). */
  splitX: number;
  splitY: number;
}

/** Everything {@link ProfitMatrix} draws, for custom rendering through its `children` render prop. */
export interface ProfitLayout<T> extends ProfitScales {
  result: ProfitMatrixResult<T>;
  format: Formatters;
  width: number;
  height: number;
  /** Texts naming the splits ("median 23,350"), drawn along the split lines. */
  splitLabels: { x: string; y: string };
  cells: QuadrantCell[];
  /** One bubble per placed account, in core's row order (`marks[i]` is `result.rows[i]`), with its item. */
  marks: (BubbleMark & { item: ChartItem<T> })[];
  drawOrder: number[];
  labels: PlacedLabel[];
  sizes: (number | null)[];
  sized: boolean;
  radius: (size: number | null) => number;
  xAxisLabel: string;
  yAxisLabel: string;
  /** Write an x or y value as the chart does. */
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  title: string;
  finding: string;
  description: string;
  sizeNote: string;
  /** The quadrant counts for the legend: "Aggressive (49)". */
  legend: { label: string; position: string }[];
  points: ExplorerPoint[];
  table: ColumnTable;
  summarised: boolean;
  labelOf: (row: ProfitMatrixRow<T>) => string;
}
