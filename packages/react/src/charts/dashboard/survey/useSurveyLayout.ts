import type { OnboardingSurveyResult, SurveyQuestionStageRow } from '@kamkit/core';
import { onboardingSurvey } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../../contract/errors';
import { attempt, checkData, checkMargin, checkSize } from '../../../contract/errors';
import { optionValues } from '../../../contract/options';
import { createFormat } from '../../../format/createFormat';
import { resolveMessages } from '../../../messages/resolve';
import { translate } from '../../../messages/translate';
import { toArray } from '../../../primitives/data';
import { formatDecimal } from '../../../primitives/decimal';
import { resolveMargin } from '../../../primitives/margin';
import { DASHBOARD_CATALOGUES } from '../plans/useMrrByPlanLayout';
import type { SurveyLayoutOptions } from './options';
import { SURVEY_LAYOUT_KEYS } from './options';
import { surveyItems, surveyRows } from './rows';
import { surveyDescription, surveyPoints, surveyTable } from './text';
import type { SurveyLayout } from './types';

/**
 * Computes the onboarding survey chart's layout from core's `onboardingSurvey`, in named stages: rows → description
 * → points and table. The first `limit` (default 12) question-and-stage groups are listed, lowest satisfaction
 * first, so the chart opens with where onboarding needs improving. Pure.
 *
 * @example
 * const layout = computeSurveyLayout(onboardingSurvey(answers), { data: answers, width: 640 });
 * layout.finding; // "Satisfaction is lowest for “data-migration” in Integration: 4.9 of 10 (23 responses)."
 */
export function computeSurveyLayout<T>(
  result: OnboardingSurveyResult<T>,
  options: Pick<SurveyLayoutOptions<T>, (typeof SURVEY_LAYOUT_KEYS)[number]>,
): SurveyLayout<T> {
  const format = createFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'dashboard', DASHBOARD_CATALOGUES);
  const text = m.family.survey;
  const score = (value: number) => formatDecimal(format.locale, value, 1);
  const labels = options.questionLabels;
  const questionOf = (row: SurveyQuestionStageRow) => {
    const key = String(row.question);
    return labels && Object.hasOwn(labels, key) ? (labels[key] as string) : key;
  };
  const limit = Math.max(0, Math.floor(options.limit ?? 12));
  const shown = result.rows.slice(0, limit);
  const margin = resolveMargin({ top: 4, right: 8, bottom: 8, left: 8 }, options.margin);
  const headings = {
    question: text.columnQuestion,
    mean:
      options.xLabel ??
      translate(text.columnScore, { min: score(result.scale[0]), max: score(result.scale[1]) }, format),
    responses: text.columnResponses,
  };
  const geometry = surveyRows({
    rows: shown,
    names: shown.map((row) =>
      translate(text.rowLabel, { question: questionOf(row), stage: String(row.stage) }, format),
    ),
    suffixes: shown.map((row) => {
      const name = translate(text.rowLabel, { question: '', stage: String(row.stage) }, format);
      return name;
    }),
    means: shown.map((row) => (row.mean === null ? text.none : score(row.mean))),
    responses: shown.map((row) => format.integer(row.responses)),
    headings,
    scale: result.scale,
    width: options.width,
    height: options.height,
    margin,
    more: shown.length < result.rows.length,
    itemOf: surveyItems(toArray(options.data), options.question, options.stage),
  });
  const described = surveyDescription({ result, shown: shown.length, m, format, score, questionOf });
  const hidden = result.rows.length - shown.length;
  return {
    result,
    format,
    width: options.width,
    height: geometry.height,
    margin,
    labels: geometry.labels,
    columns: geometry.columns,
    headings: { ...headings, question: geometry.questionHeading },
    lines: geometry.lines,
    moreLabel: hidden > 0 ? translate(text.more, { count: hidden }, format) : '',
    title: text.title,
    finding: described.finding,
    description: described.description,
    points: surveyPoints(geometry.lines, result, text, format, score),
    table: surveyTable(result, text, format, score, questionOf, {
      caption: described.finding,
      note: described.note,
      maxTableRows: options.maxTableRows,
    }),
  };
}

/**
 * The survey layout as a hook: core's `onboardingSurvey` (memoised on data, question, stage, value, respondent,
 * scale and stages), then {@link computeSurveyLayout}. Never throws: bad data, options or sizes give
 * `{ ok: false, error }`.
 */
export function useSurveyLayout<T>(options: SurveyLayoutOptions<T>): Attempt<SurveyLayout<T>> {
  const { data, question, stage, value, respondent, scale, stages } = options;
  const result = useMemo(
    () =>
      attempt(() => {
        const invalid =
          checkData(data) ??
          checkSize('width', options.width) ??
          checkSize('height', options.height) ??
          checkMargin(options.margin);
        if (invalid) throw invalid;
        return onboardingSurvey(toArray(data), { question, stage, score: value, respondent, scale, stages });
      }, 'value'),
    [data, question, stage, value, respondent, scale, stages, options.width, options.height, options.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (result.ok ? attempt(() => computeSurveyLayout(result.value, options)) : result),
    [result, ...optionValues(options, SURVEY_LAYOUT_KEYS)],
  );
}
