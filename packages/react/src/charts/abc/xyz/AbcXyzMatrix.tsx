'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../../contract/useChartShell';
import { useChartShell } from '../../../contract/useChartShell';
import { ChartFrame } from '../../../primitives/ChartFrame';
import { EmptyMessage } from '../../../primitives/EmptyMessage';
import { MatrixCell } from '../../../primitives/MatrixCell';
import { round } from '../../../primitives/text';
import { abcSheet } from '../../../theme/sheets/abc';
import type { AbcXyzLayoutOptions } from './options';
import { ABC_XYZ_HEIGHT, ABC_XYZ_OPTIONS } from './options';
import type { AbcXyzLayout } from './types';
import { useAbcXyzLayout } from './useAbcXyzLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [abcSheet];

/** Props of {@link AbcXyzMatrix}: the shared chart props, events, and the layout options. */
export interface AbcXyzMatrixProps<T> extends ChartProps<T, AbcXyzLayoutOptions<T>> {
  /** Draw extra SVG on top of the chart, with the computed layout (cells, headers). */
  children?: (layout: AbcXyzLayout<T>) => ReactNode;
}

const SPEC = { kind: 'abc-xyz', options: ABC_XYZ_OPTIONS, height: ABC_XYZ_HEIGHT, styles: STYLES };

function AbcXyzMatrixInner<T>(props: AbcXyzMatrixProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useAbcXyzLayout<T>(shell.options as AbcXyzLayoutOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const { plot, format } = layout;
  const n = layout.result.rows.length;
  const selected = shell.selectedId;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      points={n > 0 ? layout.points : undefined}
      explorerMode="grid"
      tableSpec={layout.table}
    >
      <text
        className="kamkit-axis__label"
        x={round((plot.x0 + plot.x1) / 2)}
        y={plot.y0 - 48}
        textAnchor="middle"
      >
        {layout.xAxisLabel}
      </text>
      <text
        className="kamkit-axis__label"
        transform={`translate(${plot.x0 - layout.margin.left + 16},${round((plot.y0 + plot.y1) / 2)}) rotate(-90)`}
        textAnchor="middle"
      >
        {layout.yAxisLabel}
      </text>
      <Headers layout={layout} />
      {n > 0 ? (
        <g className="kamkit-matrix__cells">
          {layout.cells.map((c) => (
            <MatrixCell
              key={c.cell}
              className="kamkit-abc-xyz__cell"
              data-cell={c.cell}
              data-tier={c.tier}
              data-xyz={c.xyz}
              data-empty={c.summary.count === 0 ? 'true' : undefined}
              data-selected={selected !== null && Object.is(c.id, selected) ? 'true' : undefined}
              x={c.x}
              y={c.y}
              width={c.width}
              height={c.height}
              level={c.level}
              label={c.cell}
              value={format.integer(c.summary.count)}
              lines={c.lines}
            />
          ))}
        </g>
      ) : (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      )}
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

/** The column headers (class and rule) over the grid and the row headers (tier and words) beside it. */
function Headers<T>({ layout }: { layout: AbcXyzLayout<T> }) {
  const { plot } = layout;
  return (
    <g className="kamkit-matrix__headers">
      {layout.columnHeaders.map((h, j) => (
        <g key={h.title} data-xyz={h.title.charAt(0)}>
          <text
            className="kamkit-matrix__header"
            x={round(layout.columnCenters[j] ?? 0)}
            y={plot.y0 - 24}
            textAnchor="middle"
          >
            {h.title}
          </text>
          {h.lines.map((line, k) => (
            <text
              key={k}
              className="kamkit-matrix__subheader"
              x={round(layout.columnCenters[j] ?? 0)}
              y={plot.y0 - 9}
              textAnchor="middle"
            >
              {line}
            </text>
          ))}
        </g>
      ))}
      {layout.rowHeaders.map((h, i) => {
        // The title and its lines, 15 px apart, centred on the row.
        const top = (layout.rowCenters[i] ?? 0) - (15 * h.lines.length) / 2;
        return (
          <g key={h.title} data-tier={h.title}>
            <text
              className="kamkit-matrix__header"
              x={plot.x0 - 10}
              y={round(top)}
              dy="0.32em"
              textAnchor="end"
            >
              {h.title}
            </text>
            {h.lines.map((line, k) => (
              <text
                key={k}
                className="kamkit-matrix__subheader"
                x={plot.x0 - 10}
                y={round(top + 15 * (k + 1))}
                dy="0.32em"
                textAnchor="end"
              >
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </g>
  );
}

/**
 * ABC/XYZ matrix: the 3×3 grid of value (ABC tiers, rows) against steadiness of demand (XYZ classes by the
 * coefficient of variation, columns). Each cell shows its accounts, its value and share, and is tinted by value
 * (`--_cell`, default the accent; square-root scale so small cells stay visible); cells carry `data-cell`,
 * `data-tier` and `data-xyz`. The arrow keys move across the grid in two dimensions; each cell is an item
 * (`kind: 'cell'`, id `'cell:AX'`, `accounts` its records), the selected cell is marked. Its `<desc>` states
 * the finding ("AX (high value, steady) holds 33 accounts (23%) and 77% of revenue."; German with
 * `locale="de-DE"`). Fills its container's width.
 *
 * @example
 * <AbcXyzMatrix data={accounts} series={(d) => d.monthly} label="name" locale="de-DE" currency="EUR"
 *   onSelect={(item) => item && showAccounts(item.accounts)} />
 */
export const AbcXyzMatrix = /* @__PURE__ */ forwardRef(AbcXyzMatrixInner) as <T>(
  props: AbcXyzMatrixProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
