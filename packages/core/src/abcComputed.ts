import { CompensatedSum } from './numeric';
import { evaluateSpline, fmmSpline } from './spline';

/** A point of the ABC curve: `x` = share of accounts (largest first), `y` = their share of the total value. */
export interface AbcCurvePoint {
  x: number;
  y: number;
}

/**
 * The limits of a computed ABC analysis (Ultsch & Lötsch 2015), as found on the interpolated ABC curve.
 * See {@link abc} with `method: 'computed'`.
 */
export interface ComputedAbcLimits {
  /** The point of the curve nearest to the ideal (0, 1): least effort, least unrealised yield. */
  pareto: AbcCurvePoint;
  /** The point where the slope of the curve is 1: one more share of accounts brings the same share of value. */
  breakEven: AbcCurvePoint;
  /** The point of the curve nearest to (x, 1), where x is the larger x of the Pareto and break-even points. */
  submarginal: AbcCurvePoint;
  /** `true` when the break-even point lies left of the Pareto point, so it (not the Pareto point) limits A. */
  abExchanged: boolean;
  /** The A|B limit on the curve: the Pareto point, or the break-even point when `abExchanged`. */
  abPoint: AbcCurvePoint;
  /** The B|C limit on the curve: the submarginal point. */
  bcPoint: AbcCurvePoint;
  /**
   * Accounts with a value above this are A: the value at the A|B position (so that account itself is B).
   * `Infinity` when the position rounds to 0 (no A); `-Infinity` when all values are equal (all A).
   */
  abLimit: number;
  /**
   * Accounts that are not A and have a value at or above this are B, the rest C: the value at the B|C
   * position. `Infinity` when the position rounds to 0; `-Infinity` when all values are equal.
   */
  bcLimit: number;
  /** The interpolated curve the points were read from: 101 points (step 0.01) below 101 accounts, else 1,001. */
  curve: AbcCurvePoint[];
}

/** R's `round()` for non-negative numbers: halves go to the even neighbour (IEC 60559). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Index of the first smallest element (like R's `which.min`; NaN never wins). */
function firstMinimum(values: ArrayLike<number>): number {
  let best = -1;
  let bestValue = Number.POSITIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < bestValue || (best === -1 && v === bestValue)) {
      best = i;
      bestValue = v;
    }
  }
  return best === -1 ? 0 : best;
}

/**
 * Computed ABC analysis of positive values sorted descending (at least one). Returns the tier of each position
 * (0 = A, 1 = B, 2 = C) and the limits. Follows the R package ABCanalysis 1.2.1 (`ABCcurve` + `ABCanalysis`) step by step:
 *
 * 1. ABC curve: knots (0, 0) and (k/n, cumulative share of the k largest values), k = 1…n.
 * 2. The curve is interpolated with R's default `"fmm"` cubic spline at x = 0, 0.01, …, 1 (n < 101) or
 *    0, 0.001, …, 1; from the first interpolated y ≥ 1 on, y is set to 1.
 * 3. Its slope: the derivative of an `"fmm"` spline through those grid points, taken — as the package does —
 *    at i/m for i = 1…m (m = number of grid points), and paired with the i-th grid point.
 * 4. Pareto point: the first grid point nearest (0, 1). Break-even point: the first grid point whose slope is
 *    nearest 1. The one with the smaller x limits A (the other is "B"); the submarginal point is the first grid
 *    point nearest (x of the other one, 1) and limits B.
 * 5. The limits become values: with the values sorted descending, `abLimit` is the value at position
 *    round(x_AB · n) and `bcLimit` the value at position round(x_BC · n) (1-based, halves to even). An account
 *    is A when its value is above `abLimit`, B when it is at or above `bcLimit`, C otherwise — so equal values
 *    always share a tier, and an account whose value equals a limit is B. A position of 0 stands for an empty
 *    set (limit +Infinity), where the R package returns empty sets for all three.
 *
 * Deviation: when every value is the same (including a single account) the curve is the diagonal and the
 * method cannot single out anyone; every account is A (as the authors' successor package cABCanalysis does),
 * where ABCanalysis 1.2.1 returns three empty sets.
 *
 * @example
 * computeAbc([484, 335, 250, 101, 42]).tiers; // Uint8Array [0, 1, 1, 2, 2]: A, B, B, C, C
 */
export function computeAbc(values: ArrayLike<number>): { tiers: Uint8Array; limits: ComputedAbcLimits } {
  const n = values.length;

  // 1. Knots of the ABC curve.
  const knotX = new Float64Array(n + 1);
  const knotY = new Float64Array(n + 1);
  const running = new CompensatedSum();
  for (let k = 1; k <= n; k++) knotY[k] = running.add(values[k - 1] as number);
  const total = knotY[n] as number;
  for (let k = 1; k <= n; k++) {
    knotX[k] = k / n;
    knotY[k] = (knotY[k] as number) / total;
  }

  // 2. Interpolated curve on the grid.
  const size = n < 101 ? 101 : 1001;
  const step = n < 101 ? 0.01 : 0.001;
  const gridX = new Float64Array(size);
  for (let k = 0; k < size; k++) gridX[k] = Math.min(k * step, 1);
  const gridY = evaluateSpline(fmmSpline(knotX, knotY), gridX);
  let firstFull = -1;
  for (let k = 0; k < size; k++) {
    if ((gridY[k] as number) >= 1) {
      firstFull = k;
      break;
    }
  }
  if (firstFull !== -1 && firstFull < size - 1) gridY.fill(1, firstFull);

  // 3. Slope, evaluated at i/size (i = 1…size) as the package does.
  const slopeAt = new Float64Array(size);
  for (let i = 0; i < size; i++) slopeAt[i] = (i + 1) / size;
  const slope = evaluateSpline(fmmSpline(gridX, gridY), slopeAt, 1);

  // 4. Pareto, break-even and submarginal points.
  const distance = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const dx = gridX[i] as number;
    const dy = 1 - (gridY[i] as number);
    distance[i] = dx * dx + dy * dy;
  }
  const paretoIndex = firstMinimum(distance);
  for (let i = 0; i < size; i++) distance[i] = Math.abs((slope[i] as number) - 1);
  const breakEvenIndex = firstMinimum(distance);
  const abExchanged = (gridX[breakEvenIndex] as number) < (gridX[paretoIndex] as number);
  const abIndex = abExchanged ? breakEvenIndex : paretoIndex;
  const bx = gridX[abExchanged ? paretoIndex : breakEvenIndex] as number;
  for (let i = 0; i < size; i++) {
    const dx = bx - (gridX[i] as number);
    const dy = 1 - (gridY[i] as number);
    distance[i] = dx * dx + dy * dy;
  }
  const submarginalIndex = firstMinimum(distance);
  const point = (i: number): AbcCurvePoint => ({ x: gridX[i] as number, y: gridY[i] as number });

  // 5. Value limits and tiers.
  const tiers = new Uint8Array(n); // 0 = A, 1 = B, 2 = C, as in abcColumns
  let abLimit: number;
  let bcLimit: number;
  if ((values[0] as number) === (values[n - 1] as number)) {
    abLimit = Number.NEGATIVE_INFINITY;
    bcLimit = Number.NEGATIVE_INFINITY;
  } else {
    const abPosition = roundHalfEven((gridX[abIndex] as number) * n);
    const bcPosition = roundHalfEven((gridX[submarginalIndex] as number) * n);
    abLimit = abPosition >= 1 ? (values[abPosition - 1] as number) : Number.POSITIVE_INFINITY;
    bcLimit = bcPosition >= 1 ? (values[bcPosition - 1] as number) : Number.POSITIVE_INFINITY;
  }
  for (let r = 0; r < n; r++) {
    const v = values[r] as number;
    tiers[r] = v > abLimit ? 0 : v >= bcLimit ? 1 : 2;
  }

  const curve = new Array<AbcCurvePoint>(size);
  for (let i = 0; i < size; i++) curve[i] = point(i);
  return {
    tiers,
    limits: {
      pareto: point(paretoIndex),
      breakEven: point(breakEvenIndex),
      submarginal: point(submarginalIndex),
      abExchanged,
      abPoint: point(abIndex),
      bcPoint: point(submarginalIndex),
      abLimit,
      bcLimit,
      curve,
    },
  };
}
