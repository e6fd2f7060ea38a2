import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of quadrant scatter charts (`ScoringMatrix`, `ProfitMatrix`): quadrant colours, split lines, bubbles
 * and their labels. Rendered by those charts next to the base sheet (as `<style href="kamkit-quadrant">`);
 * rules use `:where()` like the base sheet, so a user's CSS wins.
 */
export const quadrantSheet: ChartSheet = {
  id: 'quadrant',
  css: `
:where(.kamkit-chart__note){margin:var(--_note-margin,4px 0 0);color:var(--_muted-text)}
:where(.kamkit-chart){--kamkit-quadrant-high-high-color:var(--kamkit-quadrant-high-high,var(--_accent));--kamkit-quadrant-high-low-color:var(--kamkit-quadrant-high-low,var(--_d-yellow,#e69f00));--kamkit-quadrant-low-high-color:var(--kamkit-quadrant-low-high,var(--_d-green,#009e73));--kamkit-quadrant-low-low-color:var(--kamkit-quadrant-low-low,var(--_d-grey,#8a8f98))}
:where([data-swatch=--kamkit-quadrant-high-high-color]){--_swatch:var(--kamkit-quadrant-high-high-color)}
:where([data-swatch=--kamkit-quadrant-high-low-color]){--_swatch:var(--kamkit-quadrant-high-low-color)}
:where([data-swatch=--kamkit-quadrant-low-high-color]){--_swatch:var(--kamkit-quadrant-low-high-color)}
:where([data-swatch=--kamkit-quadrant-low-low-color]){--_swatch:var(--kamkit-quadrant-low-low-color)}
:where(.kamkit-quadrant[data-position=high-high],.kamkit-bubble[data-position=high-high]){--_q:var(--kamkit-quadrant-high-high-color)}
:where(.kamkit-quadrant[data-position=high-low],.kamkit-bubble[data-position=high-low]){--_q:var(--kamkit-quadrant-high-low-color)}
:where(.kamkit-quadrant[data-position=low-high],.kamkit-bubble[data-position=low-high]){--_q:var(--kamkit-quadrant-low-high-color)}
:where(.kamkit-quadrant[data-position=low-low],.kamkit-bubble[data-position=low-low]){--_q:var(--kamkit-quadrant-low-low-color)}
:where(.kamkit-quadrant){fill:color-mix(in srgb,var(--_q,currentColor) 9%,transparent)}
:where(.kamkit-split){stroke:var(--_cutoff);stroke-width:1;stroke-dasharray:4 3;opacity:.6}
:where(.kamkit-quadrant__label){fill:var(--_muted-text);font-weight:700;paint-order:stroke;stroke:var(--_surface);stroke-width:3px;stroke-linejoin:round}
:where(.kamkit-bubble){fill:color-mix(in srgb,var(--_q,var(--_accent)) 70%,transparent);stroke:var(--_surface);stroke-width:.75}
:where(.kamkit-bubble[data-incomplete=true]){fill:color-mix(in srgb,var(--_q,var(--_accent)) 25%,transparent);stroke:var(--_q,var(--_accent));stroke-width:1.5}
:where(.kamkit-bubble[data-selected=true]){stroke:currentColor;stroke-width:2.5}
:where([data-dense=true] .kamkit-bubble){fill:color-mix(in srgb,var(--_q,var(--_accent)) 60%,transparent);stroke-width:.3}
:where(.kamkit-bubble-label,.kamkit-split__label){font-size:11px;paint-order:stroke;stroke:var(--_surface);stroke-width:3px;stroke-linejoin:round}
:where(.kamkit-split__label){fill:var(--_muted-text)}
:where(.kamkit-scoring-matrix,.kamkit-profit-matrix){--_marker-radius:50%}
:where(.kamkit-scoring-matrix,.kamkit-profit-matrix) :where(.kamkit-empty){paint-order:stroke;stroke:var(--_surface);stroke-width:8px;stroke-linejoin:round}
`,
};
