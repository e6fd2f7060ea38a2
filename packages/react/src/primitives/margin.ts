import type { Margin } from './types';

/** The plot area inside a chart's margins, in SVG pixels: left and right edges `x0 < x1`, top and bottom `y0 < y1`. */
export interface PlotArea {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Merges a partial margin over a chart's default margin (keys given as `undefined` keep the default).
 *
 * @example
 * resolveMargin({ top: 16, right: 24, bottom: 44, left: 60 }, { left: 80 }); // { top: 16, right: 24, bottom: 44, left: 80 }
 */
export function resolveMargin(defaults: Margin, margin: Partial<Margin> | undefined): Margin {
  if (!margin) return defaults;
  const merged = { ...defaults };
  for (const key of ['top', 'right', 'bottom', 'left'] as const) {
    const value = margin[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * The plot area of a `width` × `height` chart inside `margin`: `x0 = left`, `y0 = top`,
 * `x1 = width − right`, `y1 = height − bottom`, but always at least 1 px wide and high (margins wider than the
 * chart leave a 1 px plot at the left/top margin rather than a negative one, so scales stay monotone).
 *
 * @example
 * plotArea(640, 360, { top: 16, right: 24, bottom: 44, left: 60 }); // { x0: 60, x1: 616, y0: 16, y1: 316 }
 */
export function plotArea(width: number, height: number, margin: Margin): PlotArea {
  return {
    x0: margin.left,
    x1: Math.max(margin.left + 1, width - margin.right),
    y0: margin.top,
    y1: Math.max(margin.top + 1, height - margin.bottom),
  };
}
