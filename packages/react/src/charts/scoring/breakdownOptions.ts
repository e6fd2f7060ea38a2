import type { Criterion, Id, ScoreNormalize, ScoreOptions } from '@kamkit/core';
import type {
  AxisTitleOptions,
  CommonChartOptions,
  RecordOptions,
  ValueFormatOptions,
} from '../../contract/commonOptions';
import {
  AXIS_TITLE_OPTIONS,
  COMMON_CHART_OPTIONS,
  RECORD_OPTIONS,
  VALUE_FORMAT_OPTIONS,
} from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';

/**
 * The score breakdown's options, each declared once: the chart's props extend this interface,
 * {@link BREAKDOWN_OPTIONS} lists its keys (checked by the compiler).
 */
export interface ScoreBreakdownLayoutOptions<T>
  extends CommonChartOptions<T, 'scoring'>,
    RecordOptions<T>,
    ValueFormatOptions,
    AxisTitleOptions {
  /** All accounts (`'minmax'` and `'rank'` normalisation compare an account with the others). */
  data: Iterable<T>;
  /** The criteria of both axes, with weights (core's `score`). Required. */
  criteria: readonly Criterion<T>[];
  /** Weights of growth and harmony in the total score. Default `{ growth: 1, harmony: 1 }`. */
  axisWeights?: { growth: number; harmony: number };
  /** How criterion values become 0–100 scores. Default `'scale'`. */
  normalize?: ScoreNormalize;
  /** Quadrant split and labels, to name the account's quadrant. Default: split at 50, McDonald & Rogers. */
  quadrants?: ScoreOptions<T>['quadrants'];
  /** The id of the account to break down. Default: the account with the highest total score. */
  account?: Id;
  /** Name of the growth axis. Default: the catalogue's `scoring.growth`. */
  yLabel?: string;
  /** Name of the harmony axis. Default: the catalogue's `scoring.harmony`. */
  xLabel?: string;
  /** Height in pixels. Default: what the rows need. */
  height?: number;
}

/** The keys of {@link ScoreBreakdownLayoutOptions}, in one list. */
export const BREAKDOWN_OPTIONS = /* @__PURE__ */ optionKeys<ScoreBreakdownLayoutOptions<unknown>>()(
  COMMON_CHART_OPTIONS,
  RECORD_OPTIONS,
  VALUE_FORMAT_OPTIONS,
  AXIS_TITLE_OPTIONS,
  ['criteria', 'axisWeights', 'normalize', 'quadrants', 'account'] as const,
);
