import type { WhaleCurveResult, WhaleCurveRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import { linearScale } from '../../primitives/linearScale';
import { plotArea, resolveMargin } from '../../primitives/margin';
import { axisSpace } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import { linearTicks } from '../../primitives/ticks';
import type { Margin } from '../../primitives/types';
import type { WhaleMode, WhaleScales } from './types';

/** What {@link whaleScales} needs. */
export interface WhaleScaleInput<T> {
  result: WhaleCurveResult<T>;
  mode: WhaleMode;
  levelOf: (row: WhaleCurveRow<T>) => number;
  bars: boolean;
  width: number;
  height: number;
  margin?: Partial<Margin>;
  currency?: string;
  format: Formatters;
}

const DEFAULT_MARGIN: Margin = { top: 16, right: 24, bottom: 44, left: 60 };

/**
 * An axis tick of a value: the chart's tick format below 1,000, else the locale's compact notation with at most
 * one decimal and none forced ("60.000 €" in de-DE, where thousands are not abbreviated, not "60.000,0 €").
 */
function tickFormat(format: Formatters, currency: string | undefined): (value: number) => string {
  const compact = new Intl.NumberFormat(format.locale, {
    ...(currency ? { style: 'currency', currency } : {}),
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  return (v) => (Math.abs(v) < 1000 ? format.tick(v) : compact.format(v));
}

/**
 * Stage 1 of the whale layout: the vertical split (the curve's area, then the optional bar strip — 20 % of the
 * plot, at least 36 px, 22 px below the curve — then the x-axis), the y scale and the left margin measured from
 * its tick labels (and the strip's, whose bars hold about n / plot width accounts each when binned).
 * y: share mode from 0 to the peak (at least 100 %), value mode over the curve's range with zero; both rounded
 * to ticks (d3's nice, 2–8 ticks at about 36 px apart), and one tick step higher when the peak would be within
 * 20 px of the top (room for its label).
 */
export function whaleScales<T>(input: WhaleScaleInput<T>): WhaleScales {
  const { result, mode, levelOf, width, height, format } = input;
  const rows = result.rows;
  const n = rows.length;
  const tick = tickFormat(format, input.currency);
  let minLevel = 0;
  let maxLevel = mode === 'share' ? 1 : 0;
  let minProfit = 0;
  let maxProfit = 0;
  for (const row of rows) {
    const level = levelOf(row);
    if (level < minLevel) minLevel = level;
    if (level > maxLevel) maxLevel = level;
    if (row.profit < minProfit) minProfit = row.profit;
    if (row.profit > maxProfit) maxProfit = row.profit;
  }
  const top = input.margin?.top ?? DEFAULT_MARGIN.top;
  const plotBottom = Math.max(top + 1, height - (input.margin?.bottom ?? DEFAULT_MARGIN.bottom));
  const stripHeight = input.bars && n > 0 ? Math.max(36, Math.round((plotBottom - top) * 0.2)) : 0;
  const curveBottom = Math.max(top + 1, plotBottom - (stripHeight > 0 ? stripHeight + 22 : 0));
  const tickCount = Math.max(2, Math.min(8, Math.floor((curveBottom - top) / 36)));
  let y = linearScale(
    [minLevel, maxLevel > minLevel ? maxLevel : minLevel + 1],
    [curveBottom, top],
    tickCount,
  );
  if (maxLevel > 0 && y(maxLevel) - top < 20) {
    const [t0, t1] = y.ticks(tickCount);
    const [d0, d1] = y.domain;
    const step = t1 !== undefined && t0 !== undefined ? t1 - t0 : (d1 - d0) / tickCount;
    y = linearScale([d0, d1 + step], [curveBottom, top]);
  }
  const yTicks = linearTicks(y, tickCount, mode === 'share' ? (v) => format.percent(v) : tick);
  const perColumn = Math.max(1, Math.ceil(n / Math.max(1, width - 84)));
  const axis = axisSpace(
    [
      ...yTicks.map((t) => t.label),
      ...(stripHeight > 0 ? [tick(maxProfit * perColumn), tick(minProfit * perColumn)] : []),
    ],
    { title: true, min: { labelOffset: 46, margin: DEFAULT_MARGIN.left } },
  );
  const margin = resolveMargin({ ...DEFAULT_MARGIN, left: axis.margin }, input.margin);
  const plot = { ...plotArea(width, height, margin), y0: top, y1: plotBottom };
  const x = linearScale([0, 1], [plot.x0, plot.x1]);
  const xTicks: Tick[] = [0, 0.2, 0.4, 0.6, 0.8, 1].map((p) => ({
    position: x(p),
    label: format.percent(p),
  }));
  return {
    mode,
    margin,
    plot,
    curveBottom,
    stripHeight,
    x,
    y,
    xTicks,
    yTicks,
    yLabelOffset: axis.labelOffset,
    tick,
  };
}
