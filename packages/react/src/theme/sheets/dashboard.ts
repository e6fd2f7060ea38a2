import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of `KaDashboard`, `KpiTiles`, `MrrByPlanChart`, `MrrMovementsChart` and `OnboardingStatus`: plan
 * colours, waterfall steps, onboarding stages, KPI tiles and the dashboard grid. Rendered by those charts next
 * to the base sheet (as `<style href="kamkit-dashboard">`); rules use `:where()` like the base sheet, so a
 * user's CSS wins.
 */
export const dashboardSheet: ChartSheet = {
  id: 'dashboard',
  css: `
:where(.kamkit-chart){--kamkit-risk-high-color:var(--kamkit-risk-high,var(--_d-orange,#d55e00));--kamkit-risk-medium-color:var(--kamkit-risk-medium,#e69f00);--kamkit-risk-low-color:var(--kamkit-risk-low,var(--_d-green,#009e73));--kamkit-positive-color:var(--kamkit-positive,var(--_d-green,#009e73));--kamkit-neutral-color:var(--kamkit-neutral,#8a8f98);--kamkit-negative-color:var(--kamkit-negative,var(--_d-orange,#d55e00))}
:where(.kamkit-chart [data-direction=up]){--_cell:var(--kamkit-positive-color);--_flow:var(--kamkit-positive-color)}
:where(.kamkit-chart [data-direction=down]){--_cell:var(--kamkit-negative-color);--_flow:var(--kamkit-negative-color)}
:where(.kamkit-chart [data-direction=same]){--_cell:var(--_accent);--_flow:var(--kamkit-neutral-color)}
:where(.kamkit-chart [data-direction=other]){--_cell:var(--kamkit-neutral-color);--_flow:var(--kamkit-neutral-color)}
:where(.kamkit-headline){margin:0 0 6px;font-size:1.15em}
:where(.kamkit-headline__figure){font-weight:700}
:where(.kamkit-headline__detail){display:block;font-size:.87em;color:var(--_muted-text)}
:where(.kamkit-column-title){fill:var(--_muted-text);font-weight:600}
:where([data-swatch=--kamkit-positive-color]){--_swatch:var(--kamkit-positive-color)}
:where([data-swatch=--kamkit-neutral-color]){--_swatch:var(--kamkit-neutral-color)}
:where([data-swatch=--kamkit-negative-color]){--_swatch:var(--kamkit-negative-color)}
:where(.kamkit-chart){--kamkit-plan-1-color:var(--kamkit-plan-1,var(--_chart-1,var(--_d-yellow,#e69f00)));--kamkit-plan-2-color:var(--kamkit-plan-2,var(--_chart-2,var(--_d-pink,#cc79a7)));--_d-pink:var(--_kamkit-dark) #e0a3c8;--kamkit-plan-3-color:var(--kamkit-plan-3,var(--_chart-3,var(--_d-blue,#0072b2)));--kamkit-plan-4-color:var(--kamkit-plan-4,var(--_chart-4,var(--_d-green,#009e73)));--kamkit-plan-5-color:var(--kamkit-plan-5,var(--_chart-5,var(--_d-sky,#56b4e9)));--_d-sky:var(--_kamkit-dark) #9ad0f0;--kamkit-plan-6-color:var(--kamkit-plan-6,var(--_d-grey,#8a8f98));--kamkit-total-color:var(--kamkit-total,var(--_accent))}
:where(.kamkit-plan[data-slot=\\31]){--_plan:var(--kamkit-plan-1-color)}
:where(.kamkit-plan[data-slot=\\32]){--_plan:var(--kamkit-plan-2-color)}
:where(.kamkit-plan[data-slot=\\33]){--_plan:var(--kamkit-plan-3-color)}
:where(.kamkit-plan[data-slot=\\34]){--_plan:var(--kamkit-plan-4-color)}
:where(.kamkit-plan[data-slot=\\35]){--_plan:var(--kamkit-plan-5-color)}
:where(.kamkit-plan[data-slot=\\36]){--_plan:var(--kamkit-plan-6-color)}
:where([data-swatch=--kamkit-plan-1-color]){--_swatch:var(--kamkit-plan-1-color)}
:where([data-swatch=--kamkit-plan-2-color]){--_swatch:var(--kamkit-plan-2-color)}
:where([data-swatch=--kamkit-plan-3-color]){--_swatch:var(--kamkit-plan-3-color)}
:where([data-swatch=--kamkit-plan-4-color]){--_swatch:var(--kamkit-plan-4-color)}
:where([data-swatch=--kamkit-plan-5-color]){--_swatch:var(--kamkit-plan-5-color)}
:where([data-swatch=--kamkit-plan-6-color]){--_swatch:var(--kamkit-plan-6-color)}
:where([data-swatch=--kamkit-total-color]){--_swatch:var(--kamkit-total-color)}
:where(.kamkit-plan__area){fill:var(--_plan);stroke:none}
:where(.kamkit-plan__edge){fill:none;stroke:var(--_surface);stroke-width:1;stroke-linejoin:round}
:where(.kamkit-plan__bar){fill:var(--_plan);stroke:var(--_surface);stroke-width:1}
:where(.kamkit-plan[data-highlight=true] .kamkit-plan__edge){stroke:currentColor;stroke-width:2;stroke-linecap:square}
:where(.kamkit-plan__label){font-weight:700;paint-order:stroke;stroke:var(--_surface);stroke-width:3px;stroke-linejoin:round}
:where(.kamkit-step[data-kind=total] .kamkit-step__bar){fill:var(--kamkit-total-color)}
:where(.kamkit-step[data-kind=increase] .kamkit-step__bar){fill:var(--kamkit-positive-color)}
:where(.kamkit-step[data-kind=decrease] .kamkit-step__bar){fill:var(--kamkit-negative-color)}
:where(.kamkit-step__connector){stroke:var(--_axis);stroke-dasharray:3 3;shape-rendering:crispEdges}
:where(.kamkit-step__value){font-weight:600}
:where(.kamkit-rates){display:flex;flex-wrap:wrap;gap:4px 16px}
:where(.kamkit-stage__bar){fill:var(--_accent)}
:where(.kamkit-stage__beyond){fill:var(--_accent-muted);fill-opacity:.6}
:where(.kamkit-stage[data-kind=unknown] .kamkit-stage__bar){fill:var(--kamkit-neutral-color)}
:where(.kamkit-stage[data-kind=unknown] .kamkit-stage__label){font-style:italic}
:where(.kamkit-stage__value){font-weight:600}
:where(.kamkit-stage__value--inside){fill:var(--_surface)}
:where(.kamkit-satisfaction__track){stroke:var(--_grid);stroke-width:4;stroke-linecap:round}
:where(.kamkit-satisfaction__dot){fill:var(--_surface);stroke:currentColor;stroke-width:2}
:where(.kamkit-kpis__list){display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:8px;margin:0;padding:0;list-style:none}
:where(.kamkit-kpi){display:flex;flex-direction:column;gap:2px;min-width:0;container-type:inline-size;padding:10px 12px;border:1px solid var(--_grid);border-radius:8px;background:var(--kamkit-tile-background,transparent)}
:where(.kamkit-kpi__label){display:flex;align-items:center;gap:6px;color:var(--_muted-text);font-weight:600}
:where(.kamkit-kpi__value){font-size:1.75em;font-size:clamp(1.1em,13cqi,1.75em);font-weight:700;line-height:1.15;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
:where(.kamkit-kpi__delta){display:block}
:where(.kamkit-kpi__trend){display:inline-flex;align-items:baseline;gap:4px;max-width:100%}
:where(.kamkit-kpi__arrow){flex:none;fill:var(--_trend,currentColor)}
:where(.kamkit-kpi[data-trend=positive]){--_trend:var(--kamkit-positive-color)}
:where(.kamkit-kpi[data-trend=negative]){--_trend:var(--kamkit-negative-color)}
:where(.kamkit-kpi[data-trend=neutral]){--_trend:var(--kamkit-neutral-color)}
:where(.kamkit-kpi__change){font-weight:600}
:where(.kamkit-kpi__context,.kamkit-kpi__note,.kamkit-kpis__empty){color:var(--_muted-text)}
:where(.kamkit-kpi[data-tone=warning]){border-color:color-mix(in srgb,var(--kamkit-risk-high-color) 55%,transparent)}
:where(.kamkit-kpi__flag){flex:none;width:8px;height:8px;border-radius:50%;background:var(--kamkit-risk-high-color)}
:where(.kamkit-dashboard){--_panel-border:var(--kamkit-panel-border,color-mix(in srgb,currentColor 16%,transparent));--_dashboard-muted:var(--kamkit-muted-text,color-mix(in srgb,currentColor 72%,transparent));container:kamkit-dashboard/inline-size;font-family:var(--kamkit-font-family,inherit);font-size:var(--kamkit-font-size,12px);line-height:1.3}
:where(.kamkit-dashboard__heading){margin:0 0 2px;font-size:1.6em;line-height:1.2}
:where(.kamkit-dashboard__summary){margin:0 0 12px;color:var(--_dashboard-muted)}
:where(.kamkit-dashboard__grid){display:grid;gap:16px;grid-template-columns:minmax(0,1fr)}
@container kamkit-dashboard (min-width:640px){:where(.kamkit-dashboard__grid){grid-template-columns:repeat(2,minmax(0,1fr))}:where(.kamkit-dashboard__panel[data-panel=kpis],.kamkit-dashboard__panel[data-panel=plans],.kamkit-dashboard__panel[data-panel=risk]){grid-column:1/-1}}
@container kamkit-dashboard (min-width:960px){:where(.kamkit-dashboard__grid){grid-template-columns:repeat(3,minmax(0,1fr))}:where(.kamkit-dashboard__panel[data-panel=plans]){grid-column:1/3;grid-row:2}:where(.kamkit-dashboard__panel[data-panel=risk]){grid-column:3;grid-row:2/4}:where(.kamkit-dashboard__panel[data-panel=movements]){grid-column:1;grid-row:3}:where(.kamkit-dashboard__panel[data-panel=onboarding]){grid-column:2;grid-row:3}:where(.kamkit-dashboard__panel[data-panel=survey]){grid-column:1/3}}
:where(.kamkit-dashboard__panel[data-panel=kpis]){padding:0;border:0}
:where(.kamkit-dashboard__panel){min-width:0;margin:0;padding:12px;border:1px solid var(--_panel-border);border-radius:10px}
:where(.kamkit-dashboard__panel-title){margin:0 0 8px;font-size:1.15em;line-height:1.25}
:where(.kamkit-dashboard__slot-empty){margin:0;color:var(--_dashboard-muted)}
`,
};
