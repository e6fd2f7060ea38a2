import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of `ScoreBreakdown`: the growth and harmony colours, rules, bars per axis and criterion, missing
 * values. Rendered by that chart next to the base sheet (as `<style href="kamkit-breakdown">`); rules use
 * `:where()` like the base sheet, so a user's CSS wins.
 */
export const breakdownSheet: ChartSheet = {
  id: 'breakdown',
  css: `
:where(.kamkit-headline){margin:0 0 6px;font-size:1.15em}
:where(.kamkit-headline__figure){font-weight:700}
:where(.kamkit-headline__detail){display:block;font-size:.87em;color:var(--_muted-text)}
:where(.kamkit-column-title){fill:var(--_muted-text);font-weight:600}
:where(.kamkit-chart){--kamkit-growth-color:var(--kamkit-growth,var(--_accent));--kamkit-harmony-color:var(--kamkit-harmony,var(--_d-green,#009e73))}
:where([data-swatch=--kamkit-growth-color]){--_swatch:var(--kamkit-growth-color)}
:where([data-swatch=--kamkit-harmony-color]){--_swatch:var(--kamkit-harmony-color)}
:where(.kamkit-breakdown__rule){stroke:var(--_grid);shape-rendering:crispEdges}
:where(.kamkit-breakdown__bar){fill:var(--kamkit-growth-color)}
:where(.kamkit-breakdown__bar[data-axis=harmony]){fill:var(--kamkit-harmony-color)}
:where(.kamkit-breakdown__row--axis .kamkit-breakdown__bar){fill:color-mix(in srgb,var(--kamkit-growth-color) 40%,transparent)}
:where(.kamkit-breakdown__row--axis .kamkit-breakdown__bar[data-axis=harmony]){fill:color-mix(in srgb,var(--kamkit-harmony-color) 40%,transparent)}
:where(.kamkit-breakdown__row--total .kamkit-breakdown__bar){fill:color-mix(in srgb,currentColor 60%,transparent)}
:where(.kamkit-breakdown__row--axis,.kamkit-breakdown__row--total) :where(.kamkit-breakdown__name,.kamkit-breakdown__value){font-weight:700}
:where(.kamkit-breakdown__cell){fill:var(--_muted-text)}
:where(.kamkit-breakdown__missing){fill:none;stroke:var(--_muted-text);stroke-dasharray:3 2}
:where(.kamkit-breakdown__note,.kamkit-breakdown__row[data-incomplete=true] .kamkit-breakdown__name){font-style:italic}
`,
};
