import type { Contribution, ScoreAxis, ScoreExcluded, ScoreResult, ScoreRow } from '@kamkit/core';
import type { ChartItem } from '../../contract/types';
import type { Formatters } from '../../format/createFormat';
import type { ColumnTable } from '../../primitives/table';
import type { Tick } from '../../primitives/ticks';
import type { ExplorerPoint, Margin } from '../../primitives/types';

/** One line of the breakdown: an axis (its score), a criterion (its contribution) or the total. */
export interface BreakdownLine {
  kind: 'axis' | 'criterion' | 'total';
  /** The criterion's key, the axis (`'growth'`, `'harmony'`) or `'total'`. */
  key: string;
  /** The axis the line belongs to (none for the total). */
  axis?: ScoreAxis;
  /** The name shown (shortened to the label column) and in full. */
  text: string;
  name: string;
  /** The row band in SVG pixels. */
  y: number;
  height: number;
  /**
   * Where the line's texts and its bar are centred (y). Side by side they share the band's middle; in the
   * narrow layout the texts take the band's first line and the bar the second.
   */
  textY: number;
  barY: number;
  /** The bar's thickness: 10 (criterion), 14 (axis) or 16 px (total). */
  barHeight: number;
  /** The bar: from `x0` to `x1` (a criterion's bar starts where the previous one ended: a waterfall). */
  x0: number;
  x1: number;
  /** The value of the bar: a criterion's contribution to its axis score, an axis score or the total. */
  value: number;
  /** The criterion's contribution (criterion lines only). */
  contribution?: Contribution;
  /** Weight column text, e.g. "30 %"; rating column text, e.g. "8"; points text, e.g. "+24.0". */
  weightText: string;
  ratingText: string;
  valueText: string;
  /** The criterion's value was missing or not a number: it was dropped and the other weights renormalised. */
  incomplete: boolean;
  clamped: boolean;
  /** What the line stands for in events: the total is the account; an axis or criterion a cell of it. */
  item: ChartItem<unknown>;
}

/** The breakdown's columns: label start, weight and rating right edges, bar range, points right edge. */
export interface BreakdownColumns {
  label: number;
  weight: number;
  rating: number;
  bar0: number;
  bar1: number;
  value: number;
}

/** Everything {@link ScoreBreakdown} draws, for custom rendering through its `children` render prop. */
export interface ScoreBreakdownLayout<T> {
  result: ScoreResult<T>;
  /** The account shown, or `undefined` (empty state). */
  row: ScoreRow<T> | undefined;
  /** The account when it was left out of the scoring (no usable criterion on an axis). */
  excluded: ScoreExcluded<T> | undefined;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  columns: BreakdownColumns;
  /** Score 0–100 → x in the bar column. */
  x: (score: number) => number;
  /** Ticks of the bar column (0, 25, 50, 75, 100). */
  ticks: Tick[];
  /**
   * The narrow layout (a phone's width): each line's name, weight, value and points on one line and its bar
   * below them across the chart, so names need not be cut to a sliver and the bars keep a readable length.
   */
  narrow: boolean;
  /** Baseline of the column headings and of the tick labels (below the headings in the narrow layout). */
  headingY: number;
  tickY: number;
  /** Top of the first line (below the column headings). */
  top: number;
  lines: BreakdownLine[];
  /** The headline above the chart: the total score ("78.3"), "of 100 · Acme", and the rank and quadrant. */
  headline: { score: string; of: string; detail: string };
  /** The column headings and legend words, in the chart's language. */
  words: {
    criterion: string;
    weight: string;
    value: string;
    points: string;
    growth: string;
    harmony: string;
    missing: string;
    notScored: string;
  };
  title: string;
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: ColumnTable;
  /** The account's name. */
  name: string;
  formatScore: (value: number) => string;
}
