import type {
  ChurnComparator,
  ChurnPredicateRow,
  ChurnRankBy,
  ChurnSignal,
  FieldOrAccessor,
  NumberField,
} from '@kamkit/core';
import type {
  CommonChartOptions,
  RecordOptions,
  TableRowsOptions,
  ValueFormatOptions,
} from '../../contract/commonOptions';
import { COMMON_CHART_OPTIONS, RECORD_OPTIONS, VALUE_FORMAT_OPTIONS } from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';

/**
 * The churn-risk ranking's layout options, each declared once: the chart's props extend this interface,
 * {@link CHURN_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and memoises
 * its layout by that list.
 */
export interface ChurnRankingLayoutOptions<T>
  extends CommonChartOptions<T, 'churn'>,
    RecordOptions<T>,
    ValueFormatOptions,
    TableRowsOptions {
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
  /** Names of the signals for tooltips, by key (data, shown as text). Default: the key in words ("usageDrop" → "usage drop"). */
  signalLabels?: Readonly<Record<string, string>>;
  /** How many accounts the chart lists; the rest are counted in a note ("and 12 more"). Default 10. */
  limit?: number;
  /** The data table lists at most this many accounts (a whole number ≥ 0 or `Infinity`). Default 500. */
  maxTableRows?: number;
  /** Height in pixels. Default: what the rows need (28 px a row). */
  height?: number;
}

/** The keys of {@link ChurnRankingLayoutOptions}: the props split and the layout memo derive from it. */
export const CHURN_OPTIONS = /* @__PURE__ */ optionKeys<ChurnRankingLayoutOptions<unknown>>()(
  COMMON_CHART_OPTIONS,
  RECORD_OPTIONS,
  VALUE_FORMAT_OPTIONS,
  [
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
    'signalLabels',
    'limit',
    'maxTableRows',
  ] as const,
);

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
