import type { NumberField } from '@kamkit/core';
import type { AccountChartOptions } from '../../contract/commonOptions';
import { ACCOUNT_CHART_OPTIONS } from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';

/**
 * The whale curve's layout options, each declared once: the chart's props extend this interface,
 * {@link WHALE_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface WhaleLayoutOptions<T> extends AccountChartOptions<T, 'whale'> {
  /**
   * The profit of each account (may be zero or negative): a field name or `(d, i, data) => number`. Default:
   * the field `profit`.
   */
  value?: NumberField<T>;
  /**
   * Draw each account's own profit as bars in a strip under the curve (columns of adjacent accounts when they
   * outnumber pixels). Default `false`.
   */
  bars?: boolean;
  /**
   * Most rows of the data table (the accounts most profitable first; the deciles when the curve is binned).
   * Default: all. A whole number ≥ 0 or `Infinity`, else the chart shows its error state (`INVALID_OPTION`).
   */
  maxTableRows?: number;
  /** Height in pixels. Default 400. */
  height?: number;
  /** Title of the bottom axis. Default: the catalogue's `whale.xAxis`. */
  xLabel?: string;
  /** Title of the left axis. Default: the catalogue's `whale.yAxisShare` (or `yAxisValue…` in mode `'value'`). */
  yLabel?: string;
}

/** The keys of {@link WhaleLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const WHALE_OPTIONS = /* @__PURE__ */ optionKeys<WhaleLayoutOptions<unknown>>()(
  ACCOUNT_CHART_OPTIONS,
  ['value', 'bars'] as const,
);

/** Default height of the chart. */
export const WHALE_HEIGHT = 400;
