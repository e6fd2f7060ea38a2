import type { IdField, NumberField } from '@kamkit/core';
import { optionKeys } from '../../contract/options';
import type { ChartMessages } from '../../messages/catalogue';
import type { LabelField } from '../../primitives/labels';
import type { Margin } from '../../primitives/types';

/**
 * The whale curve's layout options, each declared once: the chart's props extend this interface,
 * {@link WHALE_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface WhaleLayoutOptions<T> {
  /** The accounts: any iterable of records. */
  data: Iterable<T>;
  /**
   * The profit of each account (may be zero or negative): a field name or `(d, i, data) => number`. Default:
   * the field `profit`.
   */
  value?: NumberField<T>;
  /**
   * The id of each account. Default: the field `id`; when no record has one, the record's position. Records
   * with and without ids cannot be mixed (`INVALID_ID`).
   */
  id?: IdField<T>;
  /** The account's name, for tooltips and the table. Default: the id. */
  label?: LabelField<T>;
  /**
   * Draw each account's own profit as bars in a strip under the curve (columns of adjacent accounts when they
   * outnumber pixels). Default `false`.
   */
  bars?: boolean;
  /** BCP 47 locale of numbers and (for `de-*`) of the words. Default `'en-US'`. */
  locale?: string;
  /** ISO 4217 currency code: values are written as money. Default: plain numbers. */
  currency?: string;
  /** Overrides how a value is written everywhere except axis ticks. */
  formatValue?: (value: number) => string;
  /** Any words of the catalogue (`common` and `whale`), e.g. `{ whale: { value: 'Contribution margin' } }`. */
  messages?: ChartMessages<'whale'>;
  /**
   * Most rows of the data table (the accounts most profitable first; the deciles when the curve is binned).
   * Default: all. A whole number ≥ 0 or `Infinity`, else the chart shows its error state (`INVALID_OPTION`).
   */
  maxTableRows?: number;
  /** Width in pixels (given by the chart: the `width` prop or the container's width). */
  width: number;
  /** Height in pixels. Default 400. */
  height?: number;
  /** Margins around the plot, in pixels, merged over the measured defaults. */
  margin?: Partial<Margin>;
  /** Title of the bottom axis. Default: the catalogue's `whale.xAxis`. */
  xLabel?: string;
  /** Title of the left axis. Default: the catalogue's `whale.yAxisShare` (or `yAxisValue…` in mode `'value'`). */
  yLabel?: string;
}

/** The keys of {@link WhaleLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const WHALE_OPTIONS = /* @__PURE__ */ optionKeys<WhaleLayoutOptions<unknown>>()([
  'data',
  'value',
  'id',
  'label',
  'bars',
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

/** Default height of the chart. */
export const WHALE_HEIGHT = 400;
