import type { NumberField, ProfitMatrixPreset, ProfitMatrixSplit, QuadrantLabels } from '@kamkit/core';
import type { AccountChartOptions } from '../../contract/commonOptions';
import { ACCOUNT_CHART_OPTIONS } from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';

/**
 * How a measure is written: `'value'` like every value of the chart (money when `currency` is set),
 * `'number'` a plain number, `'percent'` a number of percent points (84.5 → "84.5%"), or your own function.
 */
export type MeasureFormat = 'value' | 'number' | 'percent' | ((value: number) => string);

/**
 * A measure's scale: `'linear'`, or `'log'` for heavy-tailed measures such as revenue or cost to serve (a
 * symmetric log scale: zero and negative values, e.g. loss-making margins, stay on the chart).
 */
export type MeasureScale = 'linear' | 'log';

/**
 * The profit matrix's options, each declared once: the chart's props extend this interface,
 * {@link PROFIT_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface ProfitLayoutOptions<T> extends AccountChartOptions<T, 'profit'> {
  /** The horizontal measure (e.g. cost to serve, revenue): a field name or `(d, i, data) => number`. Required. */
  x: NumberField<T>;
  /** The vertical measure (e.g. net price, contribution margin): a field name or accessor. Required. */
  y: NumberField<T>;
  /** Where each measure is split: `'median'` (default), `'mean'` or `{ x, y }`. */
  split?: ProfitMatrixSplit;
  /**
   * Quadrant labels: `'shapiro'`, `'revenue-margin'` (their words come from the message catalogue, in the chart's
   * language) or your own labels by position. Default: labels naming the position ("High x, low y").
   */
  preset?: ProfitMatrixPreset | QuadrantLabels;
  /** What each bubble's AREA shows (e.g. revenue); its name is the catalogue's `matrix.size`. Default: none. */
  size?: NumberField<T>;
  /** How many bubbles get a label: the largest, or without `size` the farthest from the split. Default 8. */
  labelCount?: number;
  /** Radius of the largest bubble in pixels. Default: from the plot area per account, 4–24. */
  maxRadius?: number;
  /** Name of the x measure (axis title, tooltips, table). Default: the preset's name from the catalogue, else "x". */
  xLabel?: string;
  /** Name of the y measure. Default: the preset's name from the catalogue, else "y". */
  yLabel?: string;
  /** The x scale: `'linear'` (default) or `'log'` (symmetric log, for heavy-tailed measures). */
  xScale?: MeasureScale;
  /** The y scale: `'linear'` (default) or `'log'`. */
  yScale?: MeasureScale;
  /** How x is written. Default `'value'`. */
  formatX?: MeasureFormat;
  /** How y is written. Default `'value'`. */
  formatY?: MeasureFormat;
  /** The data table lists each account up to this many, else one summary row per quadrant. Default 500. */
  maxTableRows?: number;
  /** Height in pixels. Default 480. */
  height?: number;
}

/** The keys of {@link ProfitLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const PROFIT_OPTIONS = /* @__PURE__ */ optionKeys<ProfitLayoutOptions<unknown>>()(
  ACCOUNT_CHART_OPTIONS,
  [
    'x',
    'y',
    'split',
    'preset',
    'size',
    'labelCount',
    'maxRadius',
    'xScale',
    'yScale',
    'formatX',
    'formatY',
  ] as const,
);

/** Default height of the chart. */
export const PROFIT_HEIGHT = 480;
