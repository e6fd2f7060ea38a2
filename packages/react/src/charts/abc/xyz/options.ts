import type { AbcOptions, FieldOrAccessor, IdField, NumberField, XyzOptions, XyzSeries } from '@kamkit/core';
import { optionKeys } from '../../../contract/options';
import type { ChartMessages } from '../../../messages/catalogue';
import type { LabelField } from '../../../primitives/labels';
import type { Margin } from '../../../primitives/types';

/**
 * The ABC/XYZ matrix's layout options, each declared once: the chart's props extend this interface,
 * {@link ABC_XYZ_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface AbcXyzLayoutOptions<T> {
  /** The accounts: any iterable of records. */
  data: Iterable<T>;
  /**
   * The id of each account. Default: the field `id`; when no record has one, the record's position. Records
   * with and without ids cannot be mixed (`INVALID_ID`).
   */
  id?: IdField<T>;
  /** Each account's values per period, in time order (e.g. monthly revenue), for XYZ. Default: the field `series`. */
  series?: FieldOrAccessor<T, XyzSeries | null | undefined>;
  /** The value for ABC. Default: the total of the account's series. */
  value?: NumberField<T>;
  /** Options of the ABC step (thresholds, basis, boundary, ties, method); compared by value. */
  abc?: Omit<AbcOptions<T>, 'value' | 'id'>;
  /** Options of the XYZ step (thresholds of the coefficient of variation, deviation, periods); compared by value. */
  xyz?: Omit<XyzOptions<T>, 'series' | 'id'>;
  /** The account's name, for tooltips. Default: the id. */
  label?: LabelField<T>;
  /** BCP 47 locale of numbers and (for `de-*`) of the words. Default `'en-US'`. */
  locale?: string;
  /** ISO 4217 currency code: values are written as money. Default: plain numbers. */
  currency?: string;
  /** Overrides how a value is written everywhere except axis ticks. */
  formatValue?: (value: number) => string;
  /**
   * Any words of the catalogue (`common` and `abc`), e.g. the tier and class words:
   * `{ abc: { matrix: { tierA: 'key accounts', classZ: 'sporadic' } } }`.
   */
  messages?: ChartMessages<'abc'>;
  /** Most rows of the data table (the nine cells). Default: all. */
  maxTableRows?: number;
  /** Width in pixels (given by the chart: the `width` prop or the container's width). */
  width: number;
  /** Height in pixels. Default 420. */
  height?: number;
  /** Margins around the grid, in pixels, merged over the defaults. */
  margin?: Partial<Margin>;
  /** Title over the columns. Default: the catalogue's `abc.matrix.xAxis` ("Steadiness of demand (XYZ)"). */
  xLabel?: string;
  /** Title beside the rows. Default: the catalogue's `abc.matrix.yAxis` ("Revenue (ABC)"). */
  yLabel?: string;
}

/** The keys of {@link AbcXyzLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const ABC_XYZ_OPTIONS = /* @__PURE__ */ optionKeys<AbcXyzLayoutOptions<unknown>>()([
  'data',
  'id',
  'series',
  'value',
  'abc',
  'xyz',
  'label',
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

/** The options core's `abcXyz` reads (the analysis memo depends on them). */
export const ABC_XYZ_ANALYSIS_KEYS = ['id', 'series', 'value', 'abc', 'xyz'] as const;

/** Default height of the chart. */
export const ABC_XYZ_HEIGHT = 420;
