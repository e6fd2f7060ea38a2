import type { Criterion, NumberField, ScoreNormalize, ScoreOptions } from '@kamkit/core';
import type { AccountChartOptions } from '../../contract/commonOptions';
import { ACCOUNT_CHART_OPTIONS } from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';

/**
 * The scoring matrix's options, each declared once: the chart's props extend this interface,
 * {@link SCORING_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface ScoringLayoutOptions<T> extends AccountChartOptions<T, 'scoring'> {
  /** The criteria of both axes, with weights (core's `score`). Required. */
  criteria: readonly Criterion<T>[];
  /** Weights of growth and harmony in the total score. Default `{ growth: 1, harmony: 1 }`. */
  axisWeights?: { growth: number; harmony: number };
  /** How criterion values become 0–100 scores. Default `'scale'` (each criterion's `scale`, default 1–10). */
  normalize?: ScoreNormalize;
  /**
   * Quadrant split (default 50 on both axes) and labels (default McDonald & Rogers' KAM matrix, its words from
   * the message catalogue in the chart's language).
   */
  quadrants?: ScoreOptions<T>['quadrants'];
  /** What each bubble's AREA shows (e.g. revenue); its name is the catalogue's `matrix.size`. Default: none. */
  size?: NumberField<T>;
  /** How many of the largest bubbles (or, without `size`, the highest scores) get a label. Default 8. */
  labelCount?: number;
  /** Radius of the largest bubble in pixels. Default: from the plot area per account, 4–24. */
  maxRadius?: number;
  /** Title of the horizontal (harmony) axis. Default: the catalogue's `scoring.harmony`. */
  xLabel?: string;
  /** Title of the vertical (growth) axis. Default: the catalogue's `scoring.growth`. */
  yLabel?: string;
  /** The data table lists each account up to this many, else one summary row per quadrant. Default 500. */
  maxTableRows?: number;
  /** Height in pixels. Default 480. */
  height?: number;
}

/** The keys of {@link ScoringLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const SCORING_OPTIONS = /* @__PURE__ */ optionKeys<ScoringLayoutOptions<unknown>>()(
  ACCOUNT_CHART_OPTIONS,
  ['criteria', 'axisWeights', 'normalize', 'quadrants', 'size', 'labelCount', 'maxRadius'] as const,
);

/** Default height of the scoring matrix. */
export const SCORING_HEIGHT = 480;
