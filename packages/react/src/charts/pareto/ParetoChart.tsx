'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { Axis, GridRows } from '../../primitives/Axis';
import { ChartFrame } from '../../primitives/ChartFrame';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import { round } from '../../primitives/text';
import type { ParetoLayoutOptions } from './options';
import { PARETO_HEIGHT, PARETO_OPTIONS } from './options';
import type { ParetoLayout } from './types';
import { useParetoLayout } from './useParetoLayout';

/** Props of {@link ParetoChart}: the shared chart props, events, and the layout options. */
export interface ParetoChartProps<T> extends ChartProps<T, ParetoLayoutOptions<T>> {
  /** Draw extra SVG on top of the chart, with the computed layout (scales, bars, line). */
  children?: (layout: ParetoLayout<T>) => ReactNode;
}

const SPEC = { kind: 'pareto', options: PARETO_OPTIONS, height: PARETO_HEIGHT };

function ParetoChartInner<T>(props: ParetoChartProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useParetoLayout<T>(shell.options as ParetoLayoutOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const { plot, count: n } = layout;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      legend={
        n > 0
          ? [
              { label: layout.legend.vital, color: 'var(--_accent)' },
              { label: layout.legend.other, color: 'var(--_accent-muted)' },
              { label: layout.legend.cumulative, color: 'var(--_line)', shape: 'line' },
              { label: layout.legend.cutoff, color: 'currentColor', shape: 'dash' },
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
        <EmptyMessage plot={plot} detail={layout.note}>
          {layout.finding}
        </EmptyMessage>
      ) : (
        <ParetoMarks layout={layout} selected={shell.selectedId} />
      )}
      <Axis
        orientation="left"
        ticks={layout.yTicks}
        offset={plot.x0}
        range={[plot.y0, plot.y1]}
        label={layout.yAxisLabel}
        labelOffset={layout.yLabelOffset}
      />
      <Axis orientation="right" ticks={layout.yShareTicks} offset={plot.x1} range={[plot.y0, plot.y1]} />
      <Axis
        orientation="bottom"
        ticks={layout.xTicks}
        offset={plot.y1}
        range={[plot.x0, plot.x1]}
        label={layout.xAxisLabel}
        tickRotation={layout.xTickRotation}
      />
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

/** The bars (the selected one with `data-selected`), cutoff lines, cumulative line, its dots and the annotation. */
function ParetoMarks<T>({ layout, selected }: { layout: ParetoLayout<T>; selected: string | number | null }) {
  const { plot, annotation } = layout;
  return (
    <>
      <g className="kamkit-bars">
        {layout.bars.map((bar) => (
          <rect
            key={bar.rankStart}
            className="kamkit-bar"
            data-vital={bar.vital ? 'true' : 'false'}
            data-rank={bar.rankStart}
            data-count={bar.count > 1 ? bar.count : undefined}
            data-selected={selected !== null && Object.is(bar.item.id, selected) ? 'true' : undefined}
            x={round(bar.x)}
            y={round(bar.y)}
            width={round(bar.width)}
            height={round(bar.height)}
          />
        ))}
      </g>
      <line
        className="kamkit-cutoff"
        x1={plot.x0}
        x2={plot.x1}
        y1={round(layout.cutoffY)}
        y2={round(layout.cutoffY)}
      />
      <line
        className="kamkit-cutoff kamkit-cutoff--vital"
        x1={round(layout.vitalX)}
        x2={round(layout.vitalX)}
        y1={round(layout.cutoffY)}
        y2={plot.y1}
      />
      <path className="kamkit-line" d={layout.linePath} />
      {layout.linePoints.length <= 41
        ? layout.linePoints
            .slice(1)
            .map((p, i) => <circle key={i} className="kamkit-dot" cx={round(p.x)} cy={round(p.y)} r={3} />)
        : null}
      <text className="kamkit-annotation" x={annotation.x} y={annotation.y} textAnchor={annotation.anchor}>
        {annotation.lines.length === 1
          ? annotation.lines[0]
          : annotation.lines.map((line, i) => (
              <tspan key={i} x={annotation.x} dy={i === 0 ? undefined : '1.2em'}>
                {line}
              </tspan>
            ))}
      </text>
    </>
  );
}

/**
 * Pareto chart: accounts as bars sorted by value, the cumulative share as a line on a second axis (0–100 %),
 * the cutoff (default 80 %) as a dashed line, and the vital few in the accent colour. Its `<desc>` states the
 * finding ("12 of 60 accounts (20%) make 80% of revenue."; German with `locale="de-DE"`). With more accounts
 * than pixels, bars become columns of adjacent accounts (`kind: 'bin'` items). Fills its container's width.
 *
 * @example
 * <ParetoChart data={accounts} value="revenue" label="name" locale="de-DE" currency="EUR"
 *   onSelect={(item) => item && navigate(`/accounts/${item.id}`)} />
 */
export const ParetoChart = /* @__PURE__ */ forwardRef(ParetoChartInner) as <T>(
  props: ParetoChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
