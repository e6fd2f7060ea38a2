import type { ResolvedCriterion, ScoreResult, ScoreRow } from '@kamkit/core';
import { leftOutNote } from '../../contract/excluded';
import type { Formatters } from '../../format/createFormat';
import type { common } from '../../messages/en/common';
import type { scoring } from '../../messages/en/scoring';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { bubblePoint, sizeLine } from '../../primitives/quadrantLayout';
import { capitalise } from '../../primitives/text';
import type { ExplorerPoint } from '../../primitives/types';
import type { ScoringLayout } from './matrixTypes';

/** What the scoring matrix's text stages need. */
export interface ScoringTextInput<T> {
  result: ScoreResult<T>;
  names: readonly string[];
  sizes: readonly (number | null)[];
  sized: boolean;
  growthName: string;
  harmonyName: string;
  formatScore: (value: number) => string;
  text: MessageShape<typeof scoring>;
  common: MessageShape<typeof common>;
  format: Formatters;
}

/** A criterion's name for people: its `label`, else its key. */
export function criterionName(criterion: Pick<ResolvedCriterion, 'key' | 'label'> | undefined, key: string) {
  return criterion?.label ?? key;
}

/** "Revenue potential missing, Culture above its scale": the row's value issues in words. */
export function issueText<T>(row: ScoreRow<T>, input: ScoringTextInput<T>): string {
  const byKey = new Map(input.result.criteria.map((c) => [c.key, c]));
  const words = input.text.issue as Record<string, string>;
  return row.issues
    .map((issue) =>
      translate(
        words[issue.reason] ?? input.text.issue.missing,
        { name: criterionName(byKey.get(issue.key), issue.key) },
        input.format,
      ),
    )
    .join(', ');
}

/** "1 account left out (no usable harmony criterion)." — core's exclusions by axis, or '' when none. */
function excludedNote<T>(input: ScoringTextInput<T>): string {
  const excluded = input.result.excluded;
  if (excluded.length === 0) return '';
  const axes = new Set(excluded.flatMap((e) => e.axes));
  const names = [...axes].map((axis) => (axis === 'growth' ? input.growthName : input.harmonyName));
  const list = new Intl.ListFormat(input.format.locale, { type: 'disjunction' }).format(names);
  // Development builds also name the criteria (through the shared note's warning).
  leftOutNote(excluded, 'criteria', input.common, input.format);
  return translate(input.text.excluded, { count: excluded.length, axes: list }, input.format);
}

/**
 * Stage 3: the finding ("47 of 150 accounts are in the Key quadrant; the highest total score is …"), the
 * description (the other quadrants, the axes and split, incomplete scores, what was left out by reason) and the
 * table's note.
 */
export function scoringDescription<T>(input: ScoringTextInput<T>) {
  const { result, names, text, format, formatScore } = input;
  const rows = result.rows;
  const n = rows.length;
  const words = text.matrix;
  const note = excludedNote(input);
  const incompleteCount = rows.filter((r) => r.incomplete).length;
  const incomplete =
    incompleteCount > 0 ? translate(text.incomplete, { count: incompleteCount }, format) : '';
  const tableNote = [incomplete, note].filter(Boolean).join(' ');
  if (n === 0) {
    const finding = result.excluded.length > 0 ? words.emptyExcluded : words.emptyNone;
    return { finding, description: [finding, note].filter(Boolean).join(' '), note: tableNote };
  }
  const key = result.quadrants['high-high'];
  const top = rows[0] as ScoreRow<T>;
  // "1 of 1 accounts" would follow the key count alone; one account gets its own singular sentence.
  const finding = translate(
    n === 1 ? text.findingOfOne : text.finding,
    {
      inKey: result.counts[key.key] ?? 0,
      count: n,
      quadrant: key.label,
      name: names[0] as string,
      score: formatScore(top.total),
    },
    format,
  );
  const others = (['high-low', 'low-high', 'low-low'] as const)
    .map((p) =>
      translate(
        text.restItem,
        { name: result.quadrants[p].label, count: result.counts[result.quadrants[p].key] ?? 0 },
        format,
      ),
    )
    .join(', ');
  const split =
    result.split.growth === result.split.harmony
      ? formatScore(result.split.growth)
      : translate(
          text.splitBoth,
          { growth: formatScore(result.split.growth), harmony: formatScore(result.split.harmony) },
          format,
        );
  const axes = translate(text.axes, { growth: input.growthName, harmony: input.harmonyName, split }, format);
  const description = [finding, `${others}.`, axes, incomplete, note].filter(Boolean).join(' ');
  return { finding, description, note: tableNote };
}

/**
 * Stage 4: one explorer point per bubble in reading order (left to right), carrying the account's item; its
 * tooltip gives both scores, the total and rank, the quadrant, the size and any value issues.
 */
export function scoringPoints<T>(
  input: ScoringTextInput<T>,
  marks: ScoringLayout<T>['marks'],
  readingOrder: readonly number[],
): ExplorerPoint[] {
  const { result, names, sizes, text, format, formatScore } = input;
  const rows = result.rows;
  const n = rows.length;
  return readingOrder.map((i) => {
    const row = rows[i] as ScoreRow<T>;
    const mark = marks[i] as ScoringLayout<T>['marks'][number];
    const lines = [
      translate(
        text.tooltipScores,
        {
          growthName: capitalise(input.growthName),
          growth: formatScore(row.growth),
          harmonyName: capitalise(input.harmonyName),
          harmony: formatScore(row.harmony),
        },
        format,
      ),
      translate(text.tooltipTotal, { total: formatScore(row.total), rank: row.rank, count: n }, format),
      translate(text.matrix.inQuadrant, { name: result.quadrants[row.quadrant.position].label }, format),
    ];
    if (input.sized) lines.push(sizeLine(sizes[i], text.matrix, format));
    if (row.issues.length > 0) {
      const kind = row.incomplete ? text.incompleteWord : text.clampedWord;
      lines.push(translate(text.tooltipIssues, { kind, issues: issueText(row, input) }, format));
    }
    return bubblePoint(mark, names[i] as string, lines, mark.item);
  });
}
