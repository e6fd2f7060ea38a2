import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import { Axis, GridRows } from '../../primitives/Axis';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import { round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import { dashboardSheet } from '../../theme/sheets/dashboard';
import type { MrrMovementsLayout, MrrMovementsLayoutOptions } from './useMrrMovementsLayout';
import { useMrrMovementsLayout } from './useMrrMovementsLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [dashboardSheet];

/** Props of {@link MrrMovementsChart}. */
export interface MrrMovementsChartProps<T>
  extends ChartBaseProps,
    Omit<MrrMovementsLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Margins around the plot, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Title of the left axis. Default: the `valueLabel` (`'MRR'`). */
  yLabel?: string;
  /** Draw extra SVG on top of the chart, with the computed layout (scale, steps, connectors). */
  children?: (layout: MrrMovementsLayout<T>) => ReactNode;
}

function MrrMovementsChartInner<T>(props: MrrMovementsChartProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    period,
    from,
    to,
    id,
    mrr,
    plan,
    label,
    stepLabels,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    width = 640,
    height = 320,
    margin,
    yLabel,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useMrrMovementsLayout({
    data,
    period,
    from,
    to,
    id,
    mrr,
    plan,
    label,
    stepLabels,
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
  const { plot } = layout;
  const words = valueLabel ?? 'MRR';
  const defaultTitle =
    layout.from !== undefined && layout.to !== undefined
      ? `${words} movements, ${layout.periodFormat.label(layout.from)} to ${layout.periodFormat.label(layout.to)}`
      : `${words} movements`;
  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="mrr-movements"
      width={width}
      height={height}
      title={title ?? defaultTitle}
      description={description ?? layout.description}
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
      explorerLabel={`${title ?? defaultTitle}: use the arrow keys to move between the steps`}
      tableSpec={layout.table}
    >
      <GridRows ticks={layout.yTicks} x0={plot.x0} x1={plot.x1} />
      {layout.empty ? (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      ) : (
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
            {layout.steps.map((step) => (
              <g key={step.key} className="kamkit-step" data-step={step.key} data-kind={step.kind}>
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
            ))}
          </g>
        </>
      )}
      <Axis
        orientation="left"
        ticks={layout.yTicks}
        offset={plot.x0}
        range={[plot.y0, plot.y1]}
        label={yLabel ?? words}
        labelOffset={layout.yLabelOffset}
      />
      <Axis orientation="bottom" ticks={[]} offset={plot.y1} range={[plot.x0, plot.x1]} />
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
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * MRR movements between two periods as a waterfall: the start MRR, then new, expansion (increases), contraction
 * and churn (decreases), and the end MRR — each bar starts where the previous one ended, so the bars reconcile.
 * Increases and decreases differ in colour and in the sign of their labels. NRR and GRR are shown above the
 * plot and stated in the `<desc>` ("MRR grew from $1.8M to $2M …: new $120K, …; NRR 99%, GRR 95%.").
 *
 * @example
 * <MrrMovementsChart data={monthly} period="month" from="2024-01" to="2024-12" id="accountId" label="name" locale="de-DE" currency="EUR" />
 */
export const MrrMovementsChart = /* @__PURE__ */ forwardRef(MrrMovementsChartInner) as <T>(
  props: MrrMovementsChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
