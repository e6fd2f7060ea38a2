import type { ParetoColumns, ParetoRow } from '@kamkit/core';
import type { ChartItem } from '../../contract/types';
import type { Formatters } from '../../format/createFormat';
import type { Tick } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';

/** A group of consecutive ranks: a row of the data table when there are more bars than `maxTableRows`. */
export interface ParetoRankGroup {
  /** First and last rank of the group, 1-based inclusive. */
  rankStart: number;
  rankEnd: number;
  /** Number of accounts in the group. */
  count: number;
  /** Sum of the group's values. */
  value: number;
  /** The group's share of the total. */
  share: number;
  /** Cumulative share at the group's last account. */
  cumulativeShare: number;
  /** How many of the group's accounts are vital few. */
  vitalCount: number;
}

/** One drawn bar: a single account, or a column of adjacent accounts when there are more accounts than pixels. */
export interface ParetoBar<T = unknown> {
  /** Position and size in the SVG's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Ranks covered, 1-based inclusive. */
  rankStart: number;
  rankEnd: number;
  /** How many accounts the bar holds (1 unless binned). */
  count: number;
  /** Sum of the values in the bar. */
  value: number;
  /** Cumulative share at the bar's last account. */
  cumulativeShare: number;
  /** All accounts in the bar are vital few. */
  vital: boolean;
  /** Name of the account, or "#101–#140" for a column. */
  label: string;
  /** What events and tooltips get: the account (`kind: 'account'`) or the column (`kind: 'bin'`, id `'bin:101-140'`). */
  item: ChartItem<T>;
}

/** The plot area and scales ({@link paretoScales}). */
export interface ParetoScales {
  margin: Margin;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Account position (0…n, rank − 1 at a bar's left edge) → x. */
  x: (position: number) => number;
  /** Value → y (left axis). */
  y: (value: number) => number;
  /** Cumulative share 0…1 → y (right axis). */
  yShare: (share: number) => number;
  yTicks: Tick[];
  yShareTicks: Tick[];
  /** Distance of the y axis title from the axis line, past the widest y tick label. */
  yLabelOffset: number;
  /** Whether each bar is named on the x axis (few bars), and the names. */
  named: boolean;
  names: string[];
  /** Whether the names are rotated. */
  rotate: boolean;
}

/** Everything {@link ParetoChart} draws, for custom rendering through its `children` render prop. */
export interface ParetoLayout<T> extends ParetoScales {
  /** Core's analysis as columns (ranking, vital few, exclusions). */
  analysis: ParetoColumns<T>;
  /** The number of ranked accounts, the vital few's count and the cutoff. */
  count: number;
  vitalCount: number;
  cutoff: number;
  format: Formatters;
  width: number;
  height: number;
  bars: ParetoBar<T>[];
  /** True when bars are columns of several accounts. */
  binned: boolean;
  /** The cumulative-share line as an SVG path, and its points (bar right edges). */
  linePath: string;
  linePoints: { x: number; y: number }[];
  /** The cutoff's y and the vital few's right edge x. */
  cutoffY: number;
  vitalX: number;
  xTicks: Tick[];
  xTickRotation: number;
  /** The bottom and left axis titles (a prop wins over the catalogue). */
  xAxisLabel: string;
  yAxisLabel: string;
  /** The annotation beside the cutoff line ("12 accounts → 80 % of revenue"), placed inside the plot. */
  annotation: { lines: string[]; x: number; y: number; anchor: 'start' | 'end' };
  /** The chart's title, legend words and finding in the chart's language. */
  title: string;
  legend: { vital: string; other: string; cumulative: string; cutoff: string };
  /** The finding in words, e.g. "12 of 60 accounts (20%) make 80% of revenue." */
  finding: string;
  /** The records left out, counted by reason ("Left out: 2 values are text, not numbers."); `''` when none. */
  note: string;
  description: string;
  points: ExplorerPoint[];
  /**
   * The data table: one row per bar while there are at most `maxTableRows` bars; else groups of ranks
   * ({@link ParetoLayout.tableGroups}). `raw` (for `exportCsv`) always lists every account, with `rawColumns`
   * as its header when the rows are columns or groups.
   */
  table: TableSpec & { rawColumns?: TableSpec['columns'] };
  tableGroups: ParetoRankGroup[] | undefined;
  /** The name of the account at 0-based rank `r`. */
  labelAt: (r: number) => string;
  /** The accounts in a bar (one unless binned), largest first, as core's rows. */
  rowsOf: (bar: Pick<ParetoBar, 'rankStart' | 'rankEnd'>) => ParetoRow<T>[];
}
