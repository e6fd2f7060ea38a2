import type { ExplorerPoint } from '../primitives/types';

/** How the explorer moves: along the points' order (`'x'`, `'xy'`) or across rows and columns (`'grid'`). */
export type ExplorerMode = 'x' | 'xy' | 'grid';

/**
 * The point a key moves to from `current` (−1: none yet), or `undefined` for a key the explorer does not use.
 * In `'grid'` mode the arrows follow the points' `row`/`col` (the nearest column in the next row, the next
 * column in the same row); elsewhere Right/Down go forward and Left/Up back in the points' order. Home/End go to
 * the first/last point, PageUp/PageDown ten points back/forward. Moves stop at the ends (no wrap).
 */
export function nextIndex(
  key: string,
  current: number,
  points: readonly ExplorerPoint[],
  mode: ExplorerMode,
): number | undefined {
  const count = points.length;
  const last = count - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key === 'PageDown') return Math.min(last, current + 10);
  if (key === 'PageUp') return Math.max(0, current - 10);
  if (current < 0) return key.startsWith('Arrow') ? 0 : undefined;
  if (mode === 'grid') return gridStep(key, current, points);
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(last, current + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, current - 1);
  return undefined;
}

/** One arrow step on a grid of points placed by `row` and `col` (missing cells are skipped). */
function gridStep(key: string, current: number, points: readonly ExplorerPoint[]): number | undefined {
  const from = points[current] as ExplorerPoint;
  const row = from.row ?? 0;
  const col = from.col ?? current;
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  if (!horizontal && key !== 'ArrowUp' && key !== 'ArrowDown') return undefined;
  const sign = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
  let best = current;
  let bestScore = Number.POSITIVE_INFINITY;
  points.forEach((p, i) => {
    const r = p.row ?? 0;
    const c = p.col ?? i;
    // Same row (horizontal) or same column as near as possible (vertical), in the direction of the key.
    const along = horizontal ? (c - col) * sign : (r - row) * sign;
    if (along <= 0) return;
    const across = horizontal ? Math.abs(r - row) : Math.abs(c - col);
    if (horizontal && across !== 0) return;
    const score = along * 10_000 + across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * The point nearest to (x, y) in viewBox pixels: horizontally in `'x'` mode, else in 2-D; a point whose `box`
 * contains (x, y) wins in `'grid'` and `'xy'` mode. `-1` when there are no points.
 */
export function nearestIndex(
  points: readonly ExplorerPoint[],
  x: number,
  y: number,
  mode: ExplorerMode,
): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as ExplorerPoint;
    if (mode !== 'x' && p.box) {
      const b = p.box;
      if (x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height) return i;
    }
    const dx = p.x - x;
    const distance = mode === 'x' ? Math.abs(dx) : dx * dx + (p.y - y) * (p.y - y);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}
