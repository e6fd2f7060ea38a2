import type { FieldOrAccessor, SurveyQuestionStageRow } from '@kamkit/core';
import { accessor } from '@kamkit/core';
import type { ChartItem } from '../../../contract/types';
import { measureText, truncateText } from '../../../primitives/text';
import type { Margin } from '../../../primitives/types';
import type { SurveyLine } from './types';

const ROW = 30;
const ROW_ABOVE = 40;
const HEAD = 24;
/** The shortest bar track worth drawing beside a label; below it the labels go above the bars. */
const MIN_TRACK = 60;

/** A group of answers' key: question and stage as written (`String`), as core compares them. */
const groupKey = (question: unknown, stage: unknown) =>
  `${typeof question}:${String(question)}|${typeof stage}:${String(stage)}`;

/**
 * The item of each question-and-stage row: a `'cell'` (id `'cell:<question>|<stage>'`) whose `accounts` are the
 * answers of that group (grouped once, when an item's answers are first read).
 */
export function surveyItems<T>(
  data: readonly T[],
  question: FieldOrAccessor<T, unknown> | undefined,
  stage: FieldOrAccessor<T, unknown> | undefined,
): (row: SurveyQuestionStageRow) => ChartItem<T> {
  let groups: Map<string, T[]> | undefined;
  const group = () => {
    if (groups) return groups;
    const map = new Map<string, T[]>();
    const readQuestion = accessor<T, unknown>(question ?? 'question', 'question');
    const readStage = accessor<T, unknown>(stage ?? 'stage', 'stage');
    data.forEach((d, i) => {
      const key = groupKey(readQuestion(d, i, data), readStage(d, i, data));
      const list = map.get(key);
      if (list) list.push(d);
      else map.set(key, [d]);
    });
    groups = map;
    return map;
  };
  return (row) => ({
    kind: 'cell',
    id: `cell:${String(row.question)}|${String(row.stage)}`,
    datum: null,
    get accounts() {
      return group().get(groupKey(row.question, row.stage)) ?? [];
    },
  });
}

interface RowsInput<T> {
  rows: readonly SurveyQuestionStageRow[];
  names: readonly string[];
  /** The stage part of each name (` · Integration`): kept whole when a name is shortened. */
  suffixes: readonly string[];
  means: readonly string[];
  responses: readonly string[];
  /** The column titles; `question` (over the labels) is shortened to the room the mean's title leaves it. */
  headings: { question?: string; mean: string; responses: string };
  scale: readonly [number, number];
  width: number;
  height: number | undefined;
  margin: Margin;
  more: boolean;
  itemOf: (row: SurveyQuestionStageRow) => ChartItem<T>;
}

/** `name` shortened to `room` px, its `suffix` (the stage) kept whole while the rest keeps a letter. */
function fitName(name: string, suffix: string, room: number): string {
  if (measureText(name, 12) <= room || !name.endsWith(suffix)) return truncateText(name, room, 12);
  const head = name.slice(0, name.length - suffix.length);
  const headRoom = room - measureText(suffix, 12);
  return headRoom >= measureText(`${head.slice(0, 1)}…`, 12)
    ? `${truncateText(head, headRoom, 12)}${suffix}`
    : truncateText(name, room, 12);
}

/**
 * Stage 1: the rows, lowest satisfaction first — the label (question · stage), the track of the whole answer
 * scale with the mean as a bar on it, the mean and the responses right-aligned in their columns. The label
 * column takes 45 % of the width (90–320 px); when the track would be shorter than {@link MIN_TRACK} the labels
 * go above the bars, which then take the whole width.
 */
export function surveyRows<T>(input: RowsInput<T>) {
  const { margin, width } = input;
  const right = width - margin.right;
  const inner = width - margin.left - margin.right;
  const widest = (texts: readonly string[], bold = false) => {
    let w = 0;
    for (const t of texts) w = Math.max(w, measureText(t, { size: 12, bold }));
    return Math.ceil(w);
  };
  const responsesWidth = widest([...input.responses, input.headings.responses], true) + 10;
  const meanWidth = widest([...input.means, input.headings.mean], true) + 10;
  const responsesX = right;
  const meanX = right - responsesWidth;
  const labelWidth = Math.max(90, Math.min(320, inner * 0.45));
  // The question column's title ends where the mean's right-aligned title begins: on a narrow chart it is
  // shortened with "…" rather than drawn over it (German "Frage · Phase" ran into "Mittelwert (0–10)").
  const headFont = { size: 12, bold: true };
  const questionRoom = meanX - measureText(input.headings.mean, headFont) - 8 - margin.left;
  const questionHeading = truncateText(input.headings.question ?? '', Math.max(0, questionRoom), headFont);
  const trackLeft = margin.left + labelWidth + 8;
  const trackRight = meanX - meanWidth;
  const above = trackRight - trackLeft < MIN_TRACK;
  const rowDefault = above ? ROW_ABOVE : ROW;
  const n = input.rows.length;
  const moreHeight = input.more ? 24 : 0;
  const height = input.height ?? margin.top + HEAD + Math.max(1, n) * rowDefault + moreHeight + margin.bottom;
  const rowHeight =
    n > 0 ? Math.max(18, (height - margin.top - HEAD - moreHeight - margin.bottom) / n) : rowDefault;
  const x0 = above ? margin.left : trackLeft;
  const x1 = Math.max(x0 + 1, trackRight);
  const [lo, hi] = input.scale;
  const top = margin.top + HEAD;
  const lines: SurveyLine<T>[] = input.rows.map((row, i) => {
    const y = top + i * rowHeight;
    const barHeight = Math.max(4, Math.min(14, (above ? rowHeight - 22 : rowHeight) * 0.5));
    const barY = above ? y + rowHeight - 6 - barHeight : y + (rowHeight - barHeight) / 2;
    const share = row.mean === null ? 0 : (row.mean - lo) / (hi - lo);
    const name = input.names[i] as string;
    return {
      row,
      name,
      text: fitName(name, input.suffixes[i] as string, above ? right - margin.left : labelWidth),
      y,
      height: rowHeight,
      labelY: above ? barY - 9 : barY + barHeight / 2,
      track: { x: x0, y: barY, width: x1 - x0, height: barHeight },
      bar: { x: x0, y: barY, width: Math.max(0, share) * (x1 - x0), height: barHeight },
      meanText: input.means[i] as string,
      responsesText: input.responses[i] as string,
      item: input.itemOf(row),
    };
  });
  return {
    height,
    lines,
    labels: (above ? 'above' : 'left') as 'left' | 'above',
    questionHeading,
    columns: { label: margin.left, mean: meanX, responses: responsesX, headingY: margin.top + 15 },
    bottom: top + n * rowHeight,
  };
}
