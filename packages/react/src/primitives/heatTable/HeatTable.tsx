import { round } from '../text';
import type { HeatTableLayout } from './layout';

/** Props of {@link HeatTable}. */
export interface HeatTableProps {
  layout: HeatTableLayout;
  /** Marks the cells of one row as selected (`data-selected="true"`), e.g. the selected account's row. */
  selectedRow?: number | null;
  /** Marks one cell as selected (`[row, column]`), e.g. the selected account and product. */
  selectedCell?: readonly [number, number] | null;
  /** Row keys for `data-row` (e.g. account ids). */
  rowKeys?: readonly (string | number)[];
}

/**
 * Draws a heat table laid out by `layoutHeatTable`: group headers, wrapped column headers (summary columns in
 * bold), row labels, and cells shaded by their level (fill opacity 0.06–0.6 of `--_cell`, so text in the text
 * colour stays readable in both themes). Text is SVG text: labels are data, never HTML. A row label shortened with
 * "…" carries the full name as its `<title>` (the data table has it too).
 */
export function HeatTable({ layout, selectedRow = null, selectedCell = null, rowKeys }: HeatTableProps) {
  return (
    <g className="kamkit-heat">
      <g className="kamkit-heat__headers">
        {layout.groups.map((g) => (
          <text
            key={`${g.text}-${g.x0}`}
            className="kamkit-heat__group"
            x={round((g.x0 + g.x1) / 2)}
            y={g.y}
            textAnchor="middle"
          >
            {g.text}
          </text>
        ))}
        {layout.groups.map((g) => (
          <line
            key={`rule-${g.x0}`}
            className="kamkit-heat__rule"
            x1={round(g.x0 + 4)}
            x2={round(g.x1 - 4)}
            y1={g.y + 5}
            y2={g.y + 5}
          />
        ))}
        <text className="kamkit-heat__header" x={layout.labelX} y={layout.rowHeader.y}>
          {layout.rowHeader.text}
        </text>
        {layout.headers.map((h, i) => (
          <text
            key={i}
            className="kamkit-heat__header"
            data-summary={h.summary ? 'true' : undefined}
            x={round(h.x)}
            y={h.y}
            textAnchor="middle"
          >
            {h.lines.map((line, j) => (
              <tspan key={j} x={round(h.x)} dy={j === 0 ? undefined : '1.25em'}>
                {line}
              </tspan>
            ))}
            {h.subheader.map((line, j) => (
              <tspan key={`sub-${j}`} className="kamkit-heat__subheader" x={round(h.x)} dy="1.25em">
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
      <line
        className="kamkit-heat__rule"
        x1={0}
        x2={layout.width}
        y1={layout.headerBottom - 2}
        y2={layout.headerBottom - 2}
      />
      <g className="kamkit-heat__rows">
        {layout.rowLabels.map((label, r) => (
          <text
            key={r}
            className="kamkit-heat__label"
            data-selected={selectedRow === r ? 'true' : undefined}
            x={layout.labelX}
            y={round(label.y)}
            dy="0.32em"
          >
            {label.text !== label.full ? <title>{label.full}</title> : null}
            {label.text}
          </text>
        ))}
      </g>
      <g className="kamkit-heat__cells">
        {layout.cells.map((c) => (
          <g
            key={`${c.row}-${c.col}`}
            className="kamkit-heat__cell"
            data-row={rowKeys?.[c.row]}
            data-state={c.cell.state}
            data-selected={
              selectedRow === c.row || (selectedCell?.[0] === c.row && selectedCell[1] === c.col)
                ? 'true'
                : undefined
            }
          >
            <rect
              x={round(c.x)}
              y={round(c.y)}
              width={round(c.width)}
              height={round(c.height)}
              rx={2}
              fillOpacity={
                c.cell.level === null ? 0 : round(0.06 + 0.54 * Math.max(0, Math.min(1, c.cell.level)))
              }
            />
            <text x={round(c.x + c.width / 2)} y={round(c.y + c.height / 2)} dy="0.32em" textAnchor="middle">
              {c.cell.text}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
}
