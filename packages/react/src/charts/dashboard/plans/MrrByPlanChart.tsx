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
import type { MrrByPlanLayoutOptions } from './options';
import { MRR_BY_PLAN_HEIGHT, MRR_BY_PLAN_OPTIONS } from './options';
import type { MrrByPlanLayer, MrrByPlanLayout } from './types';
import { useMrrByPlanLayout } from './useMrrByPlanLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [dashboardSheet, legendToggleSheet];

/** Props of {@link MrrByPlanChart}: the shared chart props, events, legend toggles and the layout options. */
export interface MrrByPlanChartProps<T> extends ChartProps<T, MrrByPlanLayoutOptions<T>>, SeriesToggleProps {
  /** Draw extra SVG on top of the chart, with the computed layout (scales, layers, ticks). */
  children?: (layout: MrrByPlanLayout<T>) => ReactNode;
}

const SPEC = {
  kind: 'mrr-by-plan',
  options: MRR_BY_PLAN_OPTIONS,
  height: MRR_BY_PLAN_HEIGHT,
  styles: STYLES,
};

function MrrByPlanChartInner<T>(props: MrrByPlanChartProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useMrrByPlanLayout<T>(shell.options as MrrByPlanLayoutOptions<T>, shell.hiddenSeries);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const { plot } = layout;
  const empty = layout.result.rows.length === 0 || layout.result.total <= 0;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      legend={empty ? undefined : layout.legend}
      points={empty ? undefined : layout.points}
      explorerMode="x"
      tableSpec={layout.table}
      data-mark={layout.mark}
      data-highlight={layout.highlight ?? undefined}
    >
      <GridRows ticks={layout.yTicks} x0={plot.x0} x1={plot.x1} />
      {empty ? (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      ) : (
        <PlanMarks layout={layout} selected={shell.selectedId} />
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

/** The layers (colour by `data-slot`, no inline style), the selected period's outline and the highlighted plan's label. */
function PlanMarks<T>({
  layout,
  selected,
}: {
  layout: MrrByPlanLayout<T>;
  selected: string | number | null;
}) {
  const index =
    selected === null ? -1 : layout.points.findIndex((point) => Object.is(point.item?.id, selected));
  const point = index >= 0 ? layout.points[index] : undefined;
  const { plot } = layout;
  return (
    <g className="kamkit-plans">
      {layout.layers.map((layer) => (
        <PlanLayer key={layer.plan} layer={layer} mark={layout.mark} />
      ))}
      {point ? (
        <rect
          className="kamkit-plan__selected"
          data-selected="true"
          x={round(point.box ? point.box.x : point.x - 1)}
          y={round(point.y)}
          width={round(point.box ? point.box.width : 2)}
          height={round(Math.max(0, plot.y1 - point.y))}
        />
      ) : null}
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
  );
}

function PlanLayer({ layer, mark }: { layer: MrrByPlanLayer; mark: 'area' | 'bar' }) {
  return (
    <g
      className="kamkit-plan"
      data-plan={layer.plan}
      data-position={layer.position}
      data-slot={(layer.position % 6) + 1}
      data-highlight={layer.highlight ? 'true' : 'false'}
    >
      {mark === 'area' ? (
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
  );
}

/**
 * MRR per plan over time, stacked: the plans in a stable order (`plans`, lowest first, so the upsell plan —
 * e.g. Premium — is on top) and the highlighted plan outlined and labelled. The legend toggles plans (click or
 * keyboard; `hiddenSeries` / `onHiddenSeriesChange`, ids `'series:<plan>'`). Stacked areas for long series,
 * stacked bars for up to 12 periods; months formatted for the locale. A period is a `'bin'` item (its records
 * in `accounts`). Its `<desc>` states the trend and the plan mix, in German with `locale="de-DE"`.
 *
 * @example
 * <MrrByPlanChart data={monthly} period="month" plan="plan" value="mrr" plans={['Basic', 'Standard', 'Premium']}
 *   locale="de-DE" currency="EUR" onHiddenSeriesChange={setHidden} />
 */
export const MrrByPlanChart = /* @__PURE__ */ forwardRef(MrrByPlanChartInner) as <T>(
  props: MrrByPlanChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
