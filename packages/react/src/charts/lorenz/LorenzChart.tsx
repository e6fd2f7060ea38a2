'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { Axis, GridRows } from '../../primitives/Axis';
import { ChartFrame } from '../../primitives/ChartFrame';
import { CumulativeCurve } from '../../primitives/CumulativeCurve';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import { round } from '../../primitives/text';
import { curveSheet } from '../../theme/sheets/curve';
import { lorenzSheet } from '../../theme/sheets/lorenz';
import type { LorenzLayoutOptions } from './options';
import { LORENZ_HEIGHT, LORENZ_OPTIONS } from './options';
import type { LorenzLayout } from './types';
import { useLorenzLayout } from './useLorenzLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [curveSheet, lorenzSheet];

/** Props of {@link LorenzChart}: the shared chart props, events, and the layout options. */
export interface LorenzChartProps<T> extends ChartProps<T, LorenzLayoutOptions<T>> {
  /** Show the Gini and HHI headline above the plot. Default `true`. */
  headline?: boolean;
  /** Draw extra SVG on top of the chart, with the computed layout (scales, curve). */
  children?: (layout: LorenzLayout<T>) => ReactNode;
}

const SPEC = { kind: 'lorenz', options: LORENZ_OPTIONS, height: LORENZ_HEIGHT, styles: STYLES };

function LorenzChartInner<T>(props: LorenzChartProps<T>, ref: Ref<HTMLDivElement>) {
  const { headline = true, ...chartProps } = props;
  const shell = useChartShell(chartProps, ref, SPEC);
  const result = useLorenzLayout<T>(shell.options as LorenzLayoutOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const { plot } = layout;
  const n = layout.result.n;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      header={
        headline && layout.gini !== null ? (
          <p className="kamkit-headline">
            <span className="kamkit-headline__figure">{layout.giniText}</span>
            {`: ${layout.giniWords}.`}
            <span className="kamkit-headline__detail">{layout.hhiText}</span>
          </p>
        ) : undefined
      }
      legend={
        n > 0
          ? [
              { label: layout.legend.curve, color: 'var(--_accent)', shape: 'line' },
              { label: layout.legend.equality, color: 'var(--_axis)', shape: 'dash' },
              { label: layout.legend.area, color: 'var(--_accent-muted)' },
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
        <LorenzMarks layout={layout} selectedId={shell.selectedId} />
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
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

/** The area, the line of equality, the marker's guides, the curve, the marker and the selected point. */
function LorenzMarks<T>({
  layout,
  selectedId,
}: {
  layout: LorenzLayout<T>;
  selectedId: string | number | null;
}) {
  const { plot, marker } = layout;
  const selected =
    selectedId === null ? undefined : layout.points.find((p) => p.item && Object.is(p.item.id, selectedId));
  return (
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
            x={round(marker.labelX)}
            y={round(marker.labelY)}
            textAnchor="end"
          >
            {marker.lines.length === 1
              ? marker.label
              : marker.lines.map((line, i) => (
                  <tspan key={i} x={round(marker.labelX)} dy={i === 0 ? undefined : 15}>
                    {line}
                  </tspan>
                ))}
          </text>
        </g>
      ) : null}
      {selected ? (
        <circle
          className="kamkit-lorenz__selected"
          data-selected="true"
          cx={round(selected.x)}
          cy={round(selected.y)}
          r={5}
        />
      ) : null}
    </>
  );
}

/**
 * Lorenz chart: the cumulative share of value over the cumulative share of accounts, smallest first, with the
 * line of equality and the area between them shaded (its size is half the Gini coefficient). The headline and
 * the `<desc>` state the Gini in words ("Gini 0.63: revenue is highly concentrated."; German with
 * `locale="de-DE"`) and the Herfindahl–Hirschman index ("HHI 452 points: as concentrated as 22 accounts of
 * equal size."); a marked point shows what the largest 20 % of accounts make. The curve is downsampled to the
 * plot's pixel width, so the DOM stays small for 100,000 accounts; the explorer then visits runs of accounts
 * (`kind: 'bin'` items) and the data table lists deciles. Fills its container's width.
 *
 * @example
 * <LorenzChart data={accounts} value="revenue" label="name" locale="de-DE" currency="EUR"
 *   onSelect={(item) => item?.kind === 'account' && navigate(`/accounts/${item.id}`)} />
 */
export const LorenzChart = /* @__PURE__ */ forwardRef(LorenzChartInner) as <T>(
  props: LorenzChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
