import type { IdField } from '@kamkit/core';
import type { ChartMessages, MessageFamily } from '../messages/catalogue';
import type { LabelField } from '../primitives/labels';
import type { Margin } from '../primitives/types';

/**
 * The layout options every chart takes, each declared here once with its documentation. A chart's options
 * interface extends this (and the groups below that it uses) and declares only its own options; it re-declares a
 * shared one only to state its own default (e.g. `height`). The key lists beside each type go into the chart's
 * `optionKeys` list, so the compiler still checks that list against the interface.
 *
 * @typeParam T - the record type of `data`.
 * @typeParam F - the chart's message family (the keys `messages` takes besides `common`).
 */
export interface CommonChartOptions<T, F extends MessageFamily> {
  /** The records to draw (usually one per account): any iterable. */
  data: Iterable<T>;
  /** BCP 47 locale of numbers, dates and (for `de-*`) of the words. Default `'en-US'`. */
  locale?: string;
  /**
   * Any words of the message catalogue, key by key: `common` (shared words) and the chart's family, e.g.
   * `{ common: { showTable: 'Tabelle zeigen' } }`. A key given here wins over the catalogue of `locale`.
   */
  messages?: ChartMessages<F>;
  /** Width in pixels (given by the chart: the `width` prop or the container's width). */
  width: number;
  /** Height in pixels. Default: the chart's own (stated on the chart). */
  height?: number;
  /**
   * Margins around the plot, in pixels, merged over the chart's defaults. A side that is not a number ≥ 0 is
   * an `INVALID_OPTION` error (the chart shows its error state).
   */
  margin?: Partial<Margin>;
}

/** The keys of {@link CommonChartOptions}: a group of a chart's `optionKeys` list. */
export const COMMON_CHART_OPTIONS = ['data', 'locale', 'messages', 'width', 'height', 'margin'] as const;

/** How a chart tells its records apart and names them. */
export interface RecordOptions<T> {
  /**
   * The id of each record: a field name or `(d, i, data) => id`. Default: the field `id`; when no record has
   * one, the record's position. Records with and without ids cannot be mixed (`INVALID_ID`).
   */
  id?: IdField<T>;
  /** The record's name, in tooltips, the table and wherever the chart names its marks. Default: the id. */
  label?: LabelField<T>;
}

/** The keys of {@link RecordOptions}. */
export const RECORD_OPTIONS = ['id', 'label'] as const;

/** How a chart writes its values. */
export interface ValueFormatOptions {
  /** ISO 4217 currency code: values are written as money. Default: plain numbers. */
  currency?: string;
  /** Overrides how a value is written everywhere except axis ticks. */
  formatValue?: (value: number) => string;
}

/** The keys of {@link ValueFormatOptions}. */
export const VALUE_FORMAT_OPTIONS = ['currency', 'formatValue'] as const;

/** The data table's size. */
export interface TableRowsOptions {
  /** Most rows of the data table (a whole number ≥ 0 or `Infinity`). Default: the chart's own (stated on it). */
  maxTableRows?: number;
}

/** The titles of a chart's two axes; a title given here wins over the catalogue's. */
export interface AxisTitleOptions {
  /** Title of the bottom (horizontal) axis. Default: the chart's catalogue title (stated on the chart). */
  xLabel?: string;
  /** Title of the left (vertical) axis. Default: the chart's catalogue title (stated on the chart). */
  yLabel?: string;
}

/** The keys of {@link AxisTitleOptions}. */
export const AXIS_TITLE_OPTIONS = ['xLabel', 'yLabel'] as const;

/**
 * The shared options of a chart of accounts with two axes and a data table (Pareto, ABC, ABC-XYZ, ABC
 * migration, Lorenz, whale curve, profit and scoring matrices): every group above.
 */
export type AccountChartOptions<T, F extends MessageFamily> = CommonChartOptions<T, F> &
  RecordOptions<T> &
  ValueFormatOptions &
  TableRowsOptions &
  AxisTitleOptions;

/**
 * The keys of {@link AccountChartOptions}: the groups' keys, written out (a spread at the top of a module is
 * kept by bundlers even where unused; a plain list is dropped).
 */
export const ACCOUNT_CHART_OPTIONS = [
  'data',
  'locale',
  'messages',
  'width',
  'height',
  'margin',
  'id',
  'label',
  'currency',
  'formatValue',
  'maxTableRows',
  'xLabel',
  'yLabel',
] as const satisfies readonly (keyof AccountChartOptions<unknown, MessageFamily>)[];
