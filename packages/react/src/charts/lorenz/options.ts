import type { IdField, NumberField } from '@kamkit/core';
import { optionKeys } from '../../contract/options';
import type { ChartMessages } from '../../messages/catalogue';
import type { LabelField } from '../../primitives/labels';
import type { Margin } from '../../primitives/types';

/** Which Gini coefficient the chart states: core's population Gini, or the small-sample corrected one. */
export type GiniVariant = 'population' | 'corrected';

/**
 * The Lorenz chart's layout options, each declared once: the chart's props extend this interface,
 * {@link LORENZ_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface LorenzLayoutOptions<T> {
  /** The accounts: any iterable of records. */
  data: Iterable<T>;
  /** The value of each account (e.g. revenue): a field name or `(d, i, data) => number`. Default: the field `value`. */
  value?: NumberField<T>;
  /**
   * The id of each account. Default: the field `id`; when no record has one, the record's position. Records
   * with and without ids cannot be mixed (`INVALID_ID`).
   */
  id?: IdField<T>;
  /** The account's name, for tooltips and the table. Default: the id. */
  label?: LabelField<T>;
  /**
   * The Gini coefficient stated: `'population'` (default; core's `gini`, at most 1 − 1/n) or `'corrected'`
   * (`giniCorrected` = gini · n/(n − 1), which reaches 1 when one account has everything; falls back to the
   * population Gini for a single account).
   */
  gini?: GiniVariant;
  /** BCP 47 locale of numbers and (for `de-*`) of the words. Default `'en-US'`. */
  locale?: string;
  /** ISO 4217 currency code: values are written as money. Default: plain numbers. */
  currency?: string;
  /** Overrides how a value is written everywhere except axis ticks. */
  formatValue?: (value: number) => string;
  /** Any words of the catalogue (`common` and `lorenz`), e.g. `{ lorenz: { value: 'MRR' } }`. */
  messages?: ChartMessages<'lorenz'>;
  /**
   * Most rows of the data table (the accounts smallest first; the deciles when the curve is binned). Default:
   * all. A whole number ≥ 0 or `Infinity`, else the chart shows its error state (`INVALID_OPTION`).
   */
  maxTableRows?: number;
  /** Width in pixels (given by the chart: the `width` prop or the container's width). */
  width: number;
  /** Height in pixels. Default 400. */
  height?: number;
  /** Margins around the plot, in pixels, merged over the measured defaults. */
  margin?: Partial<Margin>;
  /** Title of the bottom axis. Default: the longest of the catalogue's `xAxis…` titles that fits. */
  xLabel?: string;
  /** Title of the left axis. Default: the longest of the catalogue's `yAxis…` titles that fits. */
  yLabel?: string;
}

/** The keys of {@link LorenzLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const LORENZ_OPTIONS = /* @__PURE__ */ optionKeys<LorenzLayoutOptions<unknown>>()([
  'data',
  'value',
  'id',
  'label',
  'gini',
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
export const LORENZ_HEIGHT = 400;
