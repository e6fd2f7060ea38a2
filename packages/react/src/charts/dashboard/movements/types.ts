import type { MrrMovementRow, MrrMovementsResult } from '@kamkit/core';
import type { ChartItem } from '../../../contract/types';
import type { Formatters } from '../../../format/createFormat';
import type { LegendItem } from '../../../primitives/Legend';
import type { Period, PeriodFormat } from '../../../primitives/periods';
import type { Tick } from '../../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../../primitives/types';

/** The steps of the MRR waterfall, left to right. */
export type WaterfallStepKey = 'start' | 'new' | 'expansion' | 'contraction' | 'churned' | 'end';

/** One bar of the waterfall. */
export interface WaterfallStep<T> {
  key: WaterfallStepKey;
  /** The step's name, e.g. "Expansion" or the period "Jan 2024". */
  label: string;
  /** `'total'` (start and end, drawn from zero), `'increase'` or `'decrease'`; also its legend series. */
  kind: 'total' | 'increase' | 'decrease';
  /** Signed change (+new, +expansion, −contraction, −churn) or, for totals, the MRR. */
  value: number;
  /** The running MRR before and after the step (for totals: 0 and the MRR). */
  from: number;
  to: number;
  /** Accounts in the step (for totals: accounts paying in that period). */
  count: number;
  /** The step's accounts, largest movement first (empty for totals). */
  rows: MrrMovementRow<T>[];
  /** The bar, in the SVG's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value as written on the bar, e.g. "+$120K" or "−$30K" (3 significant digits, 2 on narrow bars). */
  valueText: string;
  /** The value label's baseline and centre (moved up past other labels, inwards at the chart's edges). */
  labelY: number;
  labelX: number;
  /** Whether the legend hides the step's series (its bar and label are not drawn). */
  hidden: boolean;
  /** What events and tooltips get: a `'bin'` (id `'step:new'`) with the step's records. */
  item: ChartItem<T>;
}

/** Everything {@link MrrMovementsChart} draws, for custom rendering through its `children` render prop. */
export interface MrrMovementsLayout<T> {
  result: MrrMovementsResult<T>;
  format: Formatters;
  periodFormat: PeriodFormat;
  /** The periods compared (`undefined` when the data has none). */
  from: Period | undefined;
  to: Period | undefined;
  /** The distinct periods of the data, ascending. */
  periods: Period[];
  width: number;
  height: number;
  margin: Margin;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Value → y. */
  y: (value: number) => number;
  steps: WaterfallStep<T>[];
  /** Dashed lines joining each bar's end level to the next bar. */
  connectors: { x1: number; x2: number; y: number }[];
  /**
   * The step names under the bars; when they would collide, every second (`row` 1), or every second and third
   * (`row` 1, 2), is dropped a line.
   */
  xLabels: { x: number; y: number; text: string; row: 0 | 1 | 2 }[];
  yTicks: Tick[];
  /** Offset of the value axis' title from the axis line (past the longest tick label). */
  yLabelOffset: number;
  xAxisLabel: string;
  yAxisLabel: string;
  /** The three series (total, increase, decrease) with their ids, for the legend's toggles. */
  legend: (LegendItem & { id: string })[];
  /** "NRR 99%" and "GRR 95%" (or `null` without MRR at the start). */
  nrr: string | null;
  grr: string | null;
  /** True when there is nothing to draw. */
  empty: boolean;
  title: string;
  /** The finding in words, e.g. "MRR grew from $1.8M to $2M between Jan 2024 and Dec 2024: new $120K, …; NRR 99%, GRR 95%." */
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
  labelOf: (row: MrrMovementRow<T>) => string;
}
