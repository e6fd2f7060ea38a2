import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import { Axis, GridRows } from '../../primitives/Axis';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { CumulativeCurve } from '../../primitives/CumulativeCurve';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import { round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import { curveSheet } from '../../theme/sheets/curve';
import { lorenzSheet } from '../../theme/sheets/lorenz';
import type { LorenzLayout, LorenzLayoutOptions } from './useLorenzLayout';
import { useLorenzLayout } from './useLorenzLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [curveSheet, lorenzSheet];

/** Props of {@link LorenzChart}. */
export interface LorenzChartProps<T>
  extends ChartBaseProps,
    Omit<LorenzLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Margins around the plot, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Show the Gini and HHI headline above the plot. Default `true`. */
  headline?: boolean;
  /** Draw extra SVG on top of the chart, with the computed layout (scales, curve). */
  children?: (layout: LorenzLayout<T>) => ReactNode;
}

function LorenzChartInner<T>(props: LorenzChartProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    value,
    id,
    label,
    gini,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    width = 640,
    height = 400,
    margin,
    headline = true,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useLorenzLayout({
    data,
    value,
    id,
    label,
    gini,
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
  const { plot, result, marker } = layout;
  const n = result.n;
  const words = valueLabel ?? 'revenue';
  // The marker's label sits left of the point, above it in the shaded area; when the curve runs too close to the
  // line of equality for that, above the line of equality.
  const high = marker !== null && layout.y(marker.valueShare) - layout.y(0.8) < 32;
  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="lorenz"
      width={width}
      height={height}
      title={title ?? `Concentration of ${words} (Lorenz curve)`}
      description={description ?? layout.description}
      header={
        headline && layout.gini !== null ? (
          <p className="kamkit-headline">
            <span className="kamkit-headline__figure">{`Gini ${layout.giniText}`}</span>
            {`: ${layout.giniWords}.`}
            <span className="kamkit-headline__detail">{layout.hhiText}</span>
          </p>
        ) : undefined
      }
      legend={
        n > 0
          ? [
              { label: 'Lorenz curve', color: 'var(--_accent)', shape: 'line' },
              { label: 'Line of equality', color: 'var(--_axis)', shape: 'dash' },
              { label: 'Concentration (area = Gini ÷ 2)', color: 'var(--_accent-muted)' },
            ]
          : undefined
      }
      points={layout.points}
      explorerMode="x"
      tableSpec={layout.table}
      data-binned={layout.binned ? 'true' : undefined}
    >
      <GridRows ticks={layout.yTicks} x0={plot.x0} x1={plot.x1} />
      {n === 0 ? (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      ) : (
        <>
          <CumulativeCurve className="kamkit-lorenz__area" area={layout.areaPath} />
          <line className="kamkit-equality" x1={plot.x0} y1={plot.y1} x2={plot.x1} y2={plot.y0} />
          {marker ? (
            <g className="kamkit-lorenz__marker">
              <line
                className="kamkit-cutoff"
                x1={round(marker.x)}
                x2={round(marker.x)}
                y1={round(marker.y)}
                y2={plot.y1}
              />
              <line
                className="kamkit-cutoff"
                x1={plot.x0}
                x2={round(marker.x)}
                y1={round(marker.y)}
                y2={round(marker.y)}
              />
            </g>
          ) : null}
          <CumulativeCurve className="kamkit-lorenz__curve" line={layout.linePath} />
          {marker ? (
            <g className="kamkit-lorenz__marker">
              <circle className="kamkit-lorenz__dot" cx={round(marker.x)} cy={round(marker.y)} r={4} />
              <text
                className="kamkit-annotation kamkit-halo"
                x={round(marker.x - 8)}
                y={round((high ? layout.y(0.8) - 10 : marker.y - 10) - 15 * (marker.lines.length - 1))}
                textAnchor="end"
              >
                {marker.lines.length === 1
                  ? marker.label
                  : marker.lines.map((line, i) => (
                      <tspan key={i} x={round(marker.x - 8)} dy={i === 0 ? undefined : 15}>
                        {line}
                      </tspan>
                    ))}
              </text>
            </g>
          ) : null}
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
      />
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * Lorenz chart: the cumulative share of value over the cumulative share of accounts, smallest first, with the
 * line of equality and the area between them shaded (its size is half the Gini coefficient). The headline and
 * the `<desc>` state the Gini in words ("Gini 0.63: revenue is highly concentrated.") and the
 * Herfindahl–Hirschman index ("HHI 452 points: as concentrated as 22 accounts of equal size."); a marked point
 * shows what the largest 20 % of accounts make. The curve is downsampled to the plot's pixel width, so the DOM
 * stays small for 100,000 accounts; the data table then lists deciles.
 *
 * @example
 * <LorenzChart data={accounts} value="revenue" label="name" locale="de-DE" currency="EUR" />
 */
export const LorenzChart = /* @__PURE__ */ forwardRef(LorenzChartInner) as <T>(
  props: LorenzChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
