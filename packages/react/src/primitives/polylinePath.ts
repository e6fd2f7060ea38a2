/** A point of a polyline in pixels. */
export interface PathPoint {
  x: number;
  y: number;
}

/**
 * The SVG path of a polyline through pixel points, each coordinate rounded to `digits` decimals: the same
 * string as d3-shape's `line()` (whose default precision is 3 decimals), without d3-shape, which a bundler
 * cannot tree-shake below ~16 kB. A single point gives `M x,yZ` (as d3 draws it); no points give `''`.
 *
 * @example
 * polylinePath([{ x: 0, y: 100 }, { x: 50.12345, y: 20 }]); // "M0,100L50.123,20"
 */
export function polylinePath(points: readonly PathPoint[], digits = 3): string {
  const n = points.length;
  if (n === 0) return '';
  const k = 10 ** digits;
  const at = (p: PathPoint) => `${Math.round(p.x * k) / k},${Math.round(p.y * k) / k}`;
  let path = `M${at(points[0] as PathPoint)}`;
  for (let i = 1; i < n; i++) path += `L${at(points[i] as PathPoint)}`;
  return n === 1 ? `${path}Z` : path;
}
