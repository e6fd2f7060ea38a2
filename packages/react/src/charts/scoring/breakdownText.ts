import type { Contribution, ScoreAxis, ScoreExcluded, ScoreResult, ScoreRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { scoring } from '../../messages/en/scoring';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { formatDecimal } from '../../primitives/decimal';
import { capitalise } from '../../primitives/text';
import type { ExplorerPoint, Margin } from '../../primitives/types';
import type { BreakdownColumns, BreakdownLine } from './breakdownTypes';

/** What the breakdown's text stages need. */
export interface BreakdownTextInput<T> {
  result: ScoreResult<T>;
  row: ScoreRow<T> | undefined;
  excluded: ScoreExcluded<T> | undefined;
  wanted: string | number | undefined;
  name: string;
  axisName: { growth: string; harmony: string };
  nameOfCriterion: (key: string) => string;
  quadrantOf: (row: ScoreRow<T>) => string;
  formatScore: (value: number) => string;
  text: MessageShape<typeof scoring>;
  format: Formatters;
}

/** "Alpha and Beta": names joined as the locale writes a list. */
const listOf = (names: readonly string[], locale: string) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);

/** What the description adds after the finding: the largest contribution, dropped and clamped criteria. */
function details<T>(input: BreakdownTextInput<T>, row: ScoreRow<T>): string[] {
  const { text, format, formatScore, axisName } = input;
  const words = text.breakdown;
  const out: string[] = [];
  let best: Contribution | undefined;
  for (const c of row.contributions)
    if (c.score !== null && (!best || c.totalContribution > best.totalContribution)) best = c;
  if (best) {
    const params = {
      criterion: input.nameOfCriterion(best.key),
      points: formatScore(best.contribution),
      axis: axisName[best.axis],
    };
    out.push(translate(words.best, params, format));
  }
  const dropped = row.contributions.filter((c) => c.score === null);
  for (const axis of ['growth', 'harmony'] as const) {
    const names = dropped.filter((c) => c.axis === axis).map((c) => input.nameOfCriterion(c.key));
    if (names.length > 0) {
      out.push(
        translate(
          words.dropped,
          { count: names.length, names: listOf(names, format.locale), axis: axisName[axis] },
          format,
        ),
      );
    }
  }
  const clamped = row.contributions.filter((c) => c.clamped).map((c) => input.nameOfCriterion(c.key));
  if (clamped.length > 0) out.push(translate(words.clamped, { names: clamped.join(', ') }, format));
  return out;
}

/**
 * Stage 3: the finding ("Acme scores 78.3 of 100 (rank 1 of 150, Key): growth potential 81.0, harmony 75.5."),
 * the description (the largest contribution, dropped and clamped criteria) and the headline.
 */
export function breakdownDescription<T>(input: BreakdownTextInput<T>) {
  const { row, excluded, text, format, formatScore, axisName, name } = input;
  const words = text.breakdown;
  const n = input.result.rows.length;
  if (row) {
    const scores = {
      name,
      total: formatScore(row.total),
      rank: row.rank,
      count: n,
      quadrant: input.quadrantOf(row),
      growthName: axisName.growth,
      growth: formatScore(row.growth),
      harmonyName: axisName.harmony,
      harmony: formatScore(row.harmony),
    };
    const finding = translate(words.finding, scores, format);
    const headline = {
      score: formatScore(row.total),
      of: translate(words.headlineOf, { name }, format),
      detail: translate(
        words.headline,
        { ...scores, growthName: capitalise(axisName.growth), harmonyName: capitalise(axisName.harmony) },
        format,
      ),
    };
    return { finding, description: [finding, ...details(input, row)].join(' '), headline };
  }
  const finding = excluded
    ? translate(
        words.unscored,
        { name, axes: excluded.axes.map((a: ScoreAxis) => axisName[a]).join(' / ') },
        format,
      )
    : input.wanted !== undefined && (n > 0 || input.result.excluded.length > 0)
      ? translate(words.noAccount, { id: String(input.wanted) }, format)
      : words.empty;
  return { finding, description: finding, headline: { score: '', of: '', detail: '' } };
}

/** The tooltip lines of one breakdown line. */
function tooltipLines<T>(input: BreakdownTextInput<T>, line: BreakdownLine): string[] {
  const { text, format, formatScore, axisName } = input;
  const words = text.breakdown;
  const row = input.row as ScoreRow<T>;
  const c = line.contribution;
  if (line.kind === 'total') {
    return [
      translate(
        words.tipTotal,
        { total: formatScore(line.value), rank: row.rank, count: input.result.rows.length },
        format,
      ),
      translate(words.tipQuadrant, { quadrant: input.quadrantOf(row) }, format),
    ];
  }
  if (line.kind === 'axis') {
    return [
      translate(words.tipAxis, { score: formatScore(line.value) }, format),
      translate(words.tipAxisWeight, { weight: line.weightText }, format),
    ];
  }
  if (!c) return [];
  const axis = axisName[c.axis];
  if (c.score === null) {
    const value = c.value === undefined || c.value === null ? words.missing : String(c.value);
    return [translate(words.tipValue, { value }, format), translate(words.tipNotScored, { axis }, format)];
  }
  return [
    translate(
      c.clamped ? words.tipScoreClamped : words.tipScore,
      { value: line.ratingText, score: formatScore(c.score) },
      format,
    ),
    translate(
      words.tipWeight,
      { weight: formatDecimal(format.locale, c.weight, 3), share: c.weightShare, axis },
      format,
    ),
    translate(
      words.tipContribution,
      { points: formatScore(c.contribution), axis, total: formatScore(c.totalContribution) },
      format,
    ),
  ];
}

/** Stage 4: one explorer point per line (the band's full width highlighted), carrying the line's item. */
export function breakdownPoints<T>(
  input: BreakdownTextInput<T>,
  lines: readonly BreakdownLine[],
  geometry: { columns: BreakdownColumns; margin: Margin; width: number },
): ExplorerPoint[] {
  const { columns, margin, width } = geometry;
  return lines.map((line) => ({
    x: (columns.bar0 + columns.bar1) / 2,
    y: line.y + line.height / 2,
    box: {
      x: margin.left - 4,
      y: line.y,
      width: width - margin.left - margin.right + 8,
      height: line.height,
    },
    title:
      line.kind === 'criterion'
        ? translate(
            input.text.breakdown.criterionTitle,
            { name: line.name, axis: input.axisName[line.axis as ScoreAxis] },
            input.format,
          )
        : capitalise(line.name),
    lines: tooltipLines(input, line),
    item: line.item,
  }));
}
