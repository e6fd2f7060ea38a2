import type { AbcBasis, AbcBoundary, AbcMethod, AbcTies, IdField, NumberField } from '@kamkit/core';
import { optionKeys } from '../../contract/options';
import type { ChartMessages } from '../../messages/catalogue';
import type { LabelField } from '../../primitives/labels';
import type { Margin } from '../../primitives/types';

/**
 * The ABC chart's layout options, each declared once: the chart's props extend this interface,
 * {@link ABC_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises its
 * layout by that list.
 */
export interface AbcLayoutOptions<T> {
  /** The accounts: any iterable of records. */
  data: Iterable<T>;
  /** The value of each account (e.g. revenue): a field name or `(d, i, data) => number`. Default: the field `value`. */
  value?: NumberField<T>;
  /**
   * The id of each account. Default: the field `id`; when no record has one, the record's position. Records
   * with and without ids cannot be mixed (`INVALID_ID`).
   */
  id?: IdField<T>;
  /** The account's name, shown in tooltips and in the table. Default: the id. */
  label?: LabelField<T>;
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
  /** BCP 47 locale of numbers and (for `de-*`) of the words. Default `'en-US'`. */
  locale?: string;
  /** ISO 4217 currency code: values are written as money. Default: plain numbers. */
  currency?: string;
  /** Overrides how a value is written everywhere except axis ticks. */
  formatValue?: (value: number) => string;
  /** Any words of the catalogue (`common` and `abc`), e.g. `{ abc: { chart: { value: 'MRR' } } }`. */
  messages?: ChartMessages<'abc'>;
  /**
   * Most rows of the data table (the accounts by rank; the tiers when the curve is binned). Default: all. A
   * whole number ≥ 0 or `Infinity`, else the chart shows its error state (`INVALID_OPTION`).
   */
  maxTableRows?: number;
  /** Width in pixels (given by the chart: the `width` prop or the container's width). */
  width: number;
  /** Height in pixels. Default 360. */
  height?: number;
  /** Margins around the plot, in pixels, merged over the defaults. */
  margin?: Partial<Margin>;
  /** Title of the bottom axis. Default: the catalogue's `abc.chart.xAxis`. */
  xLabel?: string;
  /** Title of the left axis. Default: the catalogue's `abc.chart.yAxis`. */
  yLabel?: string;
}

/** The keys of {@link AbcLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const ABC_OPTIONS = /* @__PURE__ */ optionKeys<AbcLayoutOptions<unknown>>()([
  'data',
  'value',
  'id',
  'label',
  'thresholds',
  'basis',
  'boundary',
  'ties',
  'method',
  'locale',
  'currency',
  'formatValue',
  'messages',
  'maxTableRows',
  'width',
  'height',
  'margin',
  'xLabel',
  'yLabel',
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
