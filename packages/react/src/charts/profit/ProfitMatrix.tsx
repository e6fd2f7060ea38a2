import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { QuadrantScatter } from '../../primitives/QuadrantScatter';
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
  return (
    <QuadrantScatter
      {...rest}
      rootRef={ref}
      kind="profit-matrix"
      width={width}
      height={height}
      title={
        title ?? `Profit matrix: ${layout.xAxisLabel.toLowerCase()} and ${layout.yAxisLabel.toLowerCase()}`
      }
      description={description}
      explorerLabel={`${title ?? 'Profit matrix'}: use the arrow keys to move between ${unitLabel ?? 'accounts'}, left to right`}
      layout={layout}
      count={layout.result.rows.length}
      yLabelOffset={layout.yLabelOffset}
      splitLabels={layout.splitLabels}
    >
      {children?.(layout)}
    </QuadrantScatter>
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
export const ProfitMatrix = /* @__PURE__ */ forwardRef(ProfitMatrixInner) as <T>(
  props: ProfitMatrixProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
