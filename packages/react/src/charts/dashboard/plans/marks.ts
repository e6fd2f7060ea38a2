import type { MrrByPlanRow } from '@kamkit/core';
import { area, line, stack } from 'd3-shape';
import type { Period } from '../../../primitives/periods';
import { measureText, truncateText } from '../../../primitives/text';
import { planSeriesId } from './options';
import type { MrrByPlanLayer, MrrByPlanLayout, MrrByPlanScales } from './types';

/**
 * The colour of the plan at `position` in the stack: 6 colour slots, repeating (`--kamkit-plan-1` … `-6`, falling
 * back to `--chart-1` … `--chart-5` and the Okabe–Ito palette).
 *
 * @example
 * planColor(2); // "var(--kamkit-plan-3-color)"
 */
export function planColor(position: number): string {
  return `var(--kamkit-plan-${(position % 6) + 1}-color)`;
}

/**
 * Stage 2: the stacked layers of the visible plans (d3's stack over core's rows; a hidden plan adds nothing to
 * the stack). A plan keeps its colour slot from its position among all plans, so hiding one recolours nothing.
 * Areas get their upper edge only where the layer has MRR.
 */
export function mrrByPlanLayers(
  rows: readonly MrrByPlanRow[],
  periods: readonly Period[],
  plans: readonly string[],
  visible: readonly string[],
  highlighted: string | null,
  scales: MrrByPlanScales,
): MrrByPlanLayer[] {
  const { x, y, mark, bandwidth } = scales;
  const stacked = stack<MrrByPlanRow, string>()
    .keys(visible)
    .value((row, key) => row.mrr[key] ?? 0)([...rows]);
  const areaOf = area<[number, number]>()
    .x((_, i) => x(i))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]));
  const topOf = line<[number, number]>()
    .defined((d) => d[1] - d[0] > 0)
    .x((_, i) => x(i))
    .y((d) => y(d[1]));
  return stacked.map((series, k) => {
    const plan = visible[k] as string;
    const position = plans.indexOf(plan);
    const bands = series.map((d) => [d[0], d[1]] as [number, number]);
    return {
      plan,
      id: planSeriesId(plan),
      position,
      color: planColor(position),
      highlight: plan === highlighted,
      areaPath: mark === 'area' ? (areaOf(bands) ?? '') : '',
      topPath: mark === 'area' ? (topOf(bands) ?? '') : '',
      segments:
        mark === 'bar'
          ? bands.map(([lo, hi], index) => ({
              period: periods[index] as Period,
              index,
              value: hi - lo,
              x: x(index) - bandwidth / 2,
              y: y(hi),
              width: bandwidth,
              height: Math.max(0, y(lo) - y(hi)),
            }))
          : [],
      bands,
    };
  });
}

/**
 * Stage 3: the highlighted plan's name inside its band in the last period — at the right end of the area
 * (shortened to 60 % of the plot), or centred in the last bar when it fits the bar — when the band is at least
 * 16 px tall; otherwise the legend names it.
 */
export function highlightLabel(
  layers: readonly MrrByPlanLayer[],
  full: string,
  n: number,
  scales: MrrByPlanScales,
): MrrByPlanLayout<unknown>['highlightLabel'] {
  const layer = layers.find((l) => l.highlight);
  if (!layer || n === 0) return null;
  const { x, y, plot, mark, bandwidth } = scales;
  const [lo, hi] = layer.bands[n - 1] as [number, number];
  const top = y(hi);
  const bottom = y(lo);
  if (bottom - top < 16) return null;
  const plotWidth = plot.x1 - plot.x0;
  if (mark === 'area' && plotWidth >= 200) {
    return {
      x: x(n - 1) - 6,
      y: (top + bottom) / 2,
      text: truncateText(full, plotWidth * 0.6, 12),
      anchor: 'end',
    };
  }
  if (mark === 'bar' && measureText(full, 12) + 8 <= bandwidth) {
    return { x: x(n - 1), y: (top + bottom) / 2, text: full, anchor: 'middle' };
  }
  return null;
}
