import { accessor, toArray } from './accessor';
import { readIds } from './id';
import type { Criterion, ResolvedCriterion, ScoreOptions, ScoreResult } from './score.types';
import { readScoreOptions } from './scoreOptions';
import { rankRows } from './scoreRanking';
import { weighAccounts } from './scoreWeights';
import type { WeightedCriterion } from './weighted';
import { criterionTable } from './weighted';

// The options and result types of score live in score.types.ts.
export type * from './score.types';
// The weighted-criterion parts shared with churnRisk live in weighted.ts.
export type { CriterionTable, WeightedCriterion } from './weighted';
export { clampScore, criterionTable, validateWeighted } from './weighted';

/**
 * The growth/harmony scoring matrix of key accounts: each account gets a growth score, a harmony score (fit
 * in strategy, culture, vision), a weighted total, a rank and a quadrant.
 *
 * Rules:
 * - Values become 0–100 scores (`normalize`, default `'scale'`): with `'scale'` each value maps linearly from
 *   its criterion's `scale` (default `[1, 10]`: 1 → 0, 10 → 100). A value outside the scale is clamped to 0
 *   or 100 and reported: the contribution has `clamped: true`, the row `outOfScale: true` and an issue
 *   `'below-scale'`/`'above-scale'`. `'minmax'` maps the smallest account to 0 and the largest to 100 (50 when
 *   all are equal); `'rank'` uses the percentile rank (ties share their mean rank; 50 for a single account).
 *   `higherIsBetter: false` reverses a criterion's score.
 * - Weights are finite and ≥ 0 and are normalised per axis: an axis score is `Σ w·s / Σ w`, so scaling all
 *   weights of an axis leaves the scores unchanged. An axis without a criterion of positive weight throws
 *   `INVALID_WEIGHTS`.
 * - A missing (`null`/`undefined`) or non-finite (NaN, ±Infinity, a string — strings are never parsed) value
 *   drops that criterion for that account: the remaining weights of its axis are renormalised, the row is
 *   flagged `incomplete` and the value is listed in `issues`.
 * - An account with no usable criterion of positive weight on an axis cannot be placed on the matrix: it is
 *   returned in `excluded` (reason `'missing'`, with the `axes` concerned), never guessed.
 * - `total` combines the axes by `axisWeights` (default equal). Rows are ordered by `total` descending, then id
 *   ascending; `rank` is 1…n in that order (no shared ranks), so the result does not depend on input order.
 * - Quadrants split at 50 on both axes unless `quadrants.split` is given; a score at the split counts as high
 *   (compared robustly to floating-point noise). Labels default to McDonald & Rogers' KAM matrix
 *   ({@link kamMatrix}): Key (high growth, high harmony), Key development (high growth, low harmony),
 *   Maintenance (low growth, high harmony), Opportunistic (low, low).
 * - Each row lists per-criterion `contributions` (weight share × score) for a score-breakdown chart: per axis
 *   they sum to the axis score; `totalContribution` sums to `total`.
 * - Throws `KamkitError`: `INVALID_OPTION` (criteria not a non-empty array, bad key/axis/scale/value,
 *   `normalize`, `quadrants`), `INVALID_WEIGHTS` (negative or non-finite weight, an axis without positive
 *   weight, bad `axisWeights`), `DUPLICATE_ID`/`INVALID_ID`.
 *
 * @example
 * const result = score([{ id: 'B', revenuePotential: 10, marketGrowth: 7, strategicFit: 8, culture: 6 }], {
 *   criteria: [
 *     { key: 'revenuePotential', axis: 'growth', weight: 3, value: 'revenuePotential' },
 *     { key: 'marketGrowth', axis: 'growth', weight: 1, value: 'marketGrowth' },
 *     { key: 'strategicFit', axis: 'harmony', weight: 2, value: 'strategicFit' },
 *     { key: 'culture', axis: 'harmony', weight: 1, value: 'culture' },
 *   ],
 * });
 * result.rows[0]; // { id: 'B', growth: 91.67, harmony: 70.37, total: 81.02, rank: 1, quadrant: { key: 'key', label: 'Key', … }, … } (rounded)
 */
export function score<T>(data: Iterable<T>, options: ScoreOptions<T>): ScoreResult<T> {
  // The stages: check the options, rate every value on 0–100 (criterionTable), weigh the ratings per axis and
  // classify into quadrants, then rank.
  const settings = readScoreOptions(options);
  const array = toArray(data);
  const ids = readIds(array, settings.id);
  const rated: WeightedCriterion<T>[] = settings.criteria.map((c, i) => ({
    key: c.key,
    weight: settings.weights[i]!,
    read: accessor<T, unknown>(c.value as string, `criteria[${i}].value`),
    scale: c.scale ?? [1, 10],
    invert: c.higherIsBetter === false,
  }));
  const table = criterionTable(array, rated, settings.normalize);
  const weighed = weighAccounts(array, ids, settings, table);
  const { rows, counts } = rankRows(weighed.rows, settings.quadrants);
  return {
    rows,
    excluded: weighed.excluded,
    criteria: settings.criteria.map((c, i) =>
      resolvedCriterion(c, settings.weights[i]! / settings.axisTotals[c.axis]),
    ),
    axisWeights: settings.axisWeights,
    normalize: settings.normalize,
    split: settings.split,
    quadrants: settings.quadrants,
    counts,
  };
}

/** A criterion as the result reports it: its weight as given, with the weight's share of its axis. */
function resolvedCriterion<T>(c: Criterion<T>, weightShare: number): ResolvedCriterion {
  const resolved: ResolvedCriterion = {
    key: c.key,
    axis: c.axis,
    weight: c.weight,
    weightShare,
    scale: c.scale ?? [1, 10],
    higherIsBetter: c.higherIsBetter !== false,
  };
  // A label is text passed through; anything else is left out rather than echoed into the result.
  if (typeof c.label === 'string') resolved.label = c.label;
  return resolved;
}
