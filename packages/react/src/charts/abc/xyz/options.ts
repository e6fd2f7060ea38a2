import type { AbcOptions, FieldOrAccessor, NumberField, XyzOptions, XyzSeries } from '@kamkit/core';
import type { AccountChartOptions } from '../../../contract/commonOptions';
import { ACCOUNT_CHART_OPTIONS } from '../../../contract/commonOptions';
import { optionKeys } from '../../../contract/options';

/**
 * The ABC/XYZ matrix's layout options, each declared once: the chart's props extend this interface,
 * {@link ABC_XYZ_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface AbcXyzLayoutOptions<T> extends AccountChartOptions<T, 'abc'> {
  /** Each account's values per period, in time order (e.g. monthly revenue), for XYZ. Default: the field `series`. */
  series?: FieldOrAccessor<T, XyzSeries | null | undefined>;
  /** The value for ABC. Default: the total of the account's series. */
  value?: NumberField<T>;
  /** Options of the ABC step (thresholds, basis, boundary, ties, method); compared by value. */
  abc?: Omit<AbcOptions<T>, 'value' | 'id'>;
  /** Options of the XYZ step (thresholds of the coefficient of variation, deviation, periods); compared by value. */
  xyz?: Omit<XyzOptions<T>, 'series' | 'id'>;
  /** Most rows of the data table (the nine cells). Default: all. */
  maxTableRows?: number;
  /** Height in pixels. Default 420. */
  height?: number;
  /** Title over the columns. Default: the catalogue's `abc.matrix.xAxis` ("Steadiness of demand (XYZ)"). */
  xLabel?: string;
  /** Title beside the rows. Default: the catalogue's `abc.matrix.yAxis` ("Revenue (ABC)"). */
  yLabel?: string;
}

/** The keys of {@link AbcXyzLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const ABC_XYZ_OPTIONS = /* @__PURE__ */ optionKeys<AbcXyzLayoutOptions<unknown>>()(
  ACCOUNT_CHART_OPTIONS,
  ['series', 'value', 'abc', 'xyz'] as const,
);

/** The options core's `abcXyz` reads (the analysis memo depends on them). */
export const ABC_XYZ_ANALYSIS_KEYS = ['id', 'series', 'value', 'abc', 'xyz'] as const;

/** Default height of the chart. */
export const ABC_XYZ_HEIGHT = 420;
