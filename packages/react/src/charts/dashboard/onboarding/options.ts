import type { FieldOrAccessor, NumberField, OnboardingStage } from '@kamkit/core';
import type { CommonChartOptions, RecordOptions, ValueFormatOptions } from '../../../contract/commonOptions';
import { COMMON_CHART_OPTIONS, RECORD_OPTIONS, VALUE_FORMAT_OPTIONS } from '../../../contract/commonOptions';
import { optionKeys } from '../../../contract/options';

/**
 * The onboarding chart's layout options, each declared once: the chart's props extend this interface and
 * {@link ONBOARDING_OPTIONS} lists its keys (checked by the compiler).
 */
export interface OnboardingLayoutOptions<T>
  extends CommonChartOptions<T, 'dashboard'>,
    RecordOptions<T>,
    ValueFormatOptions {
  /** The account's current stage. Default: the field `status`. */
  status?: FieldOrAccessor<T, unknown>;
  /** The stages in process order, first to last (the last is the goal, e.g. `'Live'`). Required. */
  stages: readonly OnboardingStage[];
  /** The account's satisfaction survey score (e.g. 0–10; missing = no survey). Without it no satisfaction column. */
  satisfaction?: NumberField<T>;
  /** The satisfaction scale `[min, max]`. Default `[0, 10]`. */
  satisfactionScale?: readonly [number, number];
  /** ISO 4217 currency code (accepted for symmetry; the chart shows counts). */
  currency?: string;
  /** Height in pixels. Default: 34 px a row plus the header. */
  height?: number;
}

/** The keys of {@link OnboardingLayoutOptions}. */
export const ONBOARDING_OPTIONS = /* @__PURE__ */ optionKeys<OnboardingLayoutOptions<unknown>>()(
  COMMON_CHART_OPTIONS,
  RECORD_OPTIONS,
  VALUE_FORMAT_OPTIONS,
  ['status', 'stages', 'satisfaction', 'satisfactionScale'] as const,
);

/** The options the layout reads besides core's result. */
export const ONBOARDING_LAYOUT_KEYS = [
  'data',
  'label',
  'satisfaction',
  'satisfactionScale',
  'locale',
  'currency',
  'formatValue',
  'messages',
  'width',
  'height',
  'margin',
] as const satisfies readonly (typeof ONBOARDING_OPTIONS)[number][];
