import type { AbcBasis, AbcBoundary, AbcMethod, AbcTies, PeriodKey, PeriodValueAccessor } from '@kamkit/core';
import type { AccountChartOptions } from '../../../contract/commonOptions';
import { ACCOUNT_CHART_OPTIONS } from '../../../contract/commonOptions';
import { optionKeys } from '../../../contract/options';

/** How {@link AbcMigrationChart} shows the moves: a from × to matrix of two periods, or flows across periods. */
export type AbcMigrationView = 'matrix' | 'flow';

/**
 * The tier-migration chart's layout options, each declared once: the chart's props extend this interface,
 * {@link ABC_MIGRATION_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and
 * memoises its layout by that list.
 */
export interface AbcMigrationLayoutOptions<T, P extends PeriodKey> extends AccountChartOptions<T, 'abc'> {
  /** The periods, in time order (e.g. `['2022', '2023', '2024']`); compared by value. */
  periods: readonly P[];
  /**
   * The account's value in a period: `(d, period, i, data) => number`, or the name of a field holding an object
   * keyed by period (`'revenue'` reads `d.revenue[period]`). `null`/`undefined` means no record that period.
   */
  value: PeriodValueAccessor<T, P> | string;
  /** Thresholds of each period's ABC. Default `[0.8, 0.95]` (basis value). */
  thresholds?: readonly [number, number];
  /** See `abc`. Default `'value'`. */
  basis?: AbcBasis;
  /** See `abc`. Default `'crossing'`. */
  boundary?: AbcBoundary;
  /** See `abc`. Default `'order'`. */
  ties?: AbcTies;
  /** See `abc`. Default `'fixed'`. */
  method?: AbcMethod;
  /** The earlier period of the matrix (and the first column of the flow). Default: the second-to-last period. */
  from?: P;
  /** The later period of the matrix (and the last column of the flow). Default: the last period. */
  to?: P;
  /**
   * `'matrix'` (default): from-state × to-state counts between `from` and `to`. `'flow'`: the states of every
   * period from `from` to `to` as stacked columns, joined by bands for the moves (default: all periods).
   */
  view?: AbcMigrationView;
  /** Height in pixels. Default 420. */
  height?: number;
  /** The matrix's title over the columns. Default: the catalogue's `abc.migration.xAxis` ("To 2024"). */
  xLabel?: string;
  /** The matrix's title beside the rows. Default: the catalogue's `abc.migration.yAxis` ("From 2023"). */
  yLabel?: string;
}

/** The keys of {@link AbcMigrationLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const ABC_MIGRATION_OPTIONS = /* @__PURE__ */ optionKeys<
  AbcMigrationLayoutOptions<unknown, PeriodKey>
>()(ACCOUNT_CHART_OPTIONS, [
  'periods',
  'value',
  'thresholds',
  'basis',
  'boundary',
  'ties',
  'method',
  'from',
  'to',
  'view',
] as const);

/** The options core's `abcOverTime` reads (the analysis memo depends on them). */
export const ABC_MIGRATION_ANALYSIS_KEYS = [
  'periods',
  'value',
  'id',
  'thresholds',
  'basis',
  'boundary',
  'ties',
  'method',
] as const;

/** Default height of the chart. */
export const ABC_MIGRATION_HEIGHT = 420;
