import type { NumberField } from '@kamkit/core';
import type { AccountChartOptions } from '../../contract/commonOptions';
import { ACCOUNT_CHART_OPTIONS } from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';

/**
 * The Pareto chart's layout options, each declared once: the chart's props extend this interface,
 * {@link PARETO_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list. Nothing else names them.
 */
export interface ParetoLayoutOptions<T> extends AccountChartOptions<T, 'pareto'> {
  /** The value of each account (e.g. revenue): a field name or `(d, i, data) => number`. Default: the field `value`. */
  value?: NumberField<T>;
  /** The vital-few cutoff in (0, 1]. Default 0.8. */
  cutoff?: number;
  /**
   * Most rows of the data table. While the chart draws at most this many bars (or columns of accounts), the
   * table has one row per bar; else `maxTableRows` groups of consecutive ranks, as equal as possible (sizes
   * differ by at most 1), and the caption says so. CSV export still lists every account. Default 100;
   * `Infinity` keeps one row per bar.
   */
  maxTableRows?: number;
  /** Height in pixels. Default 360. */
  height?: number;
  /** Title of the bottom axis. Default: the catalogue's `pareto.xAxis` (none when bars are named). */
  xLabel?: string;
  /** Title of the left axis. Default: the catalogue's `pareto.value`. */
  yLabel?: string;
}

/** The keys of {@link ParetoLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const PARETO_OPTIONS = /* @__PURE__ */ optionKeys<ParetoLayoutOptions<unknown>>()(
  ACCOUNT_CHART_OPTIONS,
  ['value', 'cutoff'] as const,
);

/** Default height of the chart. */
export const PARETO_HEIGHT = 360;
