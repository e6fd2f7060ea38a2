import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of `ChurnRiskRanking`: risk level colours, bars, badges and the note under the rows. Rendered by
 * those charts next to the base sheet (as `<style href="kamkit-ranking">`); rules use `:where()` like the base
 * sheet, so a user's CSS wins.
 */
export const rankingSheet: ChartSheet = {
  id: 'ranking',
  css: `
:where(.kamkit-chart){--kamkit-tier-a-color:var(--kamkit-tier-a,var(--_chart-1,var(--_d-blue,#0072b2)));--kamkit-tier-b-color:var(--kamkit-tier-b,var(--_chart-3,var(--_d-yellow,#e69f00)));--kamkit-tier-c-color:var(--kamkit-tier-c,var(--_chart-4,var(--_d-grey,#999)));--kamkit-risk-high-color:var(--kamkit-risk-high,var(--_d-orange,#d55e00));--kamkit-risk-medium-color:var(--kamkit-risk-medium,#e69f00);--kamkit-risk-low-color:var(--kamkit-risk-low,var(--_d-green,#009e73))}
:where(.kamkit-chart [data-tier=A]){--_tier:var(--kamkit-tier-a-color)}
:where(.kamkit-chart [data-tier=B]){--_tier:var(--kamkit-tier-b-color)}
:where(.kamkit-chart [data-tier=C]){--_tier:var(--kamkit-tier-c-color)}
:where(.kamkit-headline){margin:0 0 6px;font-size:1.15em}
:where(.kamkit-headline__figure){font-weight:700}
:where(.kamkit-headline__detail){display:block;font-size:.87em;color:var(--_muted-text)}
:where(.kamkit-column-title){fill:var(--_muted-text);font-weight:600}
:where([data-swatch=--kamkit-risk-high-color]){--_swatch:var(--kamkit-risk-high-color)}
:where([data-swatch=--kamkit-risk-medium-color]){--_swatch:var(--kamkit-risk-medium-color)}
:where([data-swatch=--kamkit-risk-low-color]){--_swatch:var(--kamkit-risk-low-color)}
:where(.kamkit-ranking__rule){stroke:var(--_grid);shape-rendering:crispEdges}
:where(.kamkit-ranking__row[data-level=high]){--_lvl:var(--kamkit-risk-high-color)}
:where(.kamkit-ranking__row[data-level=medium]){--_lvl:var(--kamkit-risk-medium-color)}
:where(.kamkit-ranking__row[data-level=low]){--_lvl:var(--kamkit-risk-low-color)}
:where(.kamkit-ranking__bar){fill:color-mix(in srgb,var(--_lvl,var(--_accent)) 80%,transparent)}
:where(.kamkit-ranking__badge){fill:var(--_lvl,var(--_accent))}
:where(.kamkit-ranking__rank,.kamkit-ranking__days){fill:var(--_muted-text)}
:where(.kamkit-ranking__level,.kamkit-ranking__tier){font-weight:600}
:where(.kamkit-ranking__row[data-selected=true] .kamkit-ranking__name){font-weight:700}
:where(.kamkit-ranking__row[data-selected=true] .kamkit-ranking__rule){stroke:var(--_accent);stroke-width:2}
:where(.kamkit-ranking__more){fill:var(--_muted-text);font-style:italic}
`,
};
