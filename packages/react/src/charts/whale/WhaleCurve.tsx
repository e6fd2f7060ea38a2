'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { Axis, GridRows } from '../../primitives/Axis';
import { ChartFrame } from '../../primitives/ChartFrame';
import { CumulativeCurve } from '../../primitives/CumulativeCurve';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import type { LegendItem } from '../../primitives/Legend';
import { round } from '../../primitives/text';
import type { ExplorerPoint } from '../../primitives/types';
import { curveSheet } from '../../theme/sheets/curve';
import { whaleSheet } from '../../theme/sheets/whale';
import type { WhaleLayoutOptions } from './options';
import { WHALE_HEIGHT, WHALE_OPTIONS } from './options';
import type { WhaleLayout } from './types';
import { useWhaleLayout } from './useWhaleLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [curveSheet, whaleSheet];

/** Props of {@link WhaleCurve}: the shared chart props, events, and the layout options. */
export interface WhaleCurveProps<T> extends ChartProps<T, WhaleLayoutOptions<T>> {
  /** Draw extra SVG on top of the chart, with the computed layout (scales, curve, peak). */
  children?: (layout: WhaleLayout<T>) => ReactNode;
}

const SPEC = { kind: 'whale', options: WHALE_OPTIONS, height: WHALE_HEIGHT, styles: STYLES };

function WhaleCurveInner<T>(props: WhaleCurveProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useWhaleLayout<T>(shell.options as WhaleLayoutOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const { plot } = layout;
  const n = layout.result.rows.length;
  const selectedId = shell.selectedId;
  const selected =
    selectedId === null ? undefined : layout.points.find((p) => p.item && Object.is(p.item.id, selectedId));
  const legend: LegendItem[] = [];
  if (n > 0) {
    if (layout.profitableCount > 0) legend.push({ label: layout.legend.profitable, color: 'var(--_accent)' });
    if (n > layout.profitableCount)
      legend.push({ label: layout.legend.loss, color: 'var(--kamkit-negative-color)' });
    legend.push({ label: layout.legend.reference, color: 'currentColor', shape: 'dash' });
  }
  return (
    <ChartFrame
      {...shell.framed(layout)}
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
        <WhaleMarks layout={layout} selected={selected} />
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
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

/** The curve's areas and lines, the peak's guide, dot, label and annotation, the reference line and label, the selected point and the bars. */
function WhaleMarks<T>({
  layout,
  selected,
}: {
  layout: WhaleLayout<T>;
  selected: ExplorerPoint | undefined;
}) {
  const { plot, peak, annotation, reference } = layout;
  return (
    <>
      <CumulativeCurve className="kamkit-whale__segment" data-segment="profit" area={layout.profitAreaPath} />
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
      <CumulativeCurve className="kamkit-whale__segment" data-segment="profit" line={layout.profitLinePath} />
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
      {selected ? (
        <circle
          className="kamkit-whale__selected"
          data-selected="true"
          cx={round(selected.x)}
          cy={round(selected.y)}
          r={5.5}
        />
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
 * 100,000 accounts; the explorer then visits runs of accounts (`kind: 'bin'` items) and the data table lists
 * deciles. German with `locale="de-DE"`. Fills its container's width.
 *
 * @example
 * <WhaleCurve data={accounts} value="contributionMargin" label="name" locale="de-DE" currency="EUR"
 *   onSelect={(item) => item?.kind === 'account' && navigate(`/accounts/${item.id}`)} />
 */
export const WhaleCurve = /* @__PURE__ */ forwardRef(WhaleCurveInner) as <T>(
  props: WhaleCurveProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
