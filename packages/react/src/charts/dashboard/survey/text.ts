import type { OnboardingSurveyResult, SurveyQuestionStageRow } from '@kamkit/core';
import { leftOutNote } from '../../../contract/excluded';
import type { Formatters } from '../../../format/createFormat';
import type { dashboard } from '../../../messages/en/dashboard';
import type { ResolvedMessages } from '../../../messages/resolve';
import { translate } from '../../../messages/translate';
import { columnHelper, tableFromColumns } from '../../../primitives/table';
import type { ExplorerPoint } from '../../../primitives/types';
import type { SurveyLine } from './types';

interface TextInput<T> {
  result: OnboardingSurveyResult<T>;
  shown: number;
  m: ResolvedMessages<typeof dashboard>;
  format: Formatters;
  /** A score on the answer scale as written ("4.9"). */
  score: (value: number) => string;
  questionOf: (row: SurveyQuestionStageRow) => string;
}

/**
 * Stage 2: the finding (where satisfaction is lowest: "Satisfaction is lowest for “How smoothly did your data
 * migrate?” in Integration: 4.9 of 10 (23 responses)."), then the overall mean, what is not listed, the groups
 * without responses and the answers left out, by reason.
 */
export function surveyDescription<T>(input: TextInput<T>) {
  const { result, m, format, score } = input;
  const text = m.family.survey;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const max = score(result.scale[1]);
  const lowest = result.rows[0];
  const finding =
    lowest === undefined || lowest.mean === null
      ? text.empty
      : t(text.finding, {
          question: input.questionOf(lowest),
          stage: String(lowest.stage),
          mean: score(lowest.mean),
          max,
          count: lowest.responses,
        });
  const parts = [finding];
  if (result.overall.mean !== null) {
    parts.push(t(text.overall, { mean: score(result.overall.mean), max, count: result.overall.responses }));
  }
  const n = result.rows.length;
  if (input.shown < n) parts.push(t(text.listed, { shown: input.shown, count: n, more: n - input.shown }));
  const silent = result.rows.filter((row) => row.responses === 0).length;
  if (silent > 0 && lowest?.mean !== null) parts.push(t(text.noResponses, { count: silent }));
  const note = leftOutNote(result.excluded, 'question', m.common, format);
  if (note) parts.push(note);
  return { finding, description: parts.join(' '), note };
}

/** Stage 3a: one explorer point per listed row, with its item: mean and satisfaction, range, responses, skipped. */
export function surveyPoints<T>(
  lines: readonly SurveyLine<T>[],
  result: OnboardingSurveyResult<T>,
  text: ResolvedMessages<typeof dashboard>['family']['survey'],
  format: Formatters,
  score: (value: number) => string,
): ExplorerPoint[] {
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const max = score(result.scale[1]);
  return lines.map((line) => {
    const { row } = line;
    const info: string[] = [];
    if (row.mean !== null && row.satisfaction !== null) {
      info.push(t(text.tooltipMean, { mean: score(row.mean), max, share: row.satisfaction }));
    }
    if (row.lowest !== null && row.highest !== null) {
      info.push(t(text.tooltipRange, { lowest: score(row.lowest), highest: score(row.highest) }));
    }
    info.push(t(text.tooltipResponses, { count: row.responses }));
    if (row.unanswered > 0 || row.invalid > 0) {
      info.push(t(text.tooltipSkipped, { unanswered: row.unanswered, invalid: row.invalid }));
    }
    return {
      item: line.item,
      x: line.bar.x + line.bar.width,
      y: line.y + line.height / 2,
      box: { x: line.track.x, y: line.track.y, width: line.track.width, height: line.track.height },
      title: line.name,
      lines: info,
    };
  });
}

/**
 * Stage 3b: the data table from column definitions — every question and stage, lowest satisfaction first:
 * question, stage, mean, satisfaction (0–100 %), responses, skipped and invalid answers.
 */
export function surveyTable<T>(
  result: OnboardingSurveyResult<T>,
  text: ResolvedMessages<typeof dashboard>['family']['survey'],
  format: Formatters,
  score: (value: number) => string,
  questionOf: (row: SurveyQuestionStageRow) => string,
  options: { caption: string; note: string; maxTableRows: number | undefined },
) {
  const column = columnHelper<SurveyQuestionStageRow>();
  const orNone = (v: number | null, write: (n: number) => string) => (v === null ? text.none : write(v));
  const columns = [
    column({ key: 'question', header: text.question, value: (row) => questionOf(row) }),
    column({ key: 'stage', header: text.stage, value: (row) => String(row.stage) }),
    column({
      key: 'mean',
      header: text.mean,
      value: (row) => row.mean,
      format: (v) => orNone(v, score),
      numeric: true,
    }),
    column({
      key: 'satisfaction',
      header: text.satisfaction,
      value: (row) => row.satisfaction,
      format: (v) => orNone(v, (n) => format.percent(n)),
      numeric: true,
    }),
    column({
      key: 'responses',
      header: text.responses,
      value: (row) => row.responses,
      format: (v) => format.integer(v),
    }),
    column({
      key: 'unanswered',
      header: text.unanswered,
      value: (row) => row.unanswered,
      format: (v) => format.integer(v),
    }),
    column({
      key: 'invalid',
      header: text.invalid,
      value: (row) => row.invalid,
      format: (v) => format.integer(v),
    }),
  ];
  return tableFromColumns(result.rows, columns, {
    caption: options.caption,
    ...(options.maxTableRows === undefined ? {} : { maxTableRows: options.maxTableRows }),
    ...(options.note ? { note: options.note } : {}),
  });
}
