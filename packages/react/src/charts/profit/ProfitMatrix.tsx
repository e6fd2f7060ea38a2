'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import { splitProps } from '../../contract/options';
import type { ChartEventProps } from '../../contract/types';
import { useChart } from '../../contract/useChart';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { QuadrantScatter } from '../../primitives/QuadrantScatter';
import { quadrantSheet } from '../../theme/sheets/quadrant';
import type { ProfitLayoutOptions } from './options';
import { PROFIT_HEIGHT, PROFIT_OPTIONS } from './options';
import type { ProfitLayout } from './types';
import { useProfitLayout } from './useProfitLayout';

/** Props of {@link ProfitMatrix}: the shared chart props, events, and the layout options. */
export interface ProfitMatrixProps<T>
  extends Omit<ChartBaseProps, 'width' | 'height'>,
    ChartEventProps<T>,
    Omit<ProfitLayoutOptions<T>, 'width'> {
  /** Width in pixels. Default: the container's width (640 on the server). */
  width?: number;
  /** Draw extra SVG on top of the chart, with the computed layout (scales, quadrants, bubbles). */
  children?: (layout: ProfitLayout<T>) => ReactNode;
}

const STYLES = [quadrantSheet];

function ProfitMatrixInner<T>(props: ProfitMatrixProps<T>, ref: Ref<HTMLDivElement>) {
  const [options, rest] = splitProps(props, PROFIT_OPTIONS);
  const { title, description, children, ...others } = rest;
  const height = typeof options.height === 'number' ? options.height : PROFIT_HEIGHT;
  const chart = useChart<T>(others, {
    kind: 'profit-matrix',
    ref,
    width: options.width,
    height,
    locale: options.locale,
    messages: options.messages,
  });
  const result = useProfitLayout<T>({ ...options, width: chart.width } as ProfitLayoutOptions<T>);
  if (!result.ok) {
    return (
      <ChartFrame
        {...chart.frame}
        styles={STYLES}
        title={title ?? ''}
        description={description ?? ''}
        error={result.error}
      />
    );
  }
  const layout = result.value;
  return (
    <QuadrantScatter
      {...chart.frame}
      title={title ?? layout.title}
      description={description}
      layout={layout}
      count={layout.result.rows.length}
      yLabelOffset={layout.yLabelOffset}
      splitLabels={layout.splitLabels}
      selectedId={chart.selectedId}
    >
      {children?.(layout)}
    </QuadrantScatter>
  );
}

/**
 * Profit matrix: each account placed by two measures, such as Shapiro et al.'s cost to serve (x) × net price
 * (y) or revenue × contribution margin, split at the median (default), the mean or given values (core's
 * `profitMatrix`). The quadrants are tinted and named by the preset ('shapiro': Carriage trade, Passive,
 * Bargain basement, Aggressive; 'revenue-margin': Stars, Revenue drivers, Margin pearls, Low value — in German
 * with `locale="de-DE"`) or your labels; the split lines say where they are. With `size`, bubble AREA shows it
 * (e.g. revenue). Each bubble is an `account` item for `onSelect`, `onActiveChange` and `renderTooltip`; the
 * arrow keys move left to right. Beyond `maxTableRows` (500) accounts the table summarises the quadrants.
 *
 * @example
 * <ProfitMatrix data={accounts} x="costToServe" y="netPricePct" formatY="percent" preset="shapiro" size="revenue"
 *   label="name" onSelect={(item) => item && openAccount(item.id)} />
 */
export const ProfitMatrix = /* @__PURE__ */ forwardRef(ProfitMatrixInner) as <T>(
  props: ProfitMatrixProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
