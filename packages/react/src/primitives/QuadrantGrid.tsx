import type { QuadrantCell } from './quadrants';
import { round } from './text';

/** Props of {@link QuadrantGrid}. */
export interface QuadrantGridProps {
  /** The four cells, from `quadrantCells`. */
  cells: readonly QuadrantCell[];
  /** The split lines in SVG pixels, drawn dashed across the plot. */
  splitX: number;
  splitY: number;
  /** The plot area in SVG pixels. */
  plot: { x0: number; x1: number; y0: number; y1: number };
}

/**
 * The backgrounds of a 2 × 2 matrix: one tinted rectangle per quadrant (`.kamkit-quadrant`, with
 * `data-quadrant` = the quadrant's key and `data-position`) and the two split lines (`.kamkit-split`). Draw it
 * below the marks and {@link QuadrantLabels} above them. Colours come from `--kamkit-quadrant-<position>`.
 */
export function QuadrantGrid({ cells, splitX, splitY, plot }: QuadrantGridProps) {
  const sx = round(Math.min(plot.x1, Math.max(plot.x0, splitX)));
  const sy = round(Math.min(plot.y1, Math.max(plot.y0, splitY)));
  return (
    <g className="kamkit-quadrants">
      {cells.map((cell) => (
        <rect
          key={cell.position}
          className="kamkit-quadrant"
          data-quadrant={cell.key}
          data-position={cell.position}
          x={round(cell.x)}
          y={round(cell.y)}
          width={round(Math.max(0, cell.width))}
          height={round(Math.max(0, cell.height))}
        />
      ))}
      <line className="kamkit-split kamkit-split--x" x1={sx} x2={sx} y1={plot.y0} y2={plot.y1} />
      <line className="kamkit-split kamkit-split--y" x1={plot.x0} x2={plot.x1} y1={sy} y2={sy} />
    </g>
  );
}

/**
 * The quadrant labels of a 2 × 2 matrix (`.kamkit-quadrant__label`), each in its cell's outer corner. Drawn
 * above the marks with a halo, so they stay readable where bubbles crowd.
 */
export function QuadrantLabels({ cells }: { cells: readonly QuadrantCell[] }) {
  return (
    <g className="kamkit-quadrant-labels">
      {cells.map((cell) =>
        cell.labelText ? (
          <text
            key={cell.position}
            className="kamkit-quadrant__label"
            data-quadrant={cell.key}
            data-position={cell.position}
            x={round(cell.labelX)}
            y={round(cell.labelY)}
            textAnchor={cell.labelAnchor}
          >
            {cell.labelText}
          </text>
        ) : null,
      )}
    </g>
  );
}
