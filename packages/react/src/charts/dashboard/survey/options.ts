import type { FieldOrAccessor, Id } from '@kamkit/core';
import type { AxisTitleOptions, CommonChartOptions, TableRowsOptions } from '../../../contract/commonOptions';
import { COMMON_CHART_OPTIONS } from '../../../contract/commonOptions';
import { optionKeys } from '../../../contract/options';

/**
 * The onboarding survey chart's layout options, each declared once: the chart's props extend this interface and
 * {@link SURVEY_OPTIONS} lists its keys (checked by the compiler).
 */
export interface SurveyLayoutOptions<T>
  extends CommonChartOptions<T, 'dashboard'>,
    TableRowsOptions,
    Pick<AxisTitleOptions, 'xLabel'> {
  /** The survey's answers: one record per respondent, question and stage. */
  data: Iterable<T>;
  /** The question asked (a string or a number). Default: the field `question`. */
  question?: FieldOrAccessor<T, unknown>;
  /** The onboarding stage the answer belongs to. Default: the field `stage`. */
  stage?: FieldOrAccessor<T, unknown>;
  /** The satisfaction score given (on `scale`). Default: the field `score`. */
  value?: FieldOrAccessor<T, unknown>;
  /** Who answered; with it, the last answer of a respondent to a question in a stage counts. Default: the field `respondent`. */
  respondent?: FieldOrAccessor<T, unknown>;
  /** `[min, max]` of the answer scale. Default `[0, 10]`. */
  scale?: readonly [number, number];
  /** The stages in process order; answers for other stages are left out. Default: every stage found. */
  stages?: readonly Id[];
  /** The questions' texts by key, e.g. `{ 'data-migration': 'How smoothly did your data migrate?' }`. Default: the key. */
  questionLabels?: Readonly<Record<string, string>>;
  /** How many question-and-stage rows the chart lists, lowest satisfaction first; the table lists all. Default 12. */
  limit?: number;
  /** Height in pixels. Default: what the rows need (30 px a row). */
  height?: number;
  /** Title of the score column. Default: the catalogue's "Mean (0–10)". */
  xLabel?: string;
}

/** The keys of {@link SurveyLayoutOptions}. */
export const SURVEY_OPTIONS = /* @__PURE__ */ optionKeys<SurveyLayoutOptions<unknown>>()(
  COMMON_CHART_OPTIONS,
  [
    'question',
    'stage',
    'value',
    'respondent',
    'scale',
    'stages',
    'questionLabels',
    'limit',
    'maxTableRows',
    'xLabel',
  ] as const,
);

/** The options the layout reads besides core's result. */
export const SURVEY_LAYOUT_KEYS = [
  'data',
  'question',
  'stage',
  'questionLabels',
  'limit',
  'maxTableRows',
  'locale',
  'messages',
  'width',
  'height',
  'margin',
  'xLabel',
] as const satisfies readonly (typeof SURVEY_OPTIONS)[number][];
