import type { Id } from './accessor';
import { gte } from './numeric';
import { quadrantPosition } from './quadrants';
import type { Contribution, Criterion, ScoreExcluded, ScoreRow, ValueIssue } from './score.types';
import type { ScoreSettings } from './scoreOptions';
import { AXES } from './scoreOptions';
import type { CriterionTable } from './weighted';
import { clampScore } from './weighted';

/**
 * @internal The weighing and classifying stage of `score`: per account, the weighted mean of the criterion
 * scores it has on each axis (weights renormalised over those), the total by the axis weights, the
 * contributions and the quadrant (a score at the split counts as high); an account without a usable criterion of
 * positive weight on an axis is excluded instead. Rows in input order, not yet ranked (`rank` 0).
 */
export function weighAccounts<T>(
  array: readonly T[],
  ids: readonly Id[],
  settings: ScoreSettings<T>,
  table: CriterionTable,
): { rows: ScoreRow<T>[]; excluded: ScoreExcluded<T>[] } {
  const { criteria, weights, scaledAxisWeights: aw, split, quadrants } = settings;
  const axisShare = {
    growth: aw.growth / (aw.growth + aw.harmony),
    harmony: aw.harmony / (aw.growth + aw.harmony),
  };
  const rows: ScoreRow<T>[] = [];
  const excluded: ScoreExcluded<T>[] = [];
  for (let i = 0; i < array.length; i++) {
    const weightSum = { growth: 0, harmony: 0 };
    const issues: ValueIssue[] = [];
    let incomplete = false;
    let outOfScale = false;
    for (let c = 0; c < criteria.length; c++) {
      const s = table.scores[c]?.[i];
      const issue = table.issues[c]?.[i] ?? null;
      if (issue !== null) {
        issues.push({ key: (criteria[c] as Criterion<T>).key, value: table.raw[c]?.[i], reason: issue });
        if (issue === 'missing' || issue === 'non-finite') incomplete = true;
        else outOfScale = true;
      }
      if (s !== null && s !== undefined) weightSum[(criteria[c] as Criterion<T>).axis] += weights[c]!;
    }
    const missingAxes = AXES.filter((axis) => !(weightSum[axis] > 0));
    if (missingAxes.length > 0) {
      excluded.push({
        id: ids[i] as Id,
        datum: array[i] as T,
        index: i,
        field: missingAxes[0]!,
        value: undefined,
        reason: 'missing',
        axes: missingAxes,
        issues,
      });
      continue;
    }
    const weighted = { growth: 0, harmony: 0 }; // Σ w·s per axis; divided once (exact for equal scores)
    const contributions: Contribution[] = criteria.map((criterion, c) => {
      const s = table.scores[c]?.[i] ?? null;
      const w = weights[c]!;
      const weightShare = s === null ? 0 : w / weightSum[criterion.axis];
      const contribution = s === null ? 0 : (w * s) / weightSum[criterion.axis];
      if (s !== null) weighted[criterion.axis] += w * s;
      const issue = table.issues[c]?.[i];
      return {
        key: criterion.key,
        axis: criterion.axis,
        value: table.raw[c]?.[i],
        score: s,
        weight: criterion.weight,
        weightShare,
        contribution,
        totalContribution: contribution * axisShare[criterion.axis],
        clamped: issue === 'below-scale' || issue === 'above-scale',
      };
    });
    const growth = clampScore(weighted.growth / weightSum.growth);
    const harmony = clampScore(weighted.harmony / weightSum.harmony);
    const total = clampScore((aw.growth * growth + aw.harmony * harmony) / (aw.growth + aw.harmony));
    rows.push({
      id: ids[i] as Id,
      datum: array[i] as T,
      index: i,
      growth,
      harmony,
      total,
      rank: 0,
      quadrant: quadrants[quadrantPosition(gte(growth, split.growth), gte(harmony, split.harmony))],
      contributions,
      incomplete,
      outOfScale,
      issues,
    });
  }
  return { rows, excluded };
}
