import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import { Axis, GridRows } from '../../primitives/Axis';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import { round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import { dashboardSheet } from '../../theme/sheets/dashboard';
import type { MrrByPlanLayout, MrrByPlanLayoutOptions } from './useMrrByPlanLayout';
import { useMrrByPlanLayout } from './useMrrByPlanLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [dashboardSheet];

/** Props of {@link MrrByPlanChart}. */
export interface MrrByPlanChartProps<T>
  extends ChartBaseProps,
    Omit<MrrByPlanLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Margins around the plot, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Title of the left axis. Default: the `valueLabel` (`'MRR'`). */
  yLabel?: string;
  /** Draw extra SVG on top of the chart, with the computed layout (scales, layers, ticks). */
  children?: (layout: MrrByPlanLayout<T>) => ReactNode;
}

function MrrByPlanChartInner<T>(props: MrrByPlanChartProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    period,
    plan,
    mrr,
    plans,
    periods,
    highlight,
    highlightNote,
    mark,
    valueLabel,
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
  const layout = useMrrByPlanLayout({
    data,
    period,
    plan,
    mrr,
    plans,
    periods,
    highlight,
    highlightNote,
    mark,
    valueLabel,
    locale,
    currency,
    formatValue,
    width,
    height,
    margin,
  });
  const { plot, result } = layout;
  const words = valueLabel ?? 'MRR';
  const empty = result.rows.length === 0 || result.total <= 0;
  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="mrr-by-plan"
      width={width}
      height={height}
      title={title ?? `${words} by plan`}
      description={description ?? layout.description}
      legend={empty ? undefined : layout.legend}
      points={empty ? undefined : layout.points}
      explorerMode="x"
      explorerLabel={`${title ?? `${words} by plan`}: use the arrow keys to move between periods`}
      tableSpec={layout.table}
      data-mark={layout.mark}
      data-highlight={layout.highlight ?? undefined}
    >
      <GridRows ticks={layout.yTicks} x0={plot.x0} x1={plot.x1} />
      {empty ? (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      ) : (
        <g className="kamkit-plans">
          {layout.layers.map((layer) => (
            <g
              key={layer.plan}
              className="kamkit-plan"
              data-plan={layer.plan}
              data-position={layer.position}
              data-highlight={layer.highlight ? 'true' : 'false'}
              style={{ ['--_plan' as string]: layer.color }}
            >
              {layout.mark === 'area' ? (
                <>
                  <path className="kamkit-plan__area" d={layer.areaPath} />
                  <path className="kamkit-plan__edge" d={layer.topPath} />
                </>
              ) : (
                layer.segments.map((segment) =>
                  segment.height > 0 ? (
                    <g key={segment.index}>
                      <rect
                        className="kamkit-plan__bar"
                        data-index={segment.index}
                        x={round(segment.x)}
                        y={round(segment.y)}
                        width={round(segment.width)}
                        height={round(segment.height)}
                      />
                      {layer.highlight ? (
                        <line
                          className="kamkit-plan__edge"
                          x1={round(segment.x)}
                          x2={round(segment.x + segment.width)}
                          y1={round(segment.y)}
                          y2={round(segment.y)}
                        />
                      ) : null}
                    </g>
                  ) : null,
                )
              )}
            </g>
          ))}
          {layout.highlightLabel ? (
            <text
              className="kamkit-plan__label"
              x={round(layout.highlightLabel.x)}
              y={round(layout.highlightLabel.y)}
              dy="0.32em"
              textAnchor={layout.highlightLabel.anchor}
            >
              {layout.highlightLabel.text}
            </text>
          ) : null}
        </g>
      )}
      <Axis
        orientation="left"
        ticks={layout.yTicks}
        offset={plot.x0}
        range={[plot.y0, plot.y1]}
        label={yLabel ?? words}
        labelOffset={layout.yLabelOffset}
      />
      <Axis orientation="bottom" ticks={layout.xTicks} offset={plot.y1} range={[plot.x0, plot.x1]} />
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * MRR per plan over time, stacked: the plans in a stable order (`plans`, lowest first, so the upsell plan —
 * e.g. Premium — is on top) and the highlighted plan outlined and labelled. Months on the time axis are
 * formatted for the locale (`Intl.DateTimeFormat`: "Jan 2024", "Jan. 2024"). Stacked areas for long series,
 * stacked bars for up to 12 periods. Its `<desc>` states the trend and the plan mix in words.
 *
 * @example
 * <MrrByPlanChart data={monthly} period="month" plan="plan" mrr="mrr" plans={['Basic', 'Standard', 'Premium']} locale="de-DE" currency="EUR" />
 */
export const MrrByPlanChart = /* @__PURE__ */ forwardRef(MrrByPlanChartInner) as <T>(
  props: MrrByPlanChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
