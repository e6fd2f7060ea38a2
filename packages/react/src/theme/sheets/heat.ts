import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of the heat tables (`ScoringTable`, `WhitespaceMatrix`): shaded cells, headers, group rules, the
 * selected row, and the legend swatches of the owned and pilot states (the base sheet styles only its own
 * colour names; a legend colour without a `data-swatch` rule draws no swatch). Rules use `:where()` like the
 * base sheet, so a user's CSS wins.
 */
export const heatSheet: ChartSheet = {
  id: 'heat',
  css: `
:where(.kamkit-chart){--kamkit-tier-a-color:var(--kamkit-tier-a,var(--_chart-1,var(--_d-blue,#0072b2)));--kamkit-tier-b-color:var(--kamkit-tier-b,var(--_chart-3,var(--_d-yellow,#e69f00)));--kamkit-tier-c-color:var(--kamkit-tier-c,var(--_chart-4,var(--_d-grey,#999)));--kamkit-positive-color:var(--kamkit-positive,var(--_d-green,#009e73));--kamkit-neutral-color:var(--kamkit-neutral,#8a8f98);--kamkit-negative-color:var(--kamkit-negative,var(--_d-orange,#d55e00))}
:where(.kamkit-chart__note){margin:var(--_note-margin,4px 0 0);color:var(--_muted-text)}
:where(.kamkit-heat__cell rect){fill:var(--_cell,var(--_accent))}
:where(.kamkit-heat__cell[data-state=missing] rect){fill:none;stroke:var(--_muted-text);stroke-dasharray:3 2}
:where(.kamkit-heat__cell[data-state=owned]){--_cell:var(--kamkit-positive-color)}
:where(.kamkit-heat__cell[data-state=pilot]){--_cell:var(--kamkit-tier-b-color,var(--_accent))}
:where(.kamkit-heat__cell[data-state=pilot] rect){stroke:var(--_cell);stroke-width:1.5;stroke-dasharray:4 2}
:where(.kamkit-heat__cell[data-state=none] text,.kamkit-heat__cell[data-state=missing] text){fill:var(--_muted-text)}
:where(.kamkit-heat__cell[data-selected=true] rect){stroke:currentColor;stroke-width:2}
:where(.kamkit-heat__label[data-selected=true]){font-weight:700}
:where(.kamkit-heat__header,.kamkit-heat__group){font-weight:700}
:where(.kamkit-heat__header[data-summary=true]){text-decoration:underline}
:where(.kamkit-heat__subheader){font-weight:400;fill:var(--_muted-text)}
:where(.kamkit-heat__rule){stroke:currentColor;stroke-opacity:.35}
:where([data-swatch=--kamkit-positive-color]){--_swatch:var(--kamkit-positive-color)}
:where([data-swatch=--kamkit-tier-b-color]){--_swatch:var(--kamkit-tier-b-color)}
`,
};
