import type { AbcBasis, AbcBoundary, AbcMethod, AbcTies, NumberField } from '@kamkit/core';
import type { AccountChartOptions } from '../../contract/commonOptions';
import { ACCOUNT_CHART_OPTIONS } from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';

/**
 * The ABC chart's layout options, each declared once: the chart's props extend this interface,
 * {@link ABC_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises its
 * layout by that list.
 */
export interface AbcLayoutOptions<T> extends AccountChartOptions<T, 'abc'> {
  /** The value of each account (e.g. revenue): a field name or `(d, i, data) => number`. Default: the field `value`. */
  value?: NumberField<T>;
  /** Upper limits of A and B, `[a, b]`. Default `[0.8, 0.95]` (basis value) or `[0.2, 0.5]` (basis count). */
  thresholds?: readonly [number, number];
  /** What the thresholds apply to: cumulative share of value or share of accounts. Default `'value'`. */
  basis?: AbcBasis;
  /** Which tier an account at a threshold takes. Default `'crossing'` (the account crossing 80 % is still A). */
  boundary?: AbcBoundary;
  /** Equal values: ranked by id (`'order'`, default) or kept in one tier (`'group'`). */
  ties?: AbcTies;
  /** `'fixed'` thresholds (default) or limits `'computed'` from the curve (Ultsch & Lötsch 2015). */
  method?: AbcMethod;
  /**
   * Most rows of the data table (the accounts by rank; the tiers when the curve is binned). Default: all. A
   * whole number ≥ 0 or `Infinity`, else the chart shows its error state (`INVALID_OPTION`).
   */
  maxTableRows?: number;
  /** Height in pixels. Default 360. */
  height?: number;
  /** Title of the bottom axis. Default: the catalogue's `abc.chart.xAxis`. */
  xLabel?: string;
  /** Title of the left axis. Default: the catalogue's `abc.chart.yAxis`. */
  yLabel?: string;
}

/** The keys of {@link AbcLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const ABC_OPTIONS = /* @__PURE__ */ optionKeys<AbcLayoutOptions<unknown>>()(ACCOUNT_CHART_OPTIONS, [
  'value',
  'thresholds',
  'basis',
  'boundary',
  'ties',
  'method',
] as const);

/** The options core's `abc` reads (the analysis memo depends on them). */
export const ABC_ANALYSIS_KEYS = [
  'value',
  'id',
  'thresholds',
  'basis',
  'boundary',
  'ties',
  'method',
] as const;

/** Default height of the chart. */
export const ABC_HEIGHT = 360;
