import { KamkitError } from '@kamkit/core';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Formatters } from '../../../format/createFormat';
import { plotArea, resolveMargin } from '../../../primitives/margin';
import type { Period, PeriodFormat } from '../../../primitives/periods';
import { periodTicks } from '../../../primitives/periods';
import { axisSpace } from '../../../primitives/text';
import { linearTicks } from '../../../primitives/ticks';
import type { Margin } from '../../../primitives/types';
import type { MrrByPlanScales } from './types';

interface ScalesInput {
  periods: readonly Period[];
  /** The largest stacked total of the visible plans. */
  maxTotal: number;
  mark: 'area' | 'bar';
  width: number;
  height: number;
  margin: Partial<Margin> | undefined;
  format: Formatters;
  periodFormat: PeriodFormat;
  /** Whether the left axis has a title. */
  yTitle: boolean;
}

/**
 * Stage 1: the plot and scales. The value axis gets the room its longest tick label needs (ticks depend only on
 * the plot's height, so they are found before the left margin); bars sit in bands (inner padding 25 %, 10 % past
 * 24 periods, at most 64 px wide); areas run from the first period at the left edge to the last at the right.
 */
export function mrrByPlanScales(input: ScalesInput): MrrByPlanScales {
  const { periods, mark, width, height, format } = input;
  const n = periods.length;
  const top = input.maxTotal > 0 ? input.maxTotal : 1;
  // MRR near ±1.8e308 leaves no room for the axis's rounded top: the chart says so instead of drawing Infinity.
  if (!Number.isFinite(scaleLinear([0, top]).nice(5).domain()[1] as number)) {
    throw new KamkitError('OVERFLOW', 'The MRR is too large to draw on an axis.', { field: 'value' });
  }
  const vertical = resolveMargin({ top: 16, right: 20, bottom: 36, left: 64 }, input.margin);
  const tickCount = Math.max(2, Math.min(6, Math.floor((height - vertical.bottom - vertical.top) / 40)));
  const provisional = scaleLinear(
    [0, top],
    [vertical.top, Math.max(vertical.top + 1, height - vertical.bottom)],
  ).nice(5);
  const space = axisSpace(provisional.ticks(tickCount).map(format.tick), {
    title: input.yTitle,
    min: { labelOffset: 44 },
  });
  const margin = resolveMargin({ ...vertical, left: space.margin }, input.margin);
  const plot = plotArea(width, height, margin);
  const plotWidth = plot.x1 - plot.x0;
  const band = scaleBand<number>()
    .domain(periods.map((_, i) => i))
    .range([plot.x0, plot.x1])
    .paddingInner(n > 24 ? 0.1 : 0.25)
    .paddingOuter(0.15);
  const bandwidth = mark === 'bar' ? Math.min(band.bandwidth(), 64) : 0;
  const x =
    mark === 'bar'
      ? (i: number) => (band(i) ?? plot.x0) + band.bandwidth() / 2
      : n <= 1
        ? () => (plot.x0 + plot.x1) / 2
        : (i: number) => plot.x0 + (i / (n - 1)) * plotWidth;
  const y = scaleLinear([0, top], [plot.y1, plot.y0]).nice(5);
  return {
    margin,
    plot,
    mark,
    x,
    bandwidth,
    y,
    xTicks: periodTicks(periods, x, Math.max(2, Math.floor(plotWidth / 72)), input.periodFormat),
    yTicks: linearTicks(y, Math.max(2, Math.min(6, Math.floor((plot.y1 - plot.y0) / 40))), format.tick),
    yLabelOffset: space.labelOffset,
  };
}
