import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import { MatrixCell } from '../../primitives/MatrixCell';
import { sharePercent } from '../../primitives/share';
import { round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import { abcSheet } from '../../theme/sheets/abc';
import type { AbcXyzLayout, AbcXyzLayoutOptions } from './useAbcXyzLayout';
import { useAbcXyzLayout } from './useAbcXyzLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [abcSheet];

/** Props of {@link AbcXyzMatrix}. */
export interface AbcXyzMatrixProps<T>
  extends ChartBaseProps,
    Omit<AbcXyzLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Margins around the grid, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Draw extra SVG on top of the chart, with the computed layout (cells, headers). */
  children?: (layout: AbcXyzLayout<T>) => ReactNode;
}

function AbcXyzMatrixInner<T>(props: AbcXyzMatrixProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    id,
    series,
    value,
    abc,
    xyz,
    label,
    tierLabels,
    classLabels,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    width = 640,
    height = 420,
    margin,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useAbcXyzLayout({
    data,
    id,
    series,
    value,
    abc,
    xyz,
    label,
    tierLabels,
    classLabels,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    width,
    height,
    margin,
  });
  const { plot, format, result } = layout;
  const n = result.rows.length;
  const words = valueLabel ?? 'revenue';
  // Lines that fit the cell: the full value or else the compact one ("57,9 Mio. €"), never a cut number (a
  // phone's narrow cells leave the value to the tooltip and the table); "77% of revenue" or else "77%".
  const cellLines = (cellValue: number, share: number, cellWidth: number) => {
    const fits = (text: string) => Array.from(text).length * 6.6 <= cellWidth - 12;
    const full = format.value(cellValue);
    const compact = format.tick(cellValue);
    const percent = sharePercent(format.percent, share);
    const long = `${percent} of ${words}`;
    const value = fits(full) ? [full] : fits(compact) ? [compact] : [];
    return [...value, fits(long) ? long : percent];
  };
  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="abc-xyz"
      width={width}
      height={height}
      title={title ?? `ABC/XYZ matrix: ${words} and steadiness of demand`}
      description={description ?? layout.description}
      points={n > 0 ? layout.points : undefined}
      explorerMode="xy"
      tableSpec={layout.table}
    >
      <text
        className="kamkit-axis__label"
        x={round((plot.x0 + plot.x1) / 2)}
        y={plot.y0 - 48}
        textAnchor="middle"
      >
        Steadiness of demand (XYZ)
      </text>
      <text
        className="kamkit-axis__label"
        transform={`translate(${plot.x0 - layout.margin.left + 16},${round((plot.y0 + plot.y1) / 2)}) rotate(-90)`}
        textAnchor="middle"
      >
        {`${words.charAt(0).toUpperCase()}${words.slice(1)} (ABC)`}
      </text>
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
              x={c.x}
              y={c.y}
              width={c.width}
              height={c.height}
              level={c.level}
              label={c.cell}
              value={format.integer(c.summary.count)}
              lines={c.summary.count > 0 ? cellLines(c.summary.value, c.summary.share, c.width) : []}
            />
          ))}
        </g>
      ) : (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      )}
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * ABC/XYZ matrix: the 3×3 grid of value (ABC tiers, rows) against steadiness of demand (XYZ classes by the
 * coefficient of variation, columns). Each cell shows its accounts, its value and share, and is tinted by value
 * (`--_cell`, default the accent; square-root scale so small cells stay visible); cells carry `data-cell`,
 * `data-tier` and `data-xyz`. Keyboard users visit the nine cells in reading order; the table lists them. Its
 * `<desc>` states the finding ("AX (high value, steady) holds 33 accounts (23%) and 77% of revenue.").
 *
 * @example
 * <AbcXyzMatrix data={accounts} series={(d) => d.monthly} label="name" locale="de-DE" currency="EUR" />
 */
export const AbcXyzMatrix = /* @__PURE__ */ forwardRef(AbcXyzMatrixInner) as <T>(
  props: AbcXyzMatrixProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
