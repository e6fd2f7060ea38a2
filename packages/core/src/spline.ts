/**
 * Interpolating cubic spline with the end conditions of Forsythe, Malcolm & Moler (1977), "Computer Methods
 * for Mathematical Computations", § 4.4 — the `"fmm"` method, which is the default of R's `spline()` and
 * `splinefun()`. At each end the spline's third derivative equals that of the cubic through the four nearest
 * knots (with three knots the third derivative is zero at the ends; with two the spline is the straight line).
 *
 * Internal helper of the computed ABC analysis: it reproduces the curve of the R package ABCanalysis, whose
 * limits depend on this particular interpolation.
 */
export interface CubicSpline {
  /** Knots, strictly increasing. */
  readonly x: Float64Array;
  /** Values at the knots. */
  readonly y: Float64Array;
  /** Polynomial coefficients: on [x[i], x[i+1]] the spline is y[i] + t·(b[i] + t·(c[i] + t·d[i])), t = u − x[i]. */
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly d: Float64Array;
}

/**
 * Fits the `"fmm"` cubic spline through `(x[i], y[i])`. `x` must be strictly increasing and hold at least two
 * knots (not checked: callers build the knots themselves).
 *
 * @example
 * const s = fmmSpline([0, 0.5, 1], [0, 0.8, 1]);
 */
export function fmmSpline(xs: ArrayLike<number>, ys: ArrayLike<number>): CubicSpline {
  const n = xs.length;
  const x = Float64Array.from(xs as ArrayLike<number>);
  const y = Float64Array.from(ys as ArrayLike<number>);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  const last = n - 1;

  if (n < 3) {
    // Two knots: the straight line.
    const slope = (y[1]! - y[0]!) / (x[1]! - x[0]!);
    b[0] = slope;
    b[1] = slope;
    return { x, y, b, c, d };
  }

  // Tridiagonal system for the second derivatives (scaled): b = diagonal, d = off-diagonal (the knot spacing),
  // c = right-hand side (differences of the divided differences).
  d[0] = x[1]! - x[0]!;
  c[1] = (y[1]! - y[0]!) / d[0]!;
  for (let i = 1; i < last; i++) {
    d[i] = x[i + 1]! - x[i]!;
    b[i] = 2 * (d[i - 1]! + d[i]!);
    c[i + 1] = (y[i + 1]! - y[i]!) / d[i]!;
    c[i] = c[i + 1]! - c[i]!;
  }

  // End conditions: third derivatives at both ends from third divided differences of the four nearest knots.
  b[0] = -d[0]!;
  b[last] = -d[last - 1]!;
  c[0] = 0;
  c[last] = 0;
  if (n > 3) {
    c[0] = c[2]! / (x[3]! - x[1]!) - c[1]! / (x[2]! - x[0]!);
    c[last] = c[last - 1]! / (x[last]! - x[last - 2]!) - c[last - 2]! / (x[last - 1]! - x[last - 3]!);
    c[0] = (c[0]! * d[0]! * d[0]!) / (x[3]! - x[0]!);
    c[last] = (-c[last]! * d[last - 1]! * d[last - 1]!) / (x[last]! - x[last - 3]!);
  }

  // Forward elimination.
  for (let i = 1; i <= last; i++) {
    const t = d[i - 1]! / b[i - 1]!;
    b[i] = b[i]! - t * d[i - 1]!;
    c[i] = c[i]! - t * c[i - 1]!;
  }

  // Back substitution.
  c[last] = c[last]! / b[last]!;
  for (let i = last - 1; i >= 0; i--) c[i] = (c[i]! - d[i]! * c[i + 1]!) / b[i]!;

  // Polynomial coefficients.
  b[last] = (y[last]! - y[last - 1]!) / d[last - 1]! + d[last - 1]! * (c[last - 1]! + 2 * c[last]!);
  for (let i = 0; i < last; i++) {
    b[i] = (y[i + 1]! - y[i]!) / d[i]! - d[i]! * (c[i + 1]! + 2 * c[i]!);
    d[i] = (c[i + 1]! - c[i]!) / d[i]!;
    c[i] = 3 * c[i]!;
  }
  c[last] = 3 * c[last]!;
  d[last] = d[last - 1]!;
  return { x, y, b, c, d };
}

/**
 * Evaluates a spline (`derivative = 0`) or its first derivative (`derivative = 1`) at each of `at`. Points
 * outside the knots are extrapolated with the end polynomials. The interval search keeps the interval of the
 * previous point while the next one still lies in it (as R does), so evaluation at increasing points is linear.
 *
 * @example
 * const s = fmmSpline([0, 1, 2, 3], [0, 1, 8, 27]); // x³
 * evaluateSpline(s, [1.5]); // Float64Array [3.375]
 * evaluateSpline(s, [1.5], 1); // Float64Array [6.75]
 */
export function evaluateSpline(
  spline: CubicSpline,
  at: ArrayLike<number>,
  derivative: 0 | 1 = 0,
): Float64Array {
  const { x, y, b, c, d } = spline;
  const n = x.length;
  const out = new Float64Array(at.length);
  let i = 0;
  for (let l = 0; l < at.length; l++) {
    const u = at[l] as number;
    if (u < x[i]! || (i < n - 1 && x[i + 1]! < u)) {
      i = 0;
      let j = n;
      do {
        const k = (i + j) >> 1;
        if (u < x[k]!) j = k;
        else i = k;
      } while (j > i + 1);
    }
    const t = u - x[i]!;
    out[l] =
      derivative === 0
        ? y[i]! + t * (b[i]! + t * (c[i]! + t * d[i]!))
        : b[i]! + t * (2 * c[i]! + t * (3 * d[i]!));
  }
  return out;
}
