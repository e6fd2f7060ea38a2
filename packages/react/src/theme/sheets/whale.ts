import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of `WhaleCurve`: profit and loss segments, the 100 % reference, the peak and the bar variant.
 * Rendered by those charts next to the base sheet (as `<style href="kamkit-whale">`); rules use `:where()`
 * like the base sheet, so a user's CSS wins.
 */
export const whaleSheet: ChartSheet = {
  id: 'whale',
  css: `
:where(.kamkit-chart){--kamkit-positive-color:var(--kamkit-positive,var(--_d-green,#009e73));--kamkit-neutral-color:var(--kamkit-neutral,#8a8f98);--kamkit-negative-color:var(--kamkit-negative,var(--_d-orange,#d55e00))}
:where(.kamkit-chart__note){margin:var(--_note-margin,4px 0 0);color:var(--_muted-text)}
:where([data-swatch=--kamkit-positive-color]){--_swatch:var(--kamkit-positive-color)}
:where([data-swatch=--kamkit-neutral-color]){--_swatch:var(--kamkit-neutral-color)}
:where([data-swatch=--kamkit-negative-color]){--_swatch:var(--kamkit-negative-color)}
:where(.kamkit-whale){--_note-margin:0 0 6px}
:where(.kamkit-whale__segment){--_curve-opacity:var(--kamkit-curve-area-opacity,.2);--_curve-width:2.5}
:where(.kamkit-whale__segment[data-segment=profit]){--_curve-fill:var(--_accent);--_curve-stroke:var(--_accent)}
:where(.kamkit-whale__segment[data-segment=loss]){--_curve-fill:var(--kamkit-negative-color);--_curve-stroke:var(--kamkit-negative-color);--_curve-opacity:var(--kamkit-loss-area-opacity,.32)}
:where(.kamkit-whale__reference){stroke:currentColor;stroke-width:1.25;stroke-dasharray:6 4;opacity:.55;shape-rendering:crispEdges}
:where(.kamkit-whale__reference-label){fill:var(--_muted-text)}
:where(.kamkit-whale__dot){fill:var(--_surface);stroke:currentColor;stroke-width:2}
:where(.kamkit-whale__peak-label){font-weight:700}
:where(.kamkit-whale__selected){fill:none;stroke:var(--_accent);stroke-width:2.5}
:where(.kamkit-whale__bar[data-sign=positive]){fill:var(--_accent)}
:where(.kamkit-whale__bar[data-sign=negative]){fill:var(--kamkit-negative-color)}
:where(.kamkit-whale__bars-zero){stroke:var(--_axis);shape-rendering:crispEdges}
`,
};
