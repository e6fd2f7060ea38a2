import type { Criterion, ScoreNormalize, ScoreOptions } from '@kamkit/core';
import type {
  AxisTitleOptions,
  CommonChartOptions,
  RecordOptions,
  TableRowsOptions,
  ValueFormatOptions,
} from '../../contract/commonOptions';
import { AXIS_TITLE_OPTIONS, COMMON_CHART_OPTIONS, RECORD_OPTIONS } from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';
import type { Margin } from '../../primitives/types';

/** Which axis a scoring table lists: the template's two tables, or both side by side. */
export type ScoringTableAxis = 'growth' | 'harmony' | 'both';

/**
 * The scoring table's options, each declared once: the component's props extend this interface,
 * {@link SCORING_TABLE_OPTIONS} lists its keys (checked by the compiler).
 */
export interface ScoringTableOptions<T>
  extends CommonChartOptions<T, 'scoring'>,
    RecordOptions<T>,
    Pick<ValueFormatOptions, 'currency'>,
    TableRowsOptions,
    AxisTitleOptions {
  /** The criteria of both axes, with weights (core's `score`). Required. */
  criteria: readonly Criterion<T>[];
  /** Weights of growth and harmony in the total score. Default `{ growth: 1, harmony: 1 }`. */
  axisWeights?: { growth: number; harmony: number };
  /** How criterion values become 0–100 scores. Default `'scale'` (each criterion's `scale`, default 1–10). */
  normalize?: ScoreNormalize;
  /** Quadrant split and labels (as for `ScoringMatrix`; the table does not show them). */
  quadrants?: ScoreOptions<T>['quadrants'];
  /** `'growth'` or `'harmony'` lists that axis's criteria and its weighted score; `'both'` (default) both and the total. */
  axis?: ScoringTableAxis;
  /**
   * The column the rows are sorted by, highest first: `'total'`, `'growth'`, `'harmony'`, a criterion's key (or a
   * column's own key, `'criterion:<key>'`, `'axis:<axis>'`, as `onSortChange` reports it) or `'name'` (A–Z). Default: the listed axis's score, or `'total'` for both. Ties keep core's rank order.
   */
  sortBy?: string;
  /** Called with the column's own key (`'total'`, `'axis:growth'`, `'criterion:fit'`, `'name'`) when the reader sorts. */
  onSortChange?: (key: string) => void;
  /** How many accounts the drawn table shows (the data table and CSV list all). Default 30. */
  maxRows?: number;
  /** Name of the growth axis. Default: the catalogue's `scoring.growth`. */
  yLabel?: string;
  /** Name of the harmony axis. Default: the catalogue's `scoring.harmony`. */
  xLabel?: string;
  /** Most rows of the data table (hidden or visible). Default: all. */
  maxTableRows?: number;
  /** Height in pixels: fewer rows are drawn when `maxRows` rows need more. Default: what the rows need. */
  height?: number;
  /** Space around the table, in pixels. Default 0 on every side. */
  margin?: Partial<Margin>;
}

/** The keys of {@link ScoringTableOptions}, in one list. */
export const SCORING_TABLE_OPTIONS = /* @__PURE__ */ optionKeys<ScoringTableOptions<unknown>>()(
  COMMON_CHART_OPTIONS,
  RECORD_OPTIONS,
  AXIS_TITLE_OPTIONS,
  [
    'criteria',
    'axisWeights',
    'normalize',
    'quadrants',
    'axis',
    'sortBy',
    'onSortChange',
    'maxRows',
    'currency',
    'maxTableRows',
  ] as const,
);
