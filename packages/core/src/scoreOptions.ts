import type { IdField } from './accessor';
import { describe, KamkitError } from './errors';
import { invalidOption, oneOf, readOptions } from './options';
import type { Quadrant, QuadrantPosition } from './quadrants';
import { kamMatrix, resolveQuadrants } from './quadrants';
import type { Criterion, ScoreAxis, ScoreNormalize, ScoreOptions } from './score.types';
import { validateWeighted } from './weighted';

/** The two axes, in the order their checks and exclusions name them. */
export const AXES: readonly ScoreAxis[] = ['growth', 'harmony'];

/** A weight per axis. */
export type AxisPair = { growth: number; harmony: number };

/** @internal The options of `score`, checked: what its later stages read. */
export interface ScoreSettings<T> {
  id: IdField<T> | undefined;
  /** The criteria as given (checked). */
  criteria: Criterion<T>[];
  /** `weights[c]`: criterion `c`'s weight as used in sums (see {@link weightScale}); the result reports them as given. */
  weights: number[];
  /** Σ `weights` per axis, each > 0. */
  axisTotals: AxisPair;
  normalize: ScoreNormalize;
  /** The axis weights as given. */
  axisWeights: AxisPair;
  /** The axis weights as used in sums. */
  scaledAxisWeights: AxisPair;
  split: AxisPair;
  quadrants: Readonly<Record<QuadrantPosition, Quadrant>>;
}

/**
 * @internal Checks the options of `score` in a fixed order (criteria, their axes and weights, `normalize`,
 * `axisWeights`, `quadrants`), so the first error thrown does not depend on anything else.
 */
export function readScoreOptions<T>(options: ScoreOptions<T>): ScoreSettings<T> {
  const o = readOptions(options);
  const criteria = validateWeighted(o.criteria, 'criteria', [1, 10]) as unknown as Criterion<T>[];
  criteria.forEach((c, i) => {
    if (c.axis !== 'growth' && c.axis !== 'harmony')
      invalidOption(`criteria[${i}].axis`, `('${c.key}') must be 'growth' or 'harmony'`, c.axis);
  });
  const k = weightScale(criteria.map((c) => c.weight));
  const weights = criteria.map((c) => c.weight / k);
  const axisTotals = { growth: 0, harmony: 0 };
  criteria.forEach((c, i) => {
    axisTotals[c.axis] += weights[i]!;
  });
  for (const axis of AXES) {
    if (!(axisTotals[axis] > 0)) {
      throw new KamkitError(
        'INVALID_WEIGHTS',
        `The ${axis} axis needs at least one criterion with a weight > 0.`,
        { field: 'criteria' },
      );
    }
  }
  const normalize = oneOf(o.normalize, ['scale', 'minmax', 'rank'], 'scale', 'normalize');
  const axisWeights = readAxisWeights(o.axisWeights);
  const ka = weightScale([axisWeights.growth, axisWeights.harmony]);
  const quadrantOptions = readOptions(o.quadrants, 'quadrants');
  return {
    id: o.id,
    criteria,
    weights,
    axisTotals,
    normalize,
    axisWeights,
    scaledAxisWeights: { growth: axisWeights.growth / ka, harmony: axisWeights.harmony / ka },
    split: readSplit(quadrantOptions.split),
    quadrants: resolveQuadrants(quadrantOptions.labels ?? kamMatrix, 'quadrants.labels'),
  };
}

function readSplit(split: unknown): AxisPair {
  const value = split ?? 50;
  const pair =
    typeof value === 'number'
      ? { growth: value, harmony: value }
      : (value as { growth?: unknown; harmony?: unknown });
  if (
    pair === null ||
    typeof pair !== 'object' ||
    typeof pair.growth !== 'number' ||
    typeof pair.harmony !== 'number' ||
    !Number.isFinite(pair.growth) ||
    !Number.isFinite(pair.harmony)
  ) {
    invalidOption(
      'quadrants.split',
      'must be a finite number or { growth, harmony } of finite numbers',
      split,
    );
  }
  return { growth: pair.growth, harmony: pair.harmony };
}

function readAxisWeights(axisWeights: unknown): AxisPair {
  if (axisWeights == null) return { growth: 1, harmony: 1 };
  const w = axisWeights as { growth?: unknown; harmony?: unknown };
  const ok = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (w === null || typeof w !== 'object' || !ok(w.growth) || !ok(w.harmony) || w.growth + w.harmony <= 0) {
    throw new KamkitError(
      'INVALID_WEIGHTS',
      `axisWeights must be { growth, harmony } with finite weights ≥ 0, not both 0; got ${describe(axisWeights)}.`,
      { field: 'axisWeights' },
    );
  }
  return { growth: w.growth, harmony: w.harmony };
}

/**
 * The divisor that keeps sums of weights and weight × score (≤ 100) products finite: the largest weight when it
 * is 10³⁰⁰ or more, else 1 (dividing by 1 keeps everyday results exact).
 */
function weightScale(weights: readonly number[]): number {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, w);
  return largest >= 1e300 ? largest : 1;
}
