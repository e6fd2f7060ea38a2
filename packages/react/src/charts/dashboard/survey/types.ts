import type { OnboardingSurveyResult, SurveyQuestionStageRow } from '@kamkit/core';
import type { ChartItem } from '../../../contract/types';
import type { Formatters } from '../../../format/createFormat';
import type { ExplorerPoint, Margin, TableSpec } from '../../../primitives/types';

/** One listed question in one stage, as drawn. */
export interface SurveyLine<T> {
  row: SurveyQuestionStageRow;
  /** "How smoothly did your data migrate? · Integration", in full and shortened to its room. */
  name: string;
  text: string;
  /** The row band; the label's baseline middle; the track (whole scale) and the bar (the mean). */
  y: number;
  height: number;
  labelY: number;
  track: { x: number; y: number; width: number; height: number };
  bar: { x: number; y: number; width: number; height: number };
  /** The mean as written ("4.9", or "–" without responses), and the responses ("23"). */
  meanText: string;
  responsesText: string;
  /** What events and tooltips get: a `'cell'` (id `'cell:<question>|<stage>'`) with the answers of the group. */
  item: ChartItem<T>;
}

/** Everything {@link OnboardingSurveyChart} draws, for custom rendering through its `children` render prop. */
export interface SurveyLayout<T> {
  result: OnboardingSurveyResult<T>;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  /** Labels left of the bars, or above them on narrow charts. */
  labels: 'left' | 'above';
  /** The right edges of the mean and the responses columns, and the column headings' baseline. */
  columns: { label: number; mean: number; responses: number; headingY: number };
  headings: { question: string; mean: string; responses: string };
  lines: SurveyLine<T>[];
  /** The note under the rows ("+8 more questions"), or "". */
  moreLabel: string;
  title: string;
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
}
