import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of `AbcChart`, `AbcMigrationChart` and `AbcXyzMatrix`: tier bands, dividers, tier summary, matrix
 * cells and flows. Rendered by those charts next to the base sheet (as `<style href="kamkit-abc">`); rules use
 * `:where()` like the base sheet, so a user's CSS wins.
 */
export const abcSheet: ChartSheet = {
  id: 'abc',
  css: `
:where(.kamkit-chart){--kamkit-tier-a-color:var(--kamkit-tier-a,var(--_chart-1,var(--_d-blue,#0072b2)));--kamkit-tier-b-color:var(--kamkit-tier-b,var(--_chart-3,var(--_d-yellow,#e69f00)));--kamkit-tier-c-color:var(--kamkit-tier-c,var(--_chart-4,var(--_d-grey,#999)));--kamkit-positive-color:var(--kamkit-positive,var(--_d-green,#009e73));--kamkit-neutral-color:var(--kamkit-neutral,#8a8f98);--kamkit-negative-color:var(--kamkit-negative,var(--_d-orange,#d55e00))}
:where(.kamkit-chart [data-tier=A]){--_tier:var(--kamkit-tier-a-color)}
:where(.kamkit-chart [data-tier=B]){--_tier:var(--kamkit-tier-b-color)}
:where(.kamkit-chart [data-tier=C]){--_tier:var(--kamkit-tier-c-color)}
:where(.kamkit-chart [data-direction=up]){--_cell:var(--kamkit-positive-color);--_flow:var(--kamkit-positive-color)}
:where(.kamkit-chart [data-direction=down]){--_cell:var(--kamkit-negative-color);--_flow:var(--kamkit-negative-color)}
:where(.kamkit-chart [data-direction=same]){--_cell:var(--_accent);--_flow:var(--kamkit-neutral-color)}
:where(.kamkit-chart [data-direction=other]){--_cell:var(--kamkit-neutral-color);--_flow:var(--kamkit-neutral-color)}
:where([data-swatch=--kamkit-tier-a-color]){--_swatch:var(--kamkit-tier-a-color)}
:where([data-swatch=--kamkit-tier-b-color]){--_swatch:var(--kamkit-tier-b-color)}
:where([data-swatch=--kamkit-tier-c-color]){--_swatch:var(--kamkit-tier-c-color)}
:where([data-swatch=--kamkit-positive-color]){--_swatch:var(--kamkit-positive-color)}
:where([data-swatch=--kamkit-neutral-color]){--_swatch:var(--kamkit-neutral-color)}
:where([data-swatch=--kamkit-negative-color]){--_swatch:var(--kamkit-negative-color)}
:where(.kamkit-abc__band){--_d-band:var(--_kamkit-dark) .75;--_curve-opacity:var(--kamkit-tier-area-opacity,var(--_d-band,.5))}
:where(.kamkit-abc__divider){stroke:currentColor;stroke-opacity:.45;stroke-width:1;shape-rendering:crispEdges}
:where(.kamkit-abc__dot){fill:var(--_tier,var(--_accent));stroke:var(--_surface);stroke-width:1.5}
:where(.kamkit-band-label){font-weight:600}
:where(.kamkit-abc__dot[data-selected=true]){stroke:var(--_text);stroke-width:2}
:where(.kamkit-abc__selected){fill:none;stroke:var(--_accent);stroke-width:2.5}
:where(.kamkit-tier-summary){display:flex;flex-wrap:wrap;gap:6px 20px;margin:0 0 8px;padding:0;list-style:none}
:where(.kamkit-tier-summary__item){display:grid;grid-template-columns:auto auto;column-gap:8px;align-items:baseline;padding-left:8px;border-left:4px solid var(--_tier,var(--_accent))}
:where(.kamkit-tier-summary__tier){grid-row:span 2;align-self:center;font-size:1.6em;font-weight:700;line-height:1}
:where(.kamkit-tier-summary__share){grid-column:2;color:var(--_muted-text)}
:where(.kamkit-cell__rect){fill:var(--_cell,var(--_accent))}
:where(.kamkit-cell__label){font-weight:700}
:where(.kamkit-cell__value){font-size:1.6em;font-weight:600}
:where(.kamkit-cell[data-empty=true] .kamkit-cell__value){fill:var(--_muted-text);font-weight:400}
:where(.kamkit-matrix__header){font-weight:600}
:where(.kamkit-matrix__subheader){fill:var(--_muted-text)}
:where(.kamkit-flow__link){fill:var(--_flow,var(--kamkit-neutral-color));fill-opacity:.4}
:where(.kamkit-flow__node){fill:var(--_tier,var(--kamkit-neutral-color))}
:where(.kamkit-flow__label){paint-order:stroke;stroke:var(--kamkit-halo,var(--_surface));stroke-width:3px;stroke-linejoin:round}
:where(.kamkit-flow__node[data-state=none],.kamkit-flow__node[data-state=absent],.kamkit-flow__node[data-state=invalid]){fill:var(--kamkit-neutral-color);fill-opacity:.55}
`,
};
