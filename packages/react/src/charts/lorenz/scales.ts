import type { Formatters } from '../../format/createFormat';
import type { lorenz } from '../../messages/en/lorenz';
import type { MessageShape } from '../../messages/types';
import { linearScale } from '../../primitives/linearScale';
import { plotArea, resolveMargin } from '../../primitives/margin';
import { FONTS, measureText, truncateText } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import type { Margin } from '../../primitives/types';
import type { LorenzScales } from './types';

/** The ticks of both axes: 0 %, 20 %, … 100 %. */
const PERCENT_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** The first of `candidates` whose width (axis title font) is at most `room`, else the last one cut to it. */
function fitTitle(candidates: readonly string[], room: number): string {
  for (const text of candidates) if (measureText(text, FONTS.axisTitle) <= room) return text;
  return truncateText(candidates[candidates.length - 1] as string, room, FONTS.axisTitle);
}

/** What {@link lorenzScales} needs. */
export interface LorenzScaleInput {
  width: number;
  height: number;
  margin?: Partial<Margin>;
  xLabel?: string;
  yLabel?: string;
  text: MessageShape<typeof lorenz>;
  format: Formatters;
}

/**
 * Stage 1 of the Lorenz layout: margins, plot area, the two share scales (0…1 on both axes), ticks every 20 %
 * and the axis titles. The y title is the longest catalogue title that fits the plot's height (a `yLabel` prop
 * is cut to it instead); it stands clear of the tick labels beside it — only those along its length count, so
 * "100 %" (wider in de-DE than "100%") moves it out only on a short plot. Tick labels end 8 px from the axis and
 * the rotated title reaches 3 px back towards them, plus 4 px of air: offset = max(46, widest + 15). The x title
 * is centred under the plot and stays inside the chart: on a phone it drops "Cumulative".
 */
export function lorenzScales(input: LorenzScaleInput): LorenzScales {
  const { width, height, text, format } = input;
  const top = input.margin?.top ?? 16;
  const bottom = input.margin?.bottom ?? 44;
  const plotHeight = Math.max(1, height - top - bottom);
  const yAxisLabel = fitTitle(
    input.yLabel !== undefined ? [input.yLabel] : [text.yAxis, text.yAxisShort, text.yAxisShortest],
    plotHeight,
  );
  const yTitleHalf = measureText(yAxisLabel, FONTS.axisTitle) / 2 + 4;
  const fontSize = FONTS.axis.size;
  const yTickWidth = Math.max(
    0,
    ...PERCENT_TICKS.filter(
      (p) => Math.abs((1 - p) * plotHeight - plotHeight / 2) <= yTitleHalf + fontSize / 2,
    ).map((p) => measureText(format.percent(p), FONTS.axis)),
  );
  const yLabelOffset = Math.max(46, Math.ceil(yTickWidth + 15));
  const margin = resolveMargin({ top: 16, right: 24, bottom: 44, left: yLabelOffset + 14 }, input.margin);
  const plot = plotArea(width, height, margin);
  const x = linearScale([0, 1], [plot.x0, plot.x1]);
  const y = linearScale([0, 1], [plot.y1, plot.y0]);
  const xTicks: Tick[] = PERCENT_TICKS.map((p) => ({ position: x(p), label: format.percent(p) }));
  const yTicks: Tick[] = PERCENT_TICKS.map((p) => ({ position: y(p), label: format.percent(p) }));
  const xCentre = (plot.x0 + plot.x1) / 2;
  const xAxisLabel = fitTitle(
    input.xLabel !== undefined ? [input.xLabel] : [text.xAxis, text.xAxisShort, text.xAxisShortest],
    2 * Math.min(xCentre, width - xCentre) - 4,
  );
  return { margin, plot, x, y, xTicks, yTicks, xAxisLabel, yAxisLabel, yLabelOffset };
}
