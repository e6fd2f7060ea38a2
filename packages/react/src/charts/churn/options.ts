import type {
  ChurnComparator,
  ChurnPredicateRow,
  ChurnRankBy,
  ChurnSignal,
  FieldOrAccessor,
  IdField,
  NumberField,
} from '@kamkit/core';
import { optionKeys } from '../../contract/options';
import type { ChartMessages } from '../../messages/catalogue';
import type { LabelField } from '../../primitives/labels';
import type { Margin } from '../../primitives/types';

/**
 * The churn-risk ranking's layout options, each declared once: the chart's props extend this interface,
 * {@link CHURN_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface ChurnRankingLayoutOptions<T> {
  /** The accounts: any iterable of records. */
  data: Iterable<T>;
  /** The risk signals with weights (core's `churnRisk`). Required. */
  signals: readonly ChurnSignal<T>[];
  /** Monthly recurring revenue of each account, ≥ 0: a field name or `(d, i, data) => number`. Default: the field `mrr`. */
  value?: NumberField<T>;
  /**
   * Days in the at-risk queue; a number > 0 flags the account, which is then always listed. Default: the field
   * `daysInQueue`.
   */
  daysInQueue?: NumberField<T>;
  /** The date the account was flagged (Date, epoch ms or ISO date), counted to `asOf`. Default: the field `flaggedAt`. */
  flaggedAt?: FieldOrAccessor<T, unknown>;
  /** The day `flaggedAt` is counted to. Default: now (pass it for reproducible output). */
  asOf?: Date | number | string;
  /** Importance: a tier `'A' | 'B' | 'C'` or a rank (1 = most important). Default: the ABC tier of MRR. */
  importance?: FieldOrAccessor<T, unknown>;
  /** Thresholds `[medium, high]` on the 0–100 risk. Default `[33, 66]`. */
  levels?: readonly [number, number];
  /** Which accounts join the queue by their risk, besides the flagged ones. Default: risk level `'high'`. */
  atRisk?: (row: ChurnPredicateRow<T>) => boolean;
  /** Churn probability 0–1, for the expected loss. Default: none. */
  probability?: NumberField<T>;
  /**
   * Order of the queue: `'importance'` (default: ABC tier, then days in the queue, longest first), `'mrr'`,
   * `'expected-loss'`, `'risk'`, `'waiting'`, or a comparator.
   */
  rankBy?: ChurnRankBy | ChurnComparator<T>;
  /**
   * The id of each account. Default: the field `id`; when no record has one, the record's position. Records with
   * and without ids cannot be mixed (`INVALID_ID`).
   */
  id?: IdField<T>;
  /** The account's name, in the rows, tooltips and the table. Default: the id. */
  label?: LabelField<T>;
  /** Names of the signals for tooltips, by key (data, shown as text). Default: the key in words ("usageDrop" → "usage drop"). */
  signalLabels?: Readonly<Record<string, string>>;
  /** How many accounts the chart lists; the rest are counted in a note ("and 12 more"). Default 10. */
  limit?: number;
  /** The data table lists at most this many accounts (a whole number ≥ 0 or `Infinity`). Default 500. */
  maxTableRows?: number;
  /** BCP 47 locale of numbers and (for `de-*`) of the words. Default `'en-US'`. */
  locale?: string;
  /** ISO 4217 currency code: MRR is written as money. Default: plain numbers. */
  currency?: string;
  /** Overrides how a value is written. */
  formatValue?: (value: number) => string;
  /** Any words of the catalogue (`common` and `churn`), e.g. `{ churn: { title: 'Gefährdet' } }`. */
  messages?: ChartMessages<'churn'>;
  /** Width in pixels (given by the chart: the `width` prop or the container's width). */
  width: number;
  /** Height in pixels. Default: what the rows need (28 px a row). */
  height?: number;
  /** Margins around the rows, in pixels, merged over the defaults. */
  margin?: Partial<Margin>;
}

/** The keys of {@link ChurnRankingLayoutOptions}: the props split and the layout memo derive from it. */
export const CHURN_OPTIONS = /* @__PURE__ */ optionKeys<ChurnRankingLayoutOptions<unknown>>()([
  'data',
  'signals',
  'value',
  'daysInQueue',
  'flaggedAt',
  'asOf',
  'importance',
  'levels',
  'atRisk',
  'probability',
  'rankBy',
  'id',
  'label',
  'signalLabels',
  'limit',
  'maxTableRows',
  'locale',
  'currency',
  'formatValue',
  'messages',
  'width',
  'height',
  'margin',
] as const);

/** The options core's `churnRisk` reads (the analysis memo depends on them). */
export const CHURN_ANALYSIS_KEYS = [
  'data',
  'signals',
  'value',
  'daysInQueue',
  'flaggedAt',
  'asOf',
  'importance',
  'levels',
  'atRisk',
  'probability',
  'rankBy',
  'id',
] as const satisfies readonly (typeof CHURN_OPTIONS)[number][];

/** The options the layout reads besides core's result (the layout memo depends on them). */
export const CHURN_LAYOUT_KEYS = [
  'data',
  'label',
  'signalLabels',
  'limit',
  'maxTableRows',
  'locale',
  'currency',
  'formatValue',
  'messages',
  'width',
  'height',
  'margin',
] as const satisfies readonly (typeof CHURN_OPTIONS)[number][];
