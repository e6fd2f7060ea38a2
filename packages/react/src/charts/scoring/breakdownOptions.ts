import type { Criterion, Id, IdField, ScoreNormalize, ScoreOptions } from '@kamkit/core';
import { optionKeys } from '../../contract/options';
import type { ChartMessages } from '../../messages/catalogue';
import type { LabelField } from '../../primitives/labels';
import type { Margin } from '../../primitives/types';

/**
 * The score breakdown's options, each declared once: the chart's props extend this interface,
 * {@link BREAKDOWN_OPTIONS} lists its keys (checked by the compiler).
 */
export interface ScoreBreakdownLayoutOptions<T> {
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
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name. Default: the id. */
  label?: LabelField<T>;
  /** The id of the account to break down. Default: the account with the highest total score. */
  account?: Id;
  /** Name of the growth axis. Default: the catalogue's `scoring.growth`. */
  yLabel?: string;
  /** Name of the harmony axis. Default: the catalogue's `scoring.harmony`. */
  xLabel?: string;
  /** BCP 47 locale of numbers and (for `de-*`) of the words. Default `'en-US'`. */
  locale?: string;
  /** ISO 4217 currency code. Default: plain numbers. */
  currency?: string;
  /** Overrides how a value is written. */
  formatValue?: (value: number) => string;
  /** Any words of the catalogue (`common` and `scoring`, e.g. `{ scoring: { breakdown: { points: 'Pkt.' } } }`). */
  messages?: ChartMessages<'scoring'>;
  /** Width in pixels (given by the chart: the `width` prop or the container's width). */
  width: number;
  /** Height in pixels. Default: what the rows need. */
  height?: number;
  /** Margins around the rows, in pixels, merged over the defaults. */
  margin?: Partial<Margin>;
}

/** The keys of {@link ScoreBreakdownLayoutOptions}, in one list. */
export const BREAKDOWN_OPTIONS = /* @__PURE__ */ optionKeys<ScoreBreakdownLayoutOptions<unknown>>()([
  'data',
  'criteria',
  'axisWeights',
  'normalize',
  'quadrants',
  'id',
  'label',
  'account',
  'yLabel',
  'xLabel',
  'locale',
  'currency',
  'formatValue',
  'messages',
  'width',
  'height',
  'margin',
] as const);
