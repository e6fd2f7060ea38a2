import type { IdField, NumberField } from '@kamkit/core';
import { optionKeys } from '../../contract/options';
import type { ChartMessages } from '../../messages/catalogue';
import type { LabelField } from '../../primitives/labels';
import type { Margin } from '../../primitives/types';

/**
 * The Pareto chart's layout options, each declared once: the chart's props extend this interface,
 * {@link PARETO_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list. Nothing else names them.
 */
export interface ParetoLayoutOptions<T> {
  /** The accounts: any iterable of records. */
  data: Iterable<T>;
  /** The value of each account (e.g. revenue): a field name or `(d, i, data) => number`. Default: the field `value`. */
  value?: NumberField<T>;
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name, shown on the axis, in tooltips and in the table. Default: the id. */
  label?: LabelField<T>;
  /** The vital-few cutoff in (0, 1]. Default 0.8. */
  cutoff?: number;
  /** BCP 47 locale of numbers and (for `de-*`) of the words. Default `'en-US'`. */
  locale?: string;
  /** ISO 4217 currency code: values are written as money. Default: plain numbers. */
  currency?: string;
  /** Overrides how a value is written everywhere except axis ticks. */
  formatValue?: (value: number) => string;
  /** Any words of the catalogue (`common` and `pareto`), e.g. `{ pareto: { value: 'Profit' } }`. */
  messages?: ChartMessages<'pareto'>;
  /**
   * Most rows of the data table. While the chart draws at most this many bars (or columns of accounts), the
   * table has one row per bar; else `maxTableRows` groups of consecutive ranks, as equal as possible (sizes
   * differ by at most 1), and the caption says so. CSV export still lists every account. Default 100;
   * `Infinity` keeps one row per bar.
   */
  maxTableRows?: number;
  /** Width in pixels (given by the chart: the `width` prop or the container's width). */
  width: number;
  /** Height in pixels. Default 360. */
  height?: number;
  /** Margins around the plot, in pixels, merged over the measured defaults. */
  margin?: Partial<Margin>;
  /** Title of the bottom axis. Default: the catalogue's `pareto.xAxis` (none when bars are named). */
  xLabel?: string;
  /** Title of the left axis. Default: the catalogue's `pareto.value`. */
  yLabel?: string;
}

/** The keys of {@link ParetoLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const PARETO_OPTIONS = /* @__PURE__ */ optionKeys<ParetoLayoutOptions<unknown>>()([
  'data',
  'value',
  'id',
  'label',
  'cutoff',
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
export const PARETO_HEIGHT = 360;
