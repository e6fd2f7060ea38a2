import { area } from 'd3-shape';
import { polylinePath } from './polylinePath';

/** A point of a curve: in share space (both 0…1) for cumulative curves, or in pixels once scaled. */
export interface CurvePoint {
  x: number;
  y: number;
}

/**
 * Picks the points of a curve worth drawing at `buckets` columns of resolution (usually the plot's width in
 * pixels): per column the first, last, lowest and highest point, so peaks (a whale curve's hump), kinks and
 * steps survive and the drawn line looks the same as the full one, while the path stays bounded
 * (≤ 4 points a column) for 100,000 accounts. Indices in `keep` (e.g. tier boundaries) are always kept; so are
 * the first and last point. Points must be in ascending `x`. Returns the kept indices, ascending.
 *
 * @example
 * const kept = downsampleCurve(lorenz, 560); // ≤ 2,240 of 100,001 points
 * const drawn = kept.map((i) => lorenz[i]);
 */
export function downsampleCurve(
  points: readonly CurvePoint[],
  buckets: number,
  keep: Iterable<number> = [],
): number[] {
  const n = points.length;
  const columns = Math.max(1, Math.floor(buckets));
  if (n <= columns * 2) return Array.from({ length: n }, (_, i) => i);
  const first = points[0] as CurvePoint;
  const last = points[n - 1] as CurvePoint;
  const span = last.x - first.x || 1;
  const kept = new Set<number>([0, n - 1]);
  for (const i of keep) if (i >= 0 && i < n && Number.isInteger(i)) kept.add(i);
  let bucket = -1;
  let start = 0;
  let low = 0;
  let high = 0;
  const flush = (end: number) => {
    kept.add(start);
    kept.add(end);
    kept.add(low);
    kept.add(high);
  };
  for (let i = 0; i < n; i++) {
    const p = points[i] as CurvePoint;
    const b = Math.min(columns - 1, Math.floor(((p.x - first.x) / span) * columns));
    if (b !== bucket) {
      if (bucket >= 0) flush(i - 1);
      bucket = b;
      start = i;
      low = i;
      high = i;
    } else {
      if (p.y < (points[low] as CurvePoint).y) low = i;
      if (p.y > (points[high] as CurvePoint).y) high = i;
    }
  }
  flush(n - 1);
  return Array.from(kept).sort((a, b) => a - b);
}

/**
 * Splits a sequence of consecutive segments (e.g. the A, B and C tiers in rank order, given by their sizes)
 * into at most about `columns` runs of adjacent items, in proportion to the segments' sizes. No run mixes two
 * segments, every non-empty segment gets at least one run and every run at least one item. Returns
 * `[start, end)` item ranges in order. Used to bin accounts to pixel columns.
 *
 * @example
 * splitColumns([3, 5], 4); // [[0, 1], [1, 2], [2, 3], [3, 5], [5, 8]] — whole segments, never mixed
 */
export function splitColumns(sizes: readonly number[], columns: number): [number, number][] {
  const n = sizes.reduce((sum, size) => sum + Math.max(0, size), 0);
  const runs: [number, number][] = [];
  let offset = 0;
  for (const raw of sizes) {
    const size = Math.max(0, Math.floor(raw));
    if (size > 0) {
      const count = Math.max(1, Math.min(size, Math.round((Math.max(1, columns) * size) / n)));
      for (let c = 0; c < count; c++) {
        const a = offset + Math.floor((c * size) / count);
        const b = offset + Math.floor(((c + 1) * size) / count);
        if (b > a) runs.push([a, b]);
      }
    }
    offset += size;
  }
  return runs;
}

/**
 * The `y` of a polyline at `x` (linear interpolation; points in ascending `x`; clamped at the ends).
 *
 * @example
 * curveValueAt([{ x: 0, y: 0 }, { x: 1, y: 1 }], 0.25); // 0.25
 */
export function curveValueAt(points: readonly CurvePoint[], x: number): number {
  const n = points.length;
  if (n === 0) return Number.NaN;
  const first = points[0] as CurvePoint;
  if (x <= first.x) return first.y;
  let lo = 0;
  let hi = n - 1;
  if (x >= (points[hi] as CurvePoint).x) return (points[hi] as CurvePoint).y;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as CurvePoint).x <= x) lo = mid;
    else hi = mid;
  }
  const a = points[lo] as CurvePoint;
  const b = points[hi] as CurvePoint;
  return b.x === a.x ? b.y : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
}

/**
 * The SVG path of a polyline through pixel points, coordinates rounded to 2 decimals (`''` for no points).
 *
 * @example
 * curvePath([{ x: 0, y: 100 }, { x: 50, y: 20 }]); // "M0,100L50,20"
 */
export function curvePath(points: readonly CurvePoint[]): string {
  return polylinePath(points, 2);
}

/**
 * The SVG path of the area between a polyline through pixel points and a baseline: a constant `y` (e.g. the
 * x-axis) or a function of the point (e.g. a diagonal). `''` for no points.
 *
 * @example
 * curveAreaPath(points, plot.y1); // the area under the curve
 * curveAreaPath(points, (p) => diagonalY(p.x)); // the area between the curve and the diagonal
 */
export function curveAreaPath(
  points: readonly CurvePoint[],
  baseline: number | ((point: CurvePoint) => number),
): string {
  if (points.length === 0) return '';
  const y0 = typeof baseline === 'number' ? () => round2(baseline) : (p: CurvePoint) => round2(baseline(p));
  return (
    area<CurvePoint>()
      .x((p) => round2(p.x))
      .y0(y0)
      .y1((p) => round2(p.y))(points as CurvePoint[]) ?? ''
  );
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
