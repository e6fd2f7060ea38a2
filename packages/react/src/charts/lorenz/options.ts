import type { NumberField } from '@kamkit/core';
import type { AccountChartOptions } from '../../contract/commonOptions';
import { ACCOUNT_CHART_OPTIONS } from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';

/** Which Gini coefficient the chart states: core's population Gini, or the small-sample corrected one. */
export type GiniVariant = 'population' | 'corrected';

/**
 * The Lorenz chart's layout options, each declared once: the chart's props extend this interface,
 * {@link LORENZ_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface LorenzLayoutOptions<T> extends AccountChartOptions<T, 'lorenz'> {
  /** The value of each account (e.g. revenue): a field name or `(d, i, data) => number`. Default: the field `value`. */
  value?: NumberField<T>;
  /**
   * The Gini coefficient stated: `'population'` (default; core's `gini`, at most 1 − 1/n) or `'corrected'`
   * (`giniCorrected` = gini · n/(n − 1), which reaches 1 when one account has everything; falls back to the
   * population Gini for a single account).
   */
  gini?: GiniVariant;
  /**
   * Most rows of the data table (the accounts smallest first; the deciles when the curve is binned). Default:
   * all. A whole number ≥ 0 or `Infinity`, else the chart shows its error state (`INVALID_OPTION`).
   */
  maxTableRows?: number;
  /** Height in pixels. Default 400. */
  height?: number;
  /** Title of the bottom axis. Default: the longest of the catalogue's `xAxis…` titles that fits. */
  xLabel?: string;
  /** Title of the left axis. Default: the longest of the catalogue's `yAxis…` titles that fits. */
  yLabel?: string;
}

/** The keys of {@link LorenzLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const LORENZ_OPTIONS = /* @__PURE__ */ optionKeys<LorenzLayoutOptions<unknown>>()(
  ACCOUNT_CHART_OPTIONS,
  ['value', 'gini'] as const,
);

/** Default height of the chart. */
export const LORENZ_HEIGHT = 400;
