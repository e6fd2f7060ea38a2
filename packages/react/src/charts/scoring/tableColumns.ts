import type { ResolvedCriterion, ScoreAxis, ScoreResult, ScoreRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { scoring } from '../../messages/en/scoring';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import type { HeatColumn } from '../../primitives/heatTable';
import { capitalise } from '../../primitives/text';
import { criterionName } from './matrixText';
import type { ScoringTableAxis } from './tableOptions';

/** A column of the scoring table: a criterion's rating, an axis's weighted score or the total. */
export interface ScoringColumn extends HeatColumn {
  kind: 'criterion' | 'axis' | 'total';
  /** The criterion's key (criterion columns). */
  criterion?: string;
  /** The criterion's axis, or the axis of an axis column. */
  axis?: ScoreAxis;
  /** The 0–100 score of this column for a row (`null`: the criterion's value was missing). */
  score: (row: ScoreRow<unknown>) => number | null;
  /** The raw value shown (a criterion's rating), or the score for axis and total columns. */
  raw: (row: ScoreRow<unknown>) => unknown;
}

/** The share of each criterion's weight in its axis (the weights as given, before any renormalisation). */
function weightShares(criteria: readonly ResolvedCriterion[]): Map<string, number> {
  const sums = { growth: 0, harmony: 0 };
  for (const c of criteria) sums[c.axis] += c.weight;
  return new Map(criteria.map((c) => [c.key, sums[c.axis] > 0 ? c.weight / sums[c.axis] : 0]));
}

/**
 * The columns of the scoring table for `axis`: per listed axis its criteria (header: the criterion's name,
 * subheader: its weight share, as on the template's weighting row) and the axis's weighted score; with both
 * axes, the total score last. Criterion columns are shaded by the criterion's 0–100 score.
 */
export function scoringColumns<T>(
  result: ScoreResult<T>,
  axis: ScoringTableAxis,
  axisName: { growth: string; harmony: string },
  text: MessageShape<typeof scoring>,
  format: Formatters,
): ScoringColumn[] {
  const shares = weightShares(result.criteria);
  const axes: ScoreAxis[] = axis === 'both' ? ['growth', 'harmony'] : [axis];
  const columns: ScoringColumn[] = [];
  for (const a of axes) {
    const group = capitalise(axisName[a]);
    for (const c of result.criteria) {
      if (c.axis !== a) continue;
      const find = (row: ScoreRow<unknown>) => row.contributions.find((k) => k.key === c.key);
      columns.push({
        key: `criterion:${c.key}`,
        criterion: c.key,
        kind: 'criterion',
        axis: a,
        header: criterionName(c, c.key),
        subheader: translate(text.table.weight, { share: shares.get(c.key) ?? 0 }, format),
        // A column too narrow for "weight 50%" even on two lines shows the share alone (the tooltip names it).
        subheaderShort: translate('{share:percent}', { share: shares.get(c.key) ?? 0 }, format),
        group,
        score: (row) => find(row)?.score ?? null,
        raw: (row) => find(row)?.value,
      });
    }
    columns.push({
      key: `axis:${a}`,
      kind: 'axis',
      axis: a,
      header: group,
      group,
      summary: true,
      score: (row) => row[a],
      raw: (row) => row[a],
    });
  }
  if (axis === 'both') {
    columns.push({
      key: 'total',
      kind: 'total',
      header: text.table.total,
      summary: true,
      score: (row) => row.total,
      raw: (row) => row.total,
    });
  }
  return columns;
}

/**
 * The column `sortBy` names: a column's own key (`'criterion:fit'`, `'axis:growth'`, `'total'`), an axis
 * (`'growth'`, `'harmony'`) or a criterion's key; else the last column (the total, or the axis score).
 */
export function sortColumn(columns: readonly ScoringColumn[], sortBy: string): ScoringColumn {
  return (
    columns.find((c) => c.key === sortBy) ??
    columns.find((c) => c.kind === 'axis' && c.axis === sortBy) ??
    columns.find((c) => c.criterion === sortBy) ??
    (columns[columns.length - 1] as ScoringColumn)
  );
}

/**
 * The rows in the reader's order: by `sortBy`'s score (highest first, missing last) or by name (A–Z), ties in
 * core's rank order. An unknown key sorts by the default column.
 */
export function sortRows<T>(
  rows: readonly ScoreRow<T>[],
  columns: readonly ScoringColumn[],
  sortBy: string,
  nameOf: (row: ScoreRow<T>) => string,
  locale: string,
): ScoreRow<T>[] {
  if (sortBy === 'name') {
    const collator = new Intl.Collator(locale);
    return [...rows].sort((a, b) => collator.compare(nameOf(a), nameOf(b)) || a.rank - b.rank);
  }
  const column = sortColumn(columns, sortBy);
  const key = (row: ScoreRow<T>) => column.score(row as ScoreRow<unknown>) ?? Number.NEGATIVE_INFINITY;
  return [...rows].sort((a, b) => key(b) - key(a) || a.rank - b.rank);
}
