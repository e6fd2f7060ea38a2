import type { ChurnRiskResult, ChurnRiskRow } from '@kamkit/core';
import type { ChartItem } from '../../contract/types';
import type { Formatters } from '../../format/createFormat';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';

/** Column positions of the ranking ({@link churnColumns}). */
export interface ChurnColumns {
  /** Right edge of the rank. */
  rank: number;
  /** Centre of the importance (tier) column. */
  tier: number;
  /** Start of the name. */
  name: number;
  /** Start and end of the MRR bar (equal in the narrow layout). */
  bar: number;
  barEnd: number;
  /** The MRR heading; in the narrow layout the right edge of the MRR values. */
  value: number;
  /** Start of the risk badge. */
  risk: number;
  /** Right edge of the days. */
  days: number;
}

/** One listed account as drawn. */
export interface ChurnRankingLine<T> {
  row: ChurnRiskRow<T>;
  /** Position in the ranking, 1-based. */
  position: number;
  /** The name, in full and shortened to the name column. */
  name: string;
  text: string;
  /** The importance as written: the tier ("A"), a rank ("#3") or "–". */
  tierText: string;
  /** The row band. */
  y: number;
  height: number;
  /** The MRR bar's width; 0 in the narrow layout, which has no bars. */
  barWidth: number;
  mrrText: string;
  /** Where the MRR text is anchored: its start after the bar, or its end (`columns.value`) in the narrow layout. */
  valueX: number;
  /** The risk as written: "High · 73", or "High" in the narrow layout (the score is in the tooltip and table). */
  levelText: string;
  /** Days in the queue as written: "28 days", or "28" under the heading "Days" in the narrow layout. */
  daysText: string;
  /** What events and tooltips get: the account. */
  item: ChartItem<T>;
}

/** Everything {@link ChurnRiskRanking} draws, for custom rendering through its `children` render prop. */
export interface ChurnRankingLayout<T> {
  result: ChurnRiskResult<T>;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  columns: ChurnColumns;
  /**
   * True when the chart is too narrow for the bars (below about 400 px): no bars, the MRR right-aligned in its
   * own column, the risk level without its score, the days as a number under "Days" and the names shortened.
   * The full names, scores and days are in the tooltips and the data table.
   */
  narrow: boolean;
  /** False when the narrow layout leaves a name less than 40 px: the days column is left out. */
  daysShown: boolean;
  /** False when even without the days a name has less than 40 px: the importance column is left out. */
  tierShown: boolean;
  /** Column headings in the chart's language. */
  headings: { rank: string; tier: string; name: string; value: string; risk: string; days: string };
  /** MRR → bar width. */
  barScale: (mrr: number) => number;
  /** Top of the first row (below the headings). */
  top: number;
  lines: ChurnRankingLine<T>[];
  /** Accounts at risk not listed (beyond `limit`) and their MRR. */
  hidden: number;
  hiddenMrr: number;
  /** "and 12 more accounts at risk (84,000 € MRR)", or "". */
  moreText: string;
  /** {@link moreText} as drawn under the rows: shortened ("+12 more at risk (84,000 € MRR)") when it does not fit. */
  moreLabel: string;
  /** The header: MRR at risk, its words, and the share and counts. */
  headline: { value: string; text: string; detail: string };
  /** The legend: one entry per risk level listed. */
  legend: { level: 'high' | 'medium' | 'low'; label: string }[];
  title: string;
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
  labelOf: (row: ChurnRiskRow<T>) => string;
}
