'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { ChartFrame } from '../../primitives/ChartFrame';
import { QuadrantScatter } from '../../primitives/QuadrantScatter';
import { quadrantSheet } from '../../theme/sheets/quadrant';
import type { ProfitLayoutOptions } from './options';
import { PROFIT_HEIGHT, PROFIT_OPTIONS } from './options';
import type { ProfitLayout } from './types';
import { useProfitLayout } from './useProfitLayout';

/** Props of {@link ProfitMatrix}: the shared chart props, events, and the layout options. */
export interface ProfitMatrixProps<T> extends ChartProps<T, ProfitLayoutOptions<T>> {
  /** Draw extra SVG on top of the chart, with the computed layout (scales, quadrants, bubbles). */
  children?: (layout: ProfitLayout<T>) => ReactNode;
}

const STYLES = [quadrantSheet];

const SPEC = { kind: 'profit-matrix', options: PROFIT_OPTIONS, height: PROFIT_HEIGHT, styles: STYLES };

function ProfitMatrixInner<T>(props: ProfitMatrixProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useProfitLayout<T>(shell.options as ProfitLayoutOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  return (
    <QuadrantScatter
      {...shell.framed(layout)}
      layout={layout}
      count={layout.result.rows.length}
      yLabelOffset={layout.yLabelOffset}
      splitLabels={layout.splitLabels}
      selectedId={shell.selectedId}
    >
      {shell.children?.(layout)}
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
