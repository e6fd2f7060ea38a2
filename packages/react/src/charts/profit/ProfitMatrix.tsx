import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import { Axis } from '../../primitives/Axis';
import { Bubbles } from '../../primitives/Bubbles';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { QuadrantGrid, QuadrantLabels } from '../../primitives/QuadrantGrid';
import { round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import type { ProfitLayout, ProfitLayoutOptions } from './useProfitLayout';
import { useProfitLayout } from './useProfitLayout';

/** Props of {@link ProfitMatrix}. */
export interface ProfitMatrixProps<T>
  extends ChartBaseProps,
    Omit<ProfitLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Margins around the plot, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Draw extra SVG on top of the chart, with the computed layout (scales, quadrants, bubbles). */
  children?: (layout: ProfitLayout<T>) => ReactNode;
}

function ProfitMatrixInner<T>(props: ProfitMatrixProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    x,
    y,
    split,
    preset,
    id,
    label,
    size,
    sizeLabel,
    labelCount,
    maxRadius,
    xLabel,
    yLabel,
    xScale,
    yScale,
    formatX,
    formatY,
    unitLabel,
    unitLabelSingular,
    maxTableRows,
    locale,
    currency,
    formatValue,
    width = 640,
    height = 480,
    margin,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useProfitLayout({
    data,
    x,
    y,
    split,
    preset,
    id,
    label,
    size,
    sizeLabel,
    labelCount,
    maxRadius,
    xLabel,
    yLabel,
    xScale,
    yScale,
    formatX,
    formatY,
    unitLabel,
    unitLabelSingular,
    maxTableRows,
    locale,
    currency,
    formatValue,
    width,
    height,
    margin,
  });
  const { plot, format, result } = layout;
  const n = result.rows.length;
  return (
    <ChartFrame
      {...rest}
      rootRef={ref}
      kind="profit-matrix"
      width={width}
      height={height}
      title={
        title ?? `Profit matrix: ${layout.xAxisLabel.toLowerCase()} and ${layout.yAxisLabel.toLowerCase()}`
      }
      description={description ?? layout.description}
      legend={
        n > 0
          ? layout.cells.map((cell) => ({
              label: `${cell.label} (${format.integer(cell.count)})`,
              color: `var(--kamkit-quadrant-${cell.position}-color)`,
            }))
          : undefined
      }
      footer={layout.sizeNote ? <p className="kamkit-chart__note">{layout.sizeNote}</p> : undefined}
      points={layout.points}
      explorerMode="xy"
      explorerLabel={`${title ?? 'Profit matrix'}: use the arrow keys to move between ${unitLabel ?? 'accounts'}, left to right`}
      tableSpec={layout.table}
      data-sized={layout.sized ? 'true' : undefined}
      data-dense={n > 1000 ? 'true' : undefined}
    >
      <QuadrantGrid cells={layout.cells} splitX={layout.splitX} splitY={layout.splitY} plot={plot} />
      {n === 0 ? (
        <text
          className="kamkit-empty"
          x={(plot.x0 + plot.x1) / 2}
          y={(plot.y0 + plot.y1) / 2 - 18}
          textAnchor="middle"
        >
          {layout.finding}
        </text>
      ) : (
        <>
          <Bubbles marks={layout.marks} drawOrder={layout.drawOrder} labels={layout.labels} />
          <QuadrantLabels cells={layout.cells} />
          <text className="kamkit-split__label" x={round(layout.splitX + 6)} y={plot.y0 + 13}>
            {layout.splitLabels.x}
          </text>
          <text className="kamkit-split__label" x={plot.x1 - 6} y={round(layout.splitY - 5)} textAnchor="end">
            {layout.splitLabels.y}
          </text>
        </>
      )}
      <Axis
        orientation="left"
        ticks={layout.yTicks}
        offset={plot.x0}
        range={[plot.y0, plot.y1]}
        label={layout.yAxisLabel}
        labelOffset={layout.yLabelOffset}
      />
      <Axis
        orientation="bottom"
        ticks={layout.xTicks}
        offset={plot.y1}
        range={[plot.x0, plot.x1]}
        label={layout.xAxisLabel}
        labelOffset={36}
      />
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * Profit matrix: each account placed by two measures, such as Shapiro et al.'s cost to serve (x) × net price
 * (y) or revenue × contribution margin, split at the median (default), the mean or given values (core's
 * `profitMatrix`). The quadrants are tinted and named by the preset ('shapiro': Carriage trade, Passive,
 * Bargain basement, Aggressive; 'revenue-margin': Stars, Revenue drivers, Margin pearls, Low value) or your
 * labels; the split lines say where they are. With `size`, bubble AREA shows it (e.g. revenue). Marks carry
 * `data-quadrant`; the `<desc>` states the finding. Beyond 500 accounts the table summarises the quadrants.
 *
 * @example
 * <ProfitMatrix data={accounts} x="costToServe" y="netPricePct" formatY="percent" preset="shapiro" size="revenue" label="name" />
 */
export const ProfitMatrix = forwardRef(ProfitMatrixInner) as <T>(
  props: ProfitMatrixProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
