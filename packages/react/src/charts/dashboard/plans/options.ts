import type { FieldOrAccessor, NumberField } from '@kamkit/core';
import type {
  AxisTitleOptions,
  CommonChartOptions,
  ValueFormatOptions,
} from '../../../contract/commonOptions';
import {
  AXIS_TITLE_OPTIONS,
  COMMON_CHART_OPTIONS,
  VALUE_FORMAT_OPTIONS,
} from '../../../contract/commonOptions';
import { optionKeys } from '../../../contract/options';
import type { Period } from '../../../primitives/periods';

/**
 * The MRR-by-plan chart's layout options, each declared once: the chart's props extend this interface and
 * {@link MRR_BY_PLAN_OPTIONS} lists its keys (checked by the compiler).
 */
export interface MrrByPlanLayoutOptions<T>
  extends CommonChartOptions<T, 'dashboard'>,
    ValueFormatOptions,
    AxisTitleOptions {
  /** Records, usually one per account and period (e.g. month), each with its plan and MRR. */
  data: Iterable<T>;
  /** The period of each record: an ISO month `'2024-03'`, a `Date` or a number. Default: the field `period`. */
  period?: FieldOrAccessor<T, unknown>;
  /** The plan of each record. Default: the field `plan`. */
  plan?: FieldOrAccessor<T, unknown>;
  /** MRR of each record (finite, ≥ 0): a field name or `(d, i, data) => number`. Default: the field `mrr`. */
  value?: NumberField<T>;
  /**
   * The plans lowest first, e.g. `['Basic', 'Standard', 'Premium']`: the first is stacked at the bottom, the last
   * on top, and colours follow this order. Plans not listed follow by total MRR. Default: all plans by total MRR
   * descending (the largest at the bottom).
   */
  plans?: readonly string[];
  /** Periods shown even without records (zero-filled), e.g. every month of the year. */
  periods?: readonly Period[];
  /** The most plans drawn as their own series (1–1,000); the others are merged into one. Default 20. */
  maxPlans?: number;
  /**
   * The plan to highlight (e.g. the upsell plan): outlined, labelled in the plot and named in the description.
   * Default: the last of `plans` when `plans` is given, else none; `null` for none.
   */
  highlight?: string | null;
  /** `'area'` (stacked areas) or `'bar'` (stacked bars). Default: `'bar'` for up to 12 periods, else `'area'`. */
  mark?: 'area' | 'bar';
  /** Height in pixels. Default 320. */
  height?: number;
  /** Title of the bottom axis. Default: none (months are self-explanatory). */
  xLabel?: string;
  /** Title of the left axis. Default: the catalogue's `dashboard.plans.value` ("MRR"). */
  yLabel?: string;
}

/** The keys of {@link MrrByPlanLayoutOptions}. */
export const MRR_BY_PLAN_OPTIONS = /* @__PURE__ */ optionKeys<MrrByPlanLayoutOptions<unknown>>()(
  COMMON_CHART_OPTIONS,
  VALUE_FORMAT_OPTIONS,
  AXIS_TITLE_OPTIONS,
  ['period', 'plan', 'value', 'plans', 'periods', 'maxPlans', 'highlight', 'mark'] as const,
);

/** The options the layout reads besides core's result. */
export const MRR_BY_PLAN_LAYOUT_KEYS = [
  'data',
  'period',
  'plans',
  'highlight',
  'mark',
  'locale',
  'currency',
  'formatValue',
  'messages',
  'width',
  'height',
  'margin',
  'xLabel',
  'yLabel',
] as const satisfies readonly (typeof MRR_BY_PLAN_OPTIONS)[number][];

/** Default height of the chart. */
export const MRR_BY_PLAN_HEIGHT = 320;

/** The id of a plan's series (legend entry, hidden series): `'series:<plan>'`. */
export const planSeriesId = (plan: string) => `series:${plan}`;
