import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import { Axis, GridRows } from '../../primitives/Axis';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import { textWidth } from '../../primitives/measureText';
import { Rects } from '../../primitives/Rects';
import { capitalise, round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import type { ParetoLayout, ParetoLayoutOptions } from './useParetoLayout';
import { useParetoLayout } from './useParetoLayout';

/** Props of {@link ParetoChart}. */
export interface ParetoChartProps<T>
  extends ChartBaseProps,
    Omit<ParetoLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Margins around the plot, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Title of the left axis. Default: the capitalised `valueLabel`. */
  yLabel?: string;
  /** Draw extra SVG on top of the chart, with the computed layout (scales, bars, line). */
  children?: (layout: ParetoLayout<T>) => ReactNode;
}

function ParetoChartInner<T>(props: ParetoChartProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    value,
    id,
    label,
    cutoff,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    tableRows,
    width = 640,
    height = 360,
    margin,
    yLabel,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useParetoLayout({
    data,
    value,
    id,
    label,
    cutoff,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    tableRows,
    width,
    height,
    margin,
  });
  // The layout's count, vital count and cutoff, not `layout.result`: its rows are built only when read.
  const { plot, format, count: n, vitalCount, cutoff: share } = layout;
  const words = valueLabel ?? 'revenue';
  const cutoffText = `${format.percent(share)} of ${words}`;
  const annotation = placeAnnotation(layout.units(vitalCount), cutoffText, layout.vitalX, plot);
  return (
    <ChartFrame
      {...rest}
      rootRef={ref}
      kind="pareto"
      width={width}
      height={height}
      title={title ?? `Pareto analysis of ${words}`}
      description={description ?? layout.description}
      legend={
        n > 0
          ? [
              { label: `Vital few (${format.integer(vitalCount)})`, color: 'var(--_accent)' },
              { label: `Other ${unitLabel ?? 'accounts'}`, color: 'var(--_accent-muted)' },
              { label: 'Cumulative share', color: 'var(--_line)', shape: 'line' },
              { label: `Cutoff ${format.percent(share)}`, color: 'currentColor', shape: 'dash' },
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
          <Rects
            className="kamkit-bars"
            items={layout.bars}
            keyOf={(bar) => bar.rankStart}
            attributes={(bar) => ({
              className: 'kamkit-bar',
              'data-vital': bar.vital ? 'true' : 'false',
              'data-rank': bar.rankStart,
              'data-count': bar.count > 1 ? bar.count : undefined,
              x: round(bar.x),
              y: round(bar.y),
              width: round(bar.width),
              height: round(bar.height),
            })}
          />
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
                .map((p, i) => (
                  <circle key={i} className="kamkit-dot" cx={round(p.x)} cy={round(p.y)} r={3} />
                ))
            : null}
          <text
            className="kamkit-annotation"
            x={annotation.x}
            y={layout.cutoffY + 14}
            textAnchor={annotation.anchor}
          >
            {annotation.lines.length === 1
              ? annotation.lines[0]
              : annotation.lines.map((line, i) => (
                  <tspan key={i} x={annotation.x} dy={i === 0 ? undefined : '1.2em'}>
                    {line}
                  </tspan>
                ))}
          </text>
        </>
      )}
      <Axis
        orientation="left"
        ticks={layout.yTicks}
        offset={plot.x0}
        range={[plot.y0, plot.y1]}
        label={yLabel ?? capitalise(words)}
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
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * Places the vital-few annotation ("12 accounts → 80% of revenue") beside the vertical cutoff line: right of
 * it when the text fits inside the plot, else left of it; else on two lines ("12 accounts →" / "80% of
 * revenue") right or left of it; else right-aligned in the plot. Widths are estimated ({@link textWidth}, bold).
 */
function placeAnnotation(count: string, share: string, x: number, plot: { x0: number; x1: number }) {
  const oneLine = [`${count} → ${share}`];
  const twoLines = [`${count} →`, share];
  const widthOf = (lines: string[]) => Math.max(...lines.map((line) => textWidth(line, 12, true)));
  for (const lines of [oneLine, twoLines]) {
    const width = widthOf(lines);
    if (x + 6 + width <= plot.x1) return { lines, x: x + 6, anchor: 'start' as const };
    if (x - 6 - width >= plot.x0) return { lines, x: x - 6, anchor: 'end' as const };
  }
  const lines = widthOf(oneLine) <= plot.x1 - plot.x0 - 4 ? oneLine : twoLines;
  return { lines, x: plot.x1 - 4, anchor: 'end' as const };
}

/**
 * Pareto chart: accounts as bars sorted by value, the cumulative share as a line on a second axis (0–100 %),
 * the cutoff (default 80 %) as a dashed line, and the vital few in the accent colour. Its `<desc>` states the
 * finding ("12 of 60 accounts (20%) make 80% of revenue."). With more accounts than pixels, bars become
 * columns of adjacent accounts (DOM size bounded by the width); the tooltip names the accounts in a column.
 *
 * @example
 * <ParetoChart data={accounts} value="revenue" label="name" locale="de-DE" currency="EUR" />
 */
export const ParetoChart = /* @__PURE__ */ forwardRef(ParetoChartInner) as <T>(
  props: ParetoChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
