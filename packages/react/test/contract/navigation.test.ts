import { describe, expect, it } from 'vitest';
import { nearestIndex, nextIndex } from '../../src/interaction/navigate';
import { placeTooltip } from '../../src/interaction/Tooltip';
import type { ExplorerPoint } from '../../src/primitives/types';

const point = (x: number, y: number, row?: number, col?: number): ExplorerPoint => ({
  x,
  y,
  row,
  col,
  title: `${x},${y}`,
  lines: [],
});

describe('nextIndex', () => {
  const line = [point(0, 0), point(10, 0), point(20, 0)];

  it('moves along the points and stops at the ends; Home/End jump; the first arrow reaches the first point', () => {
    expect(nextIndex('ArrowRight', -1, line, 'x')).toBe(0);
    expect(nextIndex('ArrowRight', 0, line, 'x')).toBe(1);
    expect(nextIndex('ArrowDown', 2, line, 'x')).toBe(2);
    expect(nextIndex('ArrowLeft', 0, line, 'x')).toBe(0);
    expect(nextIndex('End', 0, line, 'x')).toBe(2);
    expect(nextIndex('Home', 2, line, 'x')).toBe(0);
    expect(nextIndex('PageDown', 0, line, 'x')).toBe(2);
    expect(nextIndex('a', 0, line, 'x')).toBeUndefined();
  });

  it('moves in 2-D on a grid, skipping missing cells and keeping the column as near as possible', () => {
    // Row 0: cols 0, 1, 2; row 1: cols 0 and 2 (cell 1 is empty); row 2: col 1.
    const grid = [
      point(0, 0, 0, 0),
      point(1, 0, 0, 1),
      point(2, 0, 0, 2),
      point(0, 1, 1, 0),
      point(2, 1, 1, 2),
      point(1, 2, 2, 1),
    ];
    expect(nextIndex('ArrowRight', 0, grid, 'grid')).toBe(1);
    expect(nextIndex('ArrowRight', 3, grid, 'grid')).toBe(4);
    expect(nextIndex('ArrowRight', 4, grid, 'grid')).toBe(4);
    expect(nextIndex('ArrowDown', 2, grid, 'grid')).toBe(4);
    expect(nextIndex('ArrowDown', 1, grid, 'grid')).toBe(3);
    expect(nextIndex('ArrowDown', 4, grid, 'grid')).toBe(5);
    expect(nextIndex('ArrowUp', 5, grid, 'grid')).toBe(3);
    expect(nextIndex('ArrowUp', 0, grid, 'grid')).toBe(0);
  });
});

describe('nearestIndex', () => {
  it('picks by x in x mode, by distance in 2-D, and a containing box first', () => {
    const points = [{ ...point(0, 0), box: { x: 0, y: 0, width: 50, height: 50 } }, point(40, 40)];
    expect(nearestIndex(points, 30, 100, 'x')).toBe(1);
    expect(nearestIndex(points, 45, 45, 'xy')).toBe(0);
    expect(nearestIndex([], 0, 0, 'x')).toBe(-1);
  });
});

describe('placeTooltip', () => {
  it('goes above and right of the anchor when there is room', () => {
    expect(placeTooltip(100, 300, 120, 60, 800, 600)).toEqual({ left: 112, top: 228 });
  });

  it('flips left near the right edge and below near the top', () => {
    expect(placeTooltip(750, 30, 120, 60, 800, 600)).toEqual({ left: 618, top: 42 });
  });

  it('clamps into the viewport with 8 px to spare, also on a phone', () => {
    const { left, top } = placeTooltip(20, 590, 300, 80, 320, 600);
    expect(left).toBe(8);
    expect(top).toBe(498);
    expect(placeTooltip(10, 10, 400, 700, 390, 600)).toEqual({ left: 8, top: 8 });
  });
});
