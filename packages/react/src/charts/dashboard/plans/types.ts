import type { MrrByPlanResult } from '@kamkit/core';
import type { ChartItem } from '../../../contract/types';
import type { Formatters } from '../../../format/createFormat';
import type { LegendItem } from '../../../primitives/Legend';
import type { Period, PeriodFormat } from '../../../primitives/periods';
import type { Tick } from '../../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../../primitives/types';

/** One stacked bar segment: one plan in one period. */
export interface MrrByPlanSegment {
  period: Period;
  /** The period's position (0-based). */
  index: number;
  value: number;
  /** Position and size in the SVG's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One plan's layer of the stack. */
export interface MrrByPlanLayer {
  plan: string;
  /** The plan's series id (`'series:<plan>'`): the legend toggles it. */
  id: string;
  /** Position among all plans, 0 = bottom (also the colour slot: `data-slot` = position % 6 + 1). */
  position: number;
  /** A CSS colour for the plan (a `var(--kamkit-plan-n-color)`). */
  color: string;
  highlight: boolean;
  /** The layer as an SVG area path (area mark). */
  areaPath: string;
  /** The layer's upper edge as an SVG path (area mark). */
  topPath: string;
  /** The layer's bar segments (bar mark). */
  segments: MrrByPlanSegment[];
  /** Lower and upper value of the layer per period. */
  bands: [number, number][];
}

/** The plot area and scales ({@link mrrByPlanScales}). */
export interface MrrByPlanScales {
  margin: Margin;
  plot: { x0: number; x1: number; y0: number; y1: number };
  mark: 'area' | 'bar';
  /** Period index → x of the period's centre. */
  x: (index: number) => number;
  /** Width of a bar (bar mark), else 0. */
  bandwidth: number;
  /** Value → y. */
  y: (value: number) => number;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Offset of the value axis' title from the axis line (past the longest tick label). */
  yLabelOffset: number;
}

/** Everything {@link MrrByPlanChart} draws, for custom rendering through its `children` render prop. */
export interface MrrByPlanLayout<T> extends MrrByPlanScales {
  result: MrrByPlanResult<T>;
  format: Formatters;
  periodFormat: PeriodFormat;
  width: number;
  height: number;
  /** The visible layers, bottom to top (hidden plans are left out). */
  layers: MrrByPlanLayer[];
  /** The highlighted plan, if any. */
  highlight: string | null;
  /** Where to write the highlighted plan's name inside the plot, when its layer is tall enough. */
  highlightLabel: { x: number; y: number; text: string; anchor: 'end' | 'middle' } | null;
  /** Every plan, top to bottom, with its series id (hidden ones too, so they can be shown again). */
  legend: (LegendItem & { id: string })[];
  xAxisLabel: string;
  yAxisLabel: string;
  title: string;
  /** The finding in words, e.g. "MRR grew from $1.2M in Jan 2022 to $1.9M in Dec 2024 (+58%)." */
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
  /** The item of period `i`: a `'bin'` of the records in that period. */
  itemAt: (i: number) => ChartItem<T>;
}
