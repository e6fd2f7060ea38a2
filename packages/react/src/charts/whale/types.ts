import type { WhaleCurveResult, WhaleCurveRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { CurvePoint } from '../../primitives/curve';
import type { PlotArea } from '../../primitives/margin';
import type { ColumnTable } from '../../primitives/table';
import type { Tick } from '../../primitives/ticks';
import type { ExplorerPoint, Margin } from '../../primitives/types';

/**
 * How the whale curve's y-axis measures cumulative profit: `'share'` of total profit (0 %…peak, the usual
 * whale curve), or `'value'` in the value's unit (currency) when total profit is ≤ 0 and a share has no meaning.
 */
export type WhaleMode = 'share' | 'value';

/** The marked peak: where the cumulative profit is highest; after it come the accounts that lose money. */
export interface WhalePeak<T> {
  /** The last account of the peak (the least profitable account that still adds profit). */
  row: WhaleCurveRow<T>;
  /** The peak in pixels. */
  x: number;
  y: number;
  /** Share of accounts up to the peak (0…1). */
  accountShare: number;
  /** The peak's height in the chart's unit: a share of total profit (e.g. 1.48) or a value (mode `'value'`). */
  level: number;
  /** What the accounts after the peak take away, in the chart's unit (e.g. 0.48 = 48 % of total profit). */
  destroyed: number;
  /** The peak's height as text, e.g. "148%". */
  levelText: string;
}

/** The annotation beside the peak: lines of text and where they start. */
export interface WhaleAnnotation {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'end';
  /** Line height in pixels. */
  lineHeight: number;
}

/** The optional strip of per-account profit bars under the curve. */
export interface WhaleBars {
  /** The strip's top and bottom in pixels. */
  y0: number;
  y1: number;
  /** Profit → y within the strip. */
  y: (profit: number) => number;
  /** One path for the bars above zero, one for those below (so the DOM stays small for any number of bars). */
  positivePath: string;
  negativePath: string;
  /** Ticks of the strip's axis: its maximum, zero and its minimum. */
  ticks: Tick[];
  /** True when a bar stands for several adjacent accounts (their summed profit). */
  grouped: boolean;
}

/** The plot, the scales and the ticks ({@link whaleScales}). */
export interface WhaleScales {
  mode: WhaleMode;
  margin: Margin;
  /** The plot area (including the bar strip, when drawn). */
  plot: PlotArea;
  /** Bottom of the curve's area: `plot.y1`, or the top of the bar strip minus a gap. */
  curveBottom: number;
  /** Height of the bar strip (0 without bars). */
  stripHeight: number;
  /** Share of accounts, most profitable first, 0…1 → x. */
  x: (share: number) => number;
  /** Cumulative profit in the chart's unit (a share of total profit, or a value in mode `'value'`) → y. */
  y: (level: number) => number;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Distance of the y-axis title from the axis line. */
  yLabelOffset: number;
  /** Writes an axis tick of a value (compact from 1,000: "60K", "60.000 €" in de-DE). */
  tick: (value: number) => string;
}

/** Everything {@link WhaleCurve} draws, for custom rendering through its `children` render prop. */
export interface WhaleLayout<T> extends WhaleScales {
  result: WhaleCurveResult<T>;
  format: Formatters;
  width: number;
  height: number;
  /** The level of a row in the chart's unit: its `cumulativeShare`, or its `cumulative` in mode `'value'`. */
  levelOf: (row: WhaleCurveRow<T>) => number;
  /** The drawn points of the curve in pixels (origin first), downsampled to the plot's width; keeps the peak. */
  curve: CurvePoint[];
  /** The curve up to the peak (the profitable accounts): line and area down to the baseline. */
  profitLinePath: string;
  profitAreaPath: string;
  /** The curve after the peak (accounts with zero or negative profit): line and area. */
  lossLinePath: string;
  lossAreaPath: string;
  /**
   * The reference line: 100 % of total profit (mode `'share'`) or break-even at zero (mode `'value'`), with its
   * label's place (`null` when the curve leaves none; the legend and the axis tick still name the line).
   */
  reference: {
    y: number;
    label: string;
    labelPosition: { x: number; y: number; anchor: 'start' | 'end' } | null;
  };
  /** The marked peak; `null` without data or when no account makes a profit. */
  peak: WhalePeak<T> | null;
  /** The finding written beside the peak; `null` without a peak. */
  annotation: WhaleAnnotation | null;
  /** The per-account profit bars; `null` unless `bars`. */
  bars: WhaleBars | null;
  /** Number of accounts with a profit above zero, and with a loss. */
  profitableCount: number;
  lossCount: number;
  /** The chart's title and legend words in the chart's language. */
  title: string;
  legend: { profitable: string; loss: string; reference: string };
  /** True when the explorer (and bars) visit groups of adjacent accounts instead of single accounts. */
  binned: boolean;
  xAxisLabel: string;
  yAxisLabel: string;
  /** The finding in words, e.g. "Peak: the top 62% of accounts make 148% of profit; the remaining 38% destroy 48%." */
  finding: string;
  /** In mode `'value'`, why the chart shows values instead of shares; else `''`. */
  modeNote: string;
  description: string;
  points: ExplorerPoint[];
  table: ColumnTable;
  labelOf: (row: WhaleCurveRow<T>) => string;
}
