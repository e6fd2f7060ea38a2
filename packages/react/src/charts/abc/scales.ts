import type { Formatters } from '../../format/createFormat';
import { linearScale } from '../../primitives/linearScale';
import { plotArea, resolveMargin } from '../../primitives/margin';
import type { Tick } from '../../primitives/ticks';
import type { Margin } from '../../primitives/types';
import type { AbcScales } from './types';

const PERCENT_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/**
 * Stage 1 of the ABC layout: the plot (26 px on top for the band labels, 48 px on the right for the threshold
 * labels) and the two share scales, with ticks every 20 %; no x ticks without accounts.
 */
export function abcScales(
  n: number,
  width: number,
  height: number,
  margin: Partial<Margin> | undefined,
  format: Formatters,
): AbcScales {
  const resolved = resolveMargin({ top: 26, right: 48, bottom: 44, left: 60 }, margin);
  const plot = plotArea(width, height, resolved);
  const x = linearScale([0, 1], [plot.x0, plot.x1]);
  const y = linearScale([0, 1], [plot.y1, plot.y0]);
  const xTicks: Tick[] =
    n > 0 ? PERCENT_TICKS.map((p) => ({ position: x(p), label: format.percent(p) })) : [];
  const yTicks: Tick[] = PERCENT_TICKS.map((p) => ({ position: y(p), label: format.percent(p) }));
  return { margin: resolved, plot, x, y, xTicks, yTicks };
}
