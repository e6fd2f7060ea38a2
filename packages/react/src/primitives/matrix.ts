/** The rectangle of one cell of a {@link matrixGrid}, in the SVG's coordinates. */
export interface MatrixCellBox {
  /** Zero-based row (top to bottom) and column (left to right). */
  row: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The geometry of a grid of cells laid out by {@link matrixGrid}. */
export interface MatrixGrid {
  rows: number;
  columns: number;
  cellWidth: number;
  cellHeight: number;
  /** Centre x of each column and centre y of each row, for headers. */
  columnCenters: number[];
  rowCenters: number[];
  /** The cells in reading order (row by row, left to right). */
  cells: MatrixCellBox[];
}

/**
 * Lays out a `rows × columns` grid of equal cells in the plot area, separated by `gap` pixels (default 4).
 *
 * @example
 * const grid = matrixGrid(3, 3, { x0: 80, x1: 600, y0: 40, y1: 360 });
 * grid.cells[4]; // the centre cell
 */
export function matrixGrid(
  rows: number,
  columns: number,
  plot: { x0: number; x1: number; y0: number; y1: number },
  gap = 4,
): MatrixGrid {
  const r = Math.max(1, rows);
  const c = Math.max(1, columns);
  const cellWidth = Math.max(1, (plot.x1 - plot.x0 - gap * (c - 1)) / c);
  const cellHeight = Math.max(1, (plot.y1 - plot.y0 - gap * (r - 1)) / r);
  const columnCenters = Array.from({ length: c }, (_, j) => plot.x0 + j * (cellWidth + gap) + cellWidth / 2);
  const rowCenters = Array.from({ length: r }, (_, i) => plot.y0 + i * (cellHeight + gap) + cellHeight / 2);
  const cells: MatrixCellBox[] = [];
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      cells.push({
        row: i,
        column: j,
        x: plot.x0 + j * (cellWidth + gap),
        y: plot.y0 + i * (cellHeight + gap),
        width: cellWidth,
        height: cellHeight,
      });
    }
  }
  return { rows: r, columns: c, cellWidth, cellHeight, columnCenters, rowCenters, cells };
}

/**
 * A cell's colour intensity in [0, 1] from its value: `value / max` on a square-root scale (default), so a
 * dominant cell does not wash out the others; 0 for a zero or missing value.
 *
 * @example
 * cellIntensity(25, 100); // 0.5
 * cellIntensity(25, 100, 'linear'); // 0.25
 */
export function cellIntensity(value: number, max: number, scale: 'sqrt' | 'linear' = 'sqrt'): number {
  if (!(value > 0) || !(max > 0)) return 0;
  const ratio = Math.min(1, value / max);
  return scale === 'sqrt' ? Math.sqrt(ratio) : ratio;
}
