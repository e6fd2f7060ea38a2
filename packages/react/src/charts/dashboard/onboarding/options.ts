import type { FieldOrAccessor, IdField, NumberField, OnboardingStage } from '@kamkit/core';
import { optionKeys } from '../../../contract/options';
import type { ChartMessages } from '../../../messages/catalogue';
import type { LabelField } from '../../../primitives/labels';
import type { Margin } from '../../../primitives/types';

/**
 * The onboarding chart's layout options, each declared once: the chart's props extend this interface and
 * {@link ONBOARDING_OPTIONS} lists its keys (checked by the compiler).
 */
export interface OnboardingLayoutOptions<T> {
  /** The accounts. */
  data: Iterable<T>;
  /**
   * The id of each account. Default: the field `id`; when no record has one, the record's position. Records with
   * and without ids cannot be mixed (`INVALID_ID`). Ids must be unique.
   */
  id?: IdField<T>;
  /** The account's current stage. Default: the field `status`. */
  status?: FieldOrAccessor<T, unknown>;
  /** The stages in process order, first to last (the last is the goal, e.g. `'Live'`). Required. */
  stages: readonly OnboardingStage[];
  /** The account's name, for tooltips. Default: the id. */
  label?: LabelField<T>;
  /** The account's satisfaction survey score (e.g. 0–10; missing = no survey). Without it no satisfaction column. */
  satisfaction?: NumberField<T>;
  /** The satisfaction scale `[min, max]`. Default `[0, 10]`. */
  satisfactionScale?: readonly [number, number];
  /** BCP 47 locale of numbers and (for `de-*`) the words. Default `'en-US'`. */
  locale?: string;
  /** ISO 4217 currency code (accepted for symmetry; the chart shows counts). */
  currency?: string;
  /** Overrides how a value is written. */
  formatValue?: (value: number) => string;
  /** Any words of the catalogue (`common` and `dashboard`), e.g. `{ dashboard: { onboarding: { accounts: 'Kunden' } } }`. */
  messages?: ChartMessages<'dashboard'>;
  /** Width in pixels (given by the chart: the `width` prop or the container's width). */
  width: number;
  /** Height in pixels. Default: 34 px a row plus the header. */
  height?: number;
  /** Margins around the bars, in pixels, merged over the defaults. */
  margin?: Partial<Margin>;
}

/** The keys of {@link OnboardingLayoutOptions}. */
export const ONBOARDING_OPTIONS = /* @__PURE__ */ optionKeys<OnboardingLayoutOptions<unknown>>()([
  'data',
  'id',
  'status',
  'stages',
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
] as const);

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
