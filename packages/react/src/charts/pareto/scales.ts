import type { Formatters } from '../../format/createFormat';
import { linearScale } from '../../primitives/linearScale';
import { plotArea, resolveMargin } from '../../primitives/margin';
import { axisSpace, FONTS, measureText } from '../../primitives/text';
import { linearTicks } from '../../primitives/ticks';
import type { Margin } from '../../primitives/types';
import type { ParetoScales } from './types';

/** At most this many bars are named on the x axis; more get share ticks (0 %, 20 %, … of accounts). */
const MAX_NAMED_BARS = 24;
/** Names on the x axis are cut to this width in pixels (about 18 characters). */
export const NAME_WIDTH = 110;

/** What {@link paretoScales} needs to know about the data. */
export interface ScaleInput {
  /** Number of ranked accounts and the largest value. */
  n: number;
  maxValue: number;
  /** The name of the account at 0-based rank `r` (read only when bars are named). */
  labelAt: (r: number) => string;
  width: number;
  height: number;
  margin?: Partial<Margin>;
  format: Formatters;
}

/**
 * Stage 1 of the Pareto layout: margins, plot area, scales and y ticks. The vertical margins come first (the
 * y ticks depend only on the plot's height), then the side margins from the measured widths of the tick labels
 * ("3,5 Mio. €" needs more room than "$3.5M"); a margin given by the caller wins. Bars are named on the x axis
 * when there are at most 24 and each gets at least 16 px; names are rotated −40° when they do not fit flat.
 * The value axis is `nice` (round top tick); an empty chart has the domain [0, 1].
 */
export function paretoScales(input: ScaleInput): ParetoScales {
  const { n, width, height, format } = input;
  const plotWidthGuess = width - 56 - 52;
  const named = n > 0 && n <= MAX_NAMED_BARS && plotWidthGuess / n >= 16;
  const names = named ? Array.from({ length: n }, (_, r) => input.labelAt(r)) : [];
  const longest = Math.max(0, ...names.map((name) => Math.min(NAME_WIDTH, measureText(name, FONTS.axis))));
  const rotate = named && plotWidthGuess / n < longest + 8;
  const vertical = resolveMargin(
    { top: 20, right: 0, bottom: rotate ? 34 + Math.ceil(longest * 0.77) : 44, left: 0 },
    input.margin,
  );
  const { y0, y1 } = plotArea(width, height, vertical);
  const y = linearScale([0, n > 0 ? input.maxValue : 1], [y1, y0], 5);
  const yShare = linearScale([0, 1], [y1, y0]);
  const yTicks = linearTicks(y, Math.max(2, Math.min(6, Math.floor((y1 - y0) / 40))), format.tick);
  const yShareTicks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((p) => ({
    position: yShare(p),
    label: format.percent(p),
  }));
  const left = axisSpace(
    yTicks.map((tick) => tick.label),
    { title: true, min: { labelOffset: 52, margin: 64 } },
  );
  const right = axisSpace(
    yShareTicks.map((tick) => tick.label),
    { min: { margin: 52 } },
  );
  const margin = resolveMargin({ ...vertical, left: left.margin, right: right.margin }, input.margin);
  const plot = plotArea(width, height, margin);
  const x = linearScale([0, Math.max(1, n)], [plot.x0, plot.x1]);
  return {
    margin,
    plot,
    x,
    y,
    yShare,
    yTicks,
    yShareTicks,
    yLabelOffset: left.labelOffset,
    named,
    names,
    rotate,
  };
}
