import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import { Axis, GridRows } from '../../primitives/Axis';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { CumulativeCurve } from '../../primitives/CumulativeCurve';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import type { LegendItem } from '../../primitives/Legend';
import { round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import { curveSheet } from '../../theme/sheets/curve';
import { whaleSheet } from '../../theme/sheets/whale';
import type { WhaleLayout, WhaleLayoutOptions } from './useWhaleLayout';
import { useWhaleLayout } from './useWhaleLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [curveSheet, whaleSheet];

/** Props of {@link WhaleCurve}. */
export interface WhaleCurveProps<T>
  extends ChartBaseProps,
    Omit<WhaleLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Margins around the plot, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Draw extra SVG on top of the chart, with the computed layout (scales, curve, peak). */
  children?: (layout: WhaleLayout<T>) => ReactNode;
}

function WhaleCurveInner<T>(props: WhaleCurveProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    profit,
    id,
    label,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    bars,
    locale,
    currency,
    formatValue,
    width = 640,
    height = 400,
    margin,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useWhaleLayout({
    data,
    profit,
    id,
    label,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    bars,
    locale,
    currency,
    formatValue,
    width,
    height,
    margin,
  });
  const { plot, result, peak, annotation, reference, format } = layout;
  const n = result.rows.length;
  const words = valueLabel ?? 'profit';
  const legend: LegendItem[] = [];
  if (n > 0) {
    if (layout.profitableCount > 0)
      legend.push({ label: `Profitable ${unitLabel ?? 'accounts'}`, color: 'var(--_accent)' });
    if (n > layout.profitableCount)
      legend.push({ label: layout.lossLabel, color: 'var(--kamkit-negative-color)' });
    legend.push({
      label: layout.mode === 'share' ? `${format.percent(1)} = total ${words}` : 'Break-even',
      color: 'currentColor',
      shape: 'dash',
    });
  }
  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="whale"
      width={width}
      height={height}
      title={title ?? `Whale curve of ${words}`}
      description={description ?? layout.description}
      header={layout.modeNote ? <p className="kamkit-chart__note">{layout.modeNote}</p> : undefined}
      legend={legend.length > 0 ? legend : undefined}
      points={layout.points}
      explorerMode="x"
      tableSpec={layout.table}
      data-mode={layout.mode}
      data-binned={layout.binned ? 'true' : undefined}
    >
      <GridRows ticks={layout.yTicks} x0={plot.x0} x1={plot.x1} />
      {n === 0 ? (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      ) : (
        <>
          <CumulativeCurve
            className="kamkit-whale__segment"
            data-segment="profit"
            area={layout.profitAreaPath}
          />
          <CumulativeCurve className="kamkit-whale__segment" data-segment="loss" area={layout.lossAreaPath} />
          {peak ? (
            <line
              className="kamkit-cutoff kamkit-whale__guide"
              x1={round(peak.x)}
              x2={round(peak.x)}
              y1={round(peak.y)}
              y2={round(layout.curveBottom)}
            />
          ) : null}
          <line
            className="kamkit-whale__reference"
            x1={plot.x0}
            x2={plot.x1}
            y1={round(reference.y)}
            y2={round(reference.y)}
          />
          {reference.labelPosition ? (
            <text
              className="kamkit-whale__reference-label kamkit-halo"
              x={round(reference.labelPosition.x)}
              y={round(reference.labelPosition.y)}
              textAnchor={reference.labelPosition.anchor}
            >
              {reference.label}
            </text>
          ) : null}
          <CumulativeCurve
            className="kamkit-whale__segment"
            data-segment="profit"
            line={layout.profitLinePath}
          />
          <CumulativeCurve className="kamkit-whale__segment" data-segment="loss" line={layout.lossLinePath} />
          {peak ? (
            <g className="kamkit-whale__peak">
              <circle className="kamkit-whale__dot" cx={round(peak.x)} cy={round(peak.y)} r={4.5} />
              <text
                className="kamkit-whale__peak-label kamkit-halo"
                x={round(Math.min(plot.x1 - 2, Math.max(plot.x0 + 2, peak.x)))}
                y={round(peak.y - 9)}
                textAnchor={peak.x > plot.x1 - 16 ? 'end' : peak.x < plot.x0 + 16 ? 'start' : 'middle'}
              >
                {peak.levelText}
              </text>
              {annotation ? (
                <text
                  className="kamkit-annotation kamkit-halo kamkit-whale__annotation"
                  x={round(annotation.x)}
                  y={round(annotation.y)}
                  textAnchor={annotation.anchor}
                >
                  {annotation.lines.map((line, i) => (
                    <tspan key={i} x={round(annotation.x)} dy={i === 0 ? 0 : annotation.lineHeight}>
                      {line}
                    </tspan>
                  ))}
                </text>
              ) : null}
            </g>
          ) : null}
          {layout.bars ? (
            <g className="kamkit-whale__bars">
              <path className="kamkit-whale__bar" data-sign="positive" d={layout.bars.positivePath} />
              <path className="kamkit-whale__bar" data-sign="negative" d={layout.bars.negativePath} />
              <line
                className="kamkit-whale__bars-zero"
                x1={plot.x0}
                x2={plot.x1}
                y1={round(layout.bars.y(0))}
                y2={round(layout.bars.y(0))}
              />
            </g>
          ) : null}
        </>
      )}
      <Axis
        orientation="left"
        ticks={layout.yTicks}
        offset={plot.x0}
        range={[plot.y0, layout.curveBottom]}
        label={layout.yAxisLabel}
        labelOffset={layout.yLabelOffset}
      />
      {layout.bars ? (
        <Axis
          orientation="left"
          ticks={layout.bars.ticks}
          offset={plot.x0}
          range={[layout.bars.y0, layout.bars.y1]}
        />
      ) : null}
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
 * Whale curve (Kaplan & Cooper's cumulative profitability curve): accounts from the most to the least
 * profitable on x (0–100 %), cumulative profit as a share of total profit on y. The curve rises above 100 % to
 * its peak, then falls back as the loss-making accounts take profit away; the y-axis extends to the peak, a
 * dashed line marks 100 %, and the part after the peak is drawn in the negative colour. The peak is marked and
 * annotated, and the `<desc>` states the finding ("Peak: the top 62% of accounts make 148% of profit; the
 * remaining 38% destroy 48%."). When total profit is ≤ 0 a share has no meaning: the curve then shows
 * cumulative profit in the value's unit (e.g. EUR) and the chart says so. `bars` adds each account's profit in
 * a strip under the curve. The curve is downsampled to the plot's pixel width, so the DOM stays small for
 * 100,000 accounts; the data table then lists deciles.
 *
 * @example
 * <WhaleCurve data={accounts} profit="contributionMargin" label="name" locale="de-DE" currency="EUR" />
 */
export const WhaleCurve = /* @__PURE__ */ forwardRef(WhaleCurveInner) as <T>(
  props: WhaleCurveProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
