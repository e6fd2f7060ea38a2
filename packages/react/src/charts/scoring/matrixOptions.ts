import type { Criterion, IdField, NumberField, ScoreNormalize, ScoreOptions } from '@kamkit/core';
import { optionKeys } from '../../contract/options';
import type { ChartMessages } from '../../messages/catalogue';
import type { LabelField } from '../../primitives/labels';
import type { Margin } from '../../primitives/types';

/**
 * The scoring matrix's options, each declared once: the chart's props extend this interface,
 * {@link SCORING_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface ScoringLayoutOptions<T> {
  /** The accounts: any iterable of records. */
  data: Iterable<T>;
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
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name, for labels, tooltips and the table. Default: the id. */
  label?: LabelField<T>;
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
  /** BCP 47 locale of numbers and (for `de-*`) of the words. Default `'en-US'`. */
  locale?: string;
  /** ISO 4217 currency code: sizes are written as money. Default: plain numbers. */
  currency?: string;
  /** Overrides how a size is written. */
  formatValue?: (value: number) => string;
  /** Any words of the catalogue (`common` and `scoring`). */
  messages?: ChartMessages<'scoring'>;
  /** The data table lists each account up to this many, else one summary row per quadrant. Default 500. */
  maxTableRows?: number;
  /** Width in pixels (given by the chart: the `width` prop or the container's width). */
  width: number;
  /** Height in pixels. Default 480. */
  height?: number;
  /** Margins around the plot, in pixels, merged over the defaults. */
  margin?: Partial<Margin>;
}

/** The keys of {@link ScoringLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const SCORING_OPTIONS = /* @__PURE__ */ optionKeys<ScoringLayoutOptions<unknown>>()([
  'data',
  'criteria',
  'axisWeights',
  'normalize',
  'quadrants',
  'id',
  'label',
  'size',
  'labelCount',
  'maxRadius',
  'xLabel',
  'yLabel',
  'locale',
  'currency',
  'formatValue',
  'messages',
  'maxTableRows',
  'width',
  'height',
  'margin',
] as const);

/** Default height of the scoring matrix. */
export const SCORING_HEIGHT = 480;
