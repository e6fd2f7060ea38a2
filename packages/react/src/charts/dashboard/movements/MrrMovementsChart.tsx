'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { SeriesToggleProps } from '../../../contract/types';
import type { ChartProps } from '../../../contract/useChartShell';
import { useChartShell } from '../../../contract/useChartShell';
import { Axis, GridRows } from '../../../primitives/Axis';
import { ChartFrame } from '../../../primitives/ChartFrame';
import { EmptyMessage } from '../../../primitives/EmptyMessage';
import { round } from '../../../primitives/text';
import { dashboardSheet } from '../../../theme/sheets/dashboard';
import { legendToggleSheet } from '../../../theme/sheets/legendToggle';
import type { MrrMovementsLayoutOptions } from './options';
import { MRR_MOVEMENTS_HEIGHT, MRR_MOVEMENTS_OPTIONS } from './options';
import type { MrrMovementsLayout } from './types';
import { useMrrMovementsLayout } from './useMrrMovementsLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [dashboardSheet, legendToggleSheet];

/** Props of {@link MrrMovementsChart}: the shared chart props, events, legend toggles and the layout options. */
export interface MrrMovementsChartProps<T>
  extends ChartProps<T, MrrMovementsLayoutOptions<T>>,
    SeriesToggleProps {
  /** Draw extra SVG on top of the chart, with the computed layout (scale, steps, connectors). */
  children?: (layout: MrrMovementsLayout<T>) => ReactNode;
}

const SPEC = {
  kind: 'mrr-movements',
  options: MRR_MOVEMENTS_OPTIONS,
  height: MRR_MOVEMENTS_HEIGHT,
  styles: STYLES,
};

function MrrMovementsChartInner<T>(props: MrrMovementsChartProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useMrrMovementsLayout<T>(shell.options as MrrMovementsLayoutOptions<T>, shell.hiddenSeries);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const { plot } = layout;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      header={
        layout.nrr || layout.grr ? (
          <p className="kamkit-headline kamkit-rates">
            {[layout.nrr, layout.grr].map((rate, i) =>
              rate ? (
                <span key={i} className="kamkit-headline__figure" data-rate={i === 0 ? 'nrr' : 'grr'}>
                  {rate}
                </span>
              ) : null,
            )}
          </p>
        ) : undefined
      }
      legend={layout.empty ? undefined : layout.legend}
      points={layout.points}
      explorerMode="x"
      tableSpec={layout.table}
    >
      <GridRows ticks={layout.yTicks} x0={plot.x0} x1={plot.x1} />
      {layout.empty ? (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      ) : (
        <WaterfallMarks layout={layout} selected={shell.selectedId} />
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
        ticks={[]}
        offset={plot.y1}
        range={[plot.x0, plot.x1]}
        label={layout.xAxisLabel}
      />
      {layout.empty ? null : (
        <g className="kamkit-axis kamkit-step-labels">
          {layout.xLabels.map((l, i) => (
            <text
              key={i}
              className="kamkit-step__label"
              data-row={l.row}
              x={round(l.x)}
              y={round(l.y)}
              textAnchor="middle"
            >
              {l.text}
            </text>
          ))}
        </g>
      )}
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

/** Connectors and the visible steps' bars (the selected one with `data-selected`) and value labels. */
function WaterfallMarks<T>({
  layout,
  selected,
}: {
  layout: MrrMovementsLayout<T>;
  selected: string | number | null;
}) {
  return (
    <>
      <g className="kamkit-connectors">
        {layout.connectors.map((c, i) => (
          <line
            key={i}
            className="kamkit-step__connector"
            x1={round(c.x1)}
            x2={round(c.x2)}
            y1={round(c.y)}
            y2={round(c.y)}
          />
        ))}
      </g>
      <g className="kamkit-steps">
        {layout.steps.map((step) =>
          step.hidden ? null : (
            <g
              key={step.key}
              className="kamkit-step"
              data-step={step.key}
              data-kind={step.kind}
              data-selected={selected !== null && Object.is(step.item.id, selected) ? 'true' : undefined}
            >
              <rect
                className="kamkit-step__bar"
                data-value={round(step.value)}
                x={round(step.x)}
                y={round(step.y)}
                width={round(step.width)}
                height={round(Math.max(step.height, step.value === 0 ? 0 : 1))}
              />
              <text
                className="kamkit-step__value"
                x={round(step.labelX)}
                y={round(step.labelY)}
                textAnchor="middle"
              >
                {step.valueText}
              </text>
            </g>
          ),
        )}
      </g>
    </>
  );
}

/**
 * MRR movements between two periods as a waterfall: the start MRR, then new, expansion (increases), contraction
 * and churn (decreases), and the end MRR — each bar starts where the previous one ended, so the bars reconcile.
 * Increases and decreases differ in colour and in the sign of their labels; the legend toggles totals,
 * increases and decreases (`hiddenSeries`, ids `'series:total' | 'series:increase' | 'series:decrease'`). A
 * step is a `'bin'` item (id `'step:new'`) whose `accounts` are its records. NRR and GRR are shown above the
 * plot and stated in the `<desc>`, in German with `locale="de-DE"`.
 *
 * @example
 * <MrrMovementsChart data={monthly} period="month" from="2024-01" to="2024-12" id="accountId" value="mrr" label="name"
 *   locale="de-DE" currency="EUR" />
 */
export const MrrMovementsChart = /* @__PURE__ */ forwardRef(MrrMovementsChartInner) as <T>(
  props: MrrMovementsChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
