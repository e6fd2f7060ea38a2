import type { ConcentrationResult, ParetoRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { CurvePoint } from '../../primitives/curve';
import type { PlotArea } from '../../primitives/margin';
import type { ColumnTable } from '../../primitives/table';
import type { Tick } from '../../primitives/ticks';
import type { ExplorerPoint, Margin } from '../../primitives/types';

/** The plot area, scales, ticks and axis titles ({@link lorenzScales}). */
export interface LorenzScales {
  margin: Margin;
  plot: PlotArea;
  /** Cumulative share of accounts, smallest first, 0…1 → x. */
  x: (share: number) => number;
  /** Cumulative share of value 0…1 → y. */
  y: (share: number) => number;
  xTicks: Tick[];
  yTicks: Tick[];
  /** The x axis title: the `xLabel` prop, else the longest catalogue title that fits under the plot. */
  xAxisLabel: string;
  /** The y axis title: the `yLabel` prop, else the longest catalogue title that fits the plot's height. */
  yAxisLabel: string;
  /** Distance of the y axis title from the axis line: past the longest tick label beside the title. */
  yLabelOffset: number;
}

/** The marked point: the smallest 80 % of accounts (the largest 20 % make the rest). */
export interface LorenzMarker {
  x: number;
  y: number;
  accountShare: number;
  valueShare: number;
  /** The label on one line. */
  label: string;
  /** The label as drawn: one line, or two when the plot is too narrow for one. */
  lines: string[];
  /** Baseline of the first line: above the point in the shaded area, or above the line of equality when the curve runs close to it. */
  labelX: number;
  labelY: number;
}

/** Everything {@link LorenzChart} draws, for custom rendering through its `children` render prop. */
export interface LorenzLayout<T> extends LorenzScales {
  result: ConcentrationResult<T>;
  format: Formatters;
  width: number;
  height: number;
  /** The drawn points of the Lorenz curve in pixels, downsampled to the plot's width. */
  curve: CurvePoint[];
  linePath: string;
  /** The area between the line of equality and the curve (its size is half the Gini). */
  areaPath: string;
  /** The marked point; `null` for fewer than 2 accounts. */
  marker: LorenzMarker | null;
  /** True when the explorer visits groups of adjacent accounts instead of single accounts. */
  binned: boolean;
  /** The Gini coefficient stated (per `gini`), `null` without data. */
  gini: number | null;
  /** "Gini 0.63" (2 decimals in the locale); `''` without data. */
  giniText: string;
  /** "revenue is highly concentrated"; `''` without data. */
  giniWords: string;
  /** "HHI 452 points: as concentrated as 22 accounts of equal size." (1/HHI, the numbers equivalent). */
  hhiText: string;
  /** The chart's title and legend words in the chart's language. */
  title: string;
  legend: { curve: string; equality: string; area: string };
  /** The finding in words, e.g. "Gini 0.63: revenue is highly concentrated." */
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: ColumnTable;
  labelOf: (row: ParetoRow<T>) => string;
}
