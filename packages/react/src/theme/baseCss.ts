/**
 * The kit's base stylesheet. Every selector is wrapped in `:where()` (zero specificity), so any rule of the
 * user's wins; every colour is a `--kamkit-*` custom property that falls back to shadcn/ui's `--chart-1…5`
 * where set and then to the Okabe–Ito palette (safe for the common colour-vision deficiencies). Text uses
 * `currentColor`. Dark theme: `data-kamkit-theme="dark"` on the chart or any ancestor, or a `.dark` ancestor.
 */
export const baseCss = `
:where(.kamkit-chart){--_accent:var(--kamkit-accent,var(--chart-1,#0072b2));--_accent-muted:var(--kamkit-accent-muted,color-mix(in srgb,var(--_accent) 38%,transparent));--_line:var(--kamkit-line,var(--chart-2,#d55e00));--_cutoff:var(--kamkit-cutoff,currentColor);--_grid:var(--kamkit-grid,color-mix(in srgb,currentColor 14%,transparent));--_axis:var(--kamkit-axis,color-mix(in srgb,currentColor 45%,transparent));--_muted-text:var(--kamkit-muted-text,color-mix(in srgb,currentColor 70%,transparent));--_surface:var(--kamkit-surface,#fff);--_focus:var(--kamkit-focus,#1a73e8);--kamkit-tier-a-color:var(--kamkit-tier-a,var(--chart-1,#0072b2));--kamkit-tier-b-color:var(--kamkit-tier-b,var(--chart-3,#e69f00));--kamkit-tier-c-color:var(--kamkit-tier-c,var(--chart-4,#999));--kamkit-risk-high-color:var(--kamkit-risk-high,#d55e00);--kamkit-risk-medium-color:var(--kamkit-risk-medium,#e69f00);--kamkit-risk-low-color:var(--kamkit-risk-low,#009e73);--kamkit-positive-color:var(--kamkit-positive,#009e73);--kamkit-neutral-color:var(--kamkit-neutral,#8a8f98);--kamkit-negative-color:var(--kamkit-negative,#d55e00);position:relative;font-family:var(--kamkit-font-family,inherit);font-size:var(--kamkit-font-size,12px);font-variant-numeric:tabular-nums;line-height:1.3}
:where([data-kamkit-theme=dark],.dark) :where(.kamkit-chart),:where(.kamkit-chart[data-kamkit-theme=dark]){--_accent:var(--kamkit-accent,var(--chart-1,#56b4e9));--_line:var(--kamkit-line,var(--chart-2,#f0a35e));--_surface:var(--kamkit-surface,#1d2127);--_focus:var(--kamkit-focus,#8ab4f8);--kamkit-tier-a-color:var(--kamkit-tier-a,var(--chart-1,#56b4e9));--kamkit-tier-b-color:var(--kamkit-tier-b,var(--chart-3,#f0c75e));--kamkit-tier-c-color:var(--kamkit-tier-c,var(--chart-4,#9aa0a6));--kamkit-risk-high-color:var(--kamkit-risk-high,#ff8a5c);--kamkit-risk-low-color:var(--kamkit-risk-low,#3ec9a0);--kamkit-positive-color:var(--kamkit-positive,#3ec9a0);--kamkit-negative-color:var(--kamkit-negative,#ff8a5c)}
:where(.kamkit-chart__plot){position:relative}
:where(.kamkit-chart__svg){display:block;width:100%;height:auto;overflow:visible}
:where(.kamkit-chart text){fill:currentColor}
:where(.kamkit-grid line){stroke:var(--_grid);shape-rendering:crispEdges}
:where(.kamkit-axis line,.kamkit-axis path){stroke:var(--_axis);shape-rendering:crispEdges}
:where(.kamkit-axis text){fill:var(--_muted-text)}
:where(.kamkit-axis__label){font-weight:600}
:where(.kamkit-bar){fill:var(--_accent-muted)}
:where(.kamkit-bar[data-vital=true]){fill:var(--_accent)}
:where(.kamkit-line){fill:none;stroke:var(--_line);stroke-width:2;stroke-linejoin:round;stroke-linecap:round}
:where(.kamkit-dot){fill:var(--_surface);stroke:var(--_line);stroke-width:1.5}
:where(.kamkit-cutoff){stroke:var(--_cutoff);stroke-width:1;stroke-dasharray:4 3;opacity:.7}
:where(.kamkit-annotation){fill:var(--_muted-text);font-weight:600}
:where(.kamkit-empty){fill:var(--_muted-text);font-size:1.15em}
:where(.kamkit-legend){display:flex;flex-wrap:wrap;gap:4px 16px;margin:0 0 6px;padding:0;list-style:none;color:var(--_muted-text)}
:where(.kamkit-legend__item){display:inline-flex;align-items:center;gap:6px}
:where(.kamkit-legend__swatch){display:inline-block;width:12px;height:12px;border-radius:2px;background:var(--_swatch)}
:where(.kamkit-legend__swatch[data-shape=line]){height:3px;border-radius:2px}
:where(.kamkit-legend__swatch[data-shape=dash]){height:0;border-top:2px dashed var(--_swatch);background:none}
:where(.kamkit-explorer){position:absolute;inset:0;outline:none;cursor:crosshair;touch-action:pan-y}
:where(.kamkit-explorer:focus-visible){outline:2px solid var(--_focus);outline-offset:2px;border-radius:2px}
:where(.kamkit-explorer__marker){position:absolute;pointer-events:none;box-sizing:border-box;border:2px solid var(--_focus);border-radius:2px}
:where(.kamkit-explorer__marker[data-shape=point]){border-radius:50%;transform:translate(-50%,-50%);width:14px;height:14px}
:where(.kamkit-tooltip){position:absolute;z-index:10;pointer-events:none;min-width:120px;max-width:280px;padding:6px 8px;border-radius:6px;background:var(--_surface);color:inherit;box-shadow:0 2px 10px rgb(0 0 0 / .18);border:1px solid var(--_grid);white-space:normal;overflow-wrap:anywhere}
:where(.kamkit-tooltip__title){font-weight:600;margin:0 0 2px}
:where(.kamkit-tooltip__line){margin:0;color:var(--_muted-text)}
:where(.kamkit-table){border-collapse:collapse;margin-top:8px;font-size:inherit}
:where(.kamkit-table th,.kamkit-table td){padding:3px 8px;border-bottom:1px solid var(--_grid);text-align:start}
:where(.kamkit-table td[data-numeric=true]){text-align:end}
:where(.kamkit-visually-hidden){position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
:where(.kamkit-table-toggle){margin-top:6px;font:inherit;color:inherit;background:none;border:1px solid var(--_grid);border-radius:4px;padding:2px 8px;cursor:pointer}
:where(.kamkit-chart [data-tier=A]){--_tier:var(--kamkit-tier-a-color)}
:where(.kamkit-chart [data-tier=B]){--_tier:var(--kamkit-tier-b-color)}
:where(.kamkit-chart [data-tier=C]){--_tier:var(--kamkit-tier-c-color)}
:where(.kamkit-curve__area){fill:var(--_curve-fill,var(--_accent));fill-opacity:var(--kamkit-curve-area-opacity,.22);stroke:none}
:where(.kamkit-curve__line){fill:none;stroke:var(--_curve-stroke,currentColor);stroke-width:2;stroke-linejoin:round;stroke-linecap:round}
:where(.kamkit-curve[data-tier]){--_curve-fill:var(--_tier)}
:where(.kamkit-abc__band .kamkit-curve__area){fill-opacity:var(--kamkit-tier-area-opacity,.5)}
:where(.kamkit-abc__divider){stroke:currentColor;stroke-opacity:.45;stroke-width:1;shape-rendering:crispEdges}
:where(.kamkit-abc__dot){fill:var(--_tier,var(--_accent));stroke:var(--_surface);stroke-width:1.5}
:where(.kamkit-band-label){font-weight:600}
:where(.kamkit-tier-summary){display:flex;flex-wrap:wrap;gap:6px 20px;margin:0 0 8px;padding:0;list-style:none}
:where(.kamkit-tier-summary__item){display:grid;grid-template-columns:auto auto;column-gap:8px;align-items:baseline;padding-left:8px;border-left:4px solid var(--_tier,var(--_accent))}
:where(.kamkit-tier-summary__tier){grid-row:span 2;align-self:center;font-size:1.6em;font-weight:700;line-height:1}
:where(.kamkit-tier-summary__share){grid-column:2;color:var(--_muted-text)}
:where(.kamkit-cell__rect){fill:var(--_cell,var(--_accent))}
:where(.kamkit-cell__label){font-weight:700}
:where(.kamkit-cell__value){font-size:1.6em;font-weight:600}
:where(.kamkit-cell[data-empty=true] .kamkit-cell__value){fill:var(--_muted-text);font-weight:400}
:where(.kamkit-chart [data-direction=up]){--_cell:var(--kamkit-positive-color);--_flow:var(--kamkit-positive-color)}
:where(.kamkit-chart [data-direction=down]){--_cell:var(--kamkit-negative-color);--_flow:var(--kamkit-negative-color)}
:where(.kamkit-chart [data-direction=same]){--_cell:var(--_accent);--_flow:var(--kamkit-neutral-color)}
:where(.kamkit-chart [data-direction=other]){--_cell:var(--kamkit-neutral-color);--_flow:var(--kamkit-neutral-color)}
:where(.kamkit-matrix__header){font-weight:600}
:where(.kamkit-matrix__subheader){fill:var(--_muted-text)}
:where(.kamkit-flow__link){fill:var(--_flow,var(--kamkit-neutral-color));fill-opacity:.4}
:where(.kamkit-flow__node){fill:var(--_tier,var(--kamkit-neutral-color))}
:where(.kamkit-flow__label,.kamkit-halo){paint-order:stroke;stroke:var(--kamkit-halo,var(--_surface));stroke-width:3px;stroke-linejoin:round}
:where(.kamkit-flow__node[data-state=none],.kamkit-flow__node[data-state=absent],.kamkit-flow__node[data-state=invalid]){fill:var(--kamkit-neutral-color);fill-opacity:.55}
:where(.kamkit-headline){margin:0 0 6px;font-size:1.15em}
:where(.kamkit-headline__figure){font-weight:700}
:where(.kamkit-headline__detail){display:block;font-size:.87em;color:var(--_muted-text)}
:where(.kamkit-lorenz__area .kamkit-curve__area){fill-opacity:var(--kamkit-curve-area-opacity,.25)}
:where(.kamkit-lorenz__curve){--_curve-stroke:var(--_accent)}
:where(.kamkit-lorenz__curve .kamkit-curve__line){stroke-width:2.5}
:where(.kamkit-equality){stroke:var(--_axis);stroke-width:1.5;stroke-dasharray:5 4}
:where(.kamkit-lorenz__dot){fill:var(--_accent);stroke:var(--_surface);stroke-width:1.5}
:where(.kamkit-chart){--kamkit-plan-1-color:var(--kamkit-plan-1,var(--chart-1,#e69f00));--kamkit-plan-2-color:var(--kamkit-plan-2,var(--chart-2,#cc79a7));--kamkit-plan-3-color:var(--kamkit-plan-3,var(--chart-3,#0072b2));--kamkit-plan-4-color:var(--kamkit-plan-4,var(--chart-4,#009e73));--kamkit-plan-5-color:var(--kamkit-plan-5,var(--chart-5,#56b4e9));--kamkit-plan-6-color:var(--kamkit-plan-6,#8a8f98);--kamkit-total-color:var(--kamkit-total,var(--_accent))}
:where([data-kamkit-theme=dark],.dark) :where(.kamkit-chart),:where(.kamkit-chart[data-kamkit-theme=dark]){--kamkit-plan-1-color:var(--kamkit-plan-1,var(--chart-1,#f0c75e));--kamkit-plan-2-color:var(--kamkit-plan-2,var(--chart-2,#e0a3c8));--kamkit-plan-3-color:var(--kamkit-plan-3,var(--chart-3,#56b4e9));--kamkit-plan-4-color:var(--kamkit-plan-4,var(--chart-4,#3ec9a0));--kamkit-plan-5-color:var(--kamkit-plan-5,var(--chart-5,#9ad0f0));--kamkit-plan-6-color:var(--kamkit-plan-6,#9aa0a6)}
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
:where(.kamkit-column-title){fill:var(--_muted-text);font-weight:600}
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
:where(.kamkit-dashboard__grid){display:grid;gap:16px;grid-template-columns:minmax(0,1fr);grid-template-areas:"kpis" "plans" "movements" "onboarding" "risk"}
@container kamkit-dashboard (min-width:640px){:where(.kamkit-dashboard__grid){grid-template-columns:repeat(2,minmax(0,1fr));grid-template-areas:"kpis kpis" "plans plans" "movements onboarding" "risk risk"}}
@container kamkit-dashboard (min-width:960px){:where(.kamkit-dashboard__grid){grid-template-columns:repeat(3,minmax(0,1fr));grid-template-areas:"kpis kpis kpis" "plans plans risk" "movements onboarding risk"}}
:where(.kamkit-dashboard__panel){min-width:0;margin:0;padding:12px;border:1px solid var(--_panel-border);border-radius:10px}
:where(.kamkit-dashboard__panel[data-panel=kpis]){grid-area:kpis;padding:0;border:0}
:where(.kamkit-dashboard__panel[data-panel=plans]){grid-area:plans}
:where(.kamkit-dashboard__panel[data-panel=movements]){grid-area:movements}
:where(.kamkit-dashboard__panel[data-panel=onboarding]){grid-area:onboarding}
:where(.kamkit-dashboard__panel[data-panel=risk]){grid-area:risk}
:where(.kamkit-dashboard__panel-title){margin:0 0 8px;font-size:1.15em;line-height:1.25}
:where(.kamkit-dashboard__slot-empty){margin:0;color:var(--_dashboard-muted)}
:where(.kamkit-stakeholders,.kamkit-stakeholders__map){--_card-border:var(--kamkit-card-border,color-mix(in srgb,currentColor 30%,transparent));--_link:var(--kamkit-link,color-mix(in srgb,currentColor 45%,var(--_surface)));--_win:var(--kamkit-win,var(--_accent));--_path:var(--kamkit-path,var(--_accent));--kamkit-coverage-red-color:var(--kamkit-coverage-red,var(--kamkit-risk-high-color));--kamkit-coverage-amber-color:var(--kamkit-coverage-amber,var(--kamkit-risk-medium-color));--kamkit-coverage-green-color:var(--kamkit-coverage-green,var(--kamkit-risk-low-color))}
:where(.kamkit-stakeholders__card,.kamkit-stakeholders__attitude,.kamkit-stakeholders__key){--_attitude:color-mix(in srgb,currentColor 40%,transparent)}
:where(.kamkit-stakeholders__card[data-attitude=positive],.kamkit-stakeholders__attitude[data-attitude=positive],.kamkit-stakeholders__key[data-attitude=positive]){--_attitude:var(--kamkit-positive-color)}
:where(.kamkit-stakeholders__card[data-attitude=neutral],.kamkit-stakeholders__attitude[data-attitude=neutral],.kamkit-stakeholders__key[data-attitude=neutral]){--_attitude:var(--kamkit-neutral-color)}
:where(.kamkit-stakeholders__card[data-attitude=negative],.kamkit-stakeholders__attitude[data-attitude=negative],.kamkit-stakeholders__key[data-attitude=negative]){--_attitude:var(--kamkit-negative-color)}
:where(.kamkit-stakeholders__card-bg){fill:color-mix(in srgb,var(--_attitude) 10%,var(--_surface));stroke:var(--_card-border);stroke-width:1}
:where(.kamkit-stakeholders__card[data-on-path=true] .kamkit-stakeholders__card-bg){stroke:var(--_path);stroke-width:2}
:where(.kamkit-stakeholders__stripe){fill:var(--_attitude)}
:where(.kamkit-stakeholders__name){font-size:12px;font-weight:600}
:where(.kamkit-stakeholders__title){font-size:11px;fill:var(--_muted-text)}
:where(.kamkit-stakeholders__organisation){font-size:10.5px;font-style:italic;fill:var(--_muted-text)}
:where(.kamkit-stakeholders__attitude-icon){fill:var(--_attitude)}
:where(.kamkit-stakeholders__attitude-glyph){font-size:11px;font-weight:700;fill:var(--_surface)}
:where(.kamkit-stakeholders__attitude-word){font-size:11px}
:where(.kamkit-stakeholders__relationship-dot,.kamkit-stakeholders__power-bar){fill:none;stroke:currentColor;stroke-width:1;opacity:.5}
:where(.kamkit-stakeholders__relationship-dot[data-on=true],.kamkit-stakeholders__power-bar[data-on=true]){fill:currentColor;opacity:.85}
:where(.kamkit-stakeholders__key-contact){fill:var(--_surface);stroke:currentColor;stroke-width:1.5}
:where(.kamkit-stakeholders__key-contact-text){font-size:10px;font-weight:700}
:where(.kamkit-stakeholders__win-ring){fill:none;stroke:var(--_win);stroke-width:2.5}
:where(.kamkit-stakeholders__win-badge rect){fill:var(--_win)}
:where(.kamkit-stakeholders__win-badge text){fill:var(--_surface);font-size:9.5px;font-weight:700}
:where(.kamkit-stakeholders__link){fill:none;stroke:var(--_link);stroke-width:1.5}
:where(.kamkit-stakeholders__secondary){fill:none;stroke:var(--_link);stroke-width:1.5;stroke-dasharray:6 4}
:where(.kamkit-stakeholders__influence,.kamkit-stakeholders__arrow,.kamkit-stakeholders__key){--_kind:color-mix(in srgb,currentColor 60%,transparent)}
:where(.kamkit-stakeholders__influence[data-kind=positive],.kamkit-stakeholders__arrow[data-kind=positive],.kamkit-stakeholders__key[data-kind=positive]){--_kind:var(--kamkit-positive-color)}
:where(.kamkit-stakeholders__influence[data-kind=negative],.kamkit-stakeholders__arrow[data-kind=negative],.kamkit-stakeholders__key[data-kind=negative]){--_kind:var(--kamkit-negative-color)}
:where(.kamkit-stakeholders__influence[data-kind=neutral],.kamkit-stakeholders__arrow[data-kind=neutral],.kamkit-stakeholders__key[data-kind=neutral]){--_kind:var(--kamkit-neutral-color)}
:where(.kamkit-stakeholders__influence){fill:none;stroke:var(--_kind);stroke-width:2.25;stroke-dasharray:1 5;stroke-linecap:round}
:where(.kamkit-stakeholders__arrow){fill:var(--_kind)}
:where(.kamkit-stakeholders__path-halo){fill:none;stroke:var(--_path);stroke-width:9;stroke-linecap:round;stroke-linejoin:round;opacity:var(--kamkit-path-opacity,.3)}
:where([data-kamkit-theme=dark],.dark) :where(.kamkit-stakeholders__path-halo),:where(.kamkit-chart[data-kamkit-theme=dark] .kamkit-stakeholders__path-halo){opacity:var(--kamkit-path-opacity,.5)}
:where(.kamkit-stakeholders__tree-label){font-size:12px;font-weight:600;fill:var(--_muted-text)}
:where(.kamkit-stakeholders__coverage){display:flex;flex-wrap:wrap;align-items:center;gap:4px 6px;margin:0 0 6px}
:where(.kamkit-stakeholders__coverage-dot){display:inline-block;width:12px;height:12px;border-radius:50%;background:var(--_coverage,currentColor)}
:where(.kamkit-stakeholders__coverage[data-coverage=red]){--_coverage:var(--kamkit-coverage-red-color)}
:where(.kamkit-stakeholders__coverage[data-coverage=amber]){--_coverage:var(--kamkit-coverage-amber-color)}
:where(.kamkit-stakeholders__coverage[data-coverage=green]){--_coverage:var(--kamkit-coverage-green-color)}
:where(.kamkit-stakeholders__error){margin:0 0 6px;padding:6px 10px;border:1px solid var(--kamkit-negative-color);border-left-width:4px;border-radius:4px}
:where(.kamkit-stakeholders .kamkit-chart__plot){max-width:max-content}
:where(.kamkit-stakeholders .kamkit-tooltip){width:max-content}
:where(.kamkit-stakeholders__key){display:inline-flex;flex:none;align-items:center;justify-content:center;gap:2px;box-sizing:border-box;line-height:1}
:where(.kamkit-stakeholders__key[data-key=attitude]){width:13px;height:13px;border-radius:50%;background:var(--_attitude);color:var(--_surface);font-size:11px;font-weight:700}
:where(.kamkit-stakeholders__key[data-key=power]){align-items:flex-end;height:12px;gap:1.5px}
:where(.kamkit-stakeholders__key[data-key=power]>span){width:4px;height:5px;background:currentColor;opacity:.85}
:where(.kamkit-stakeholders__key[data-key=power]>span:nth-child(2)){height:8.5px}
:where(.kamkit-stakeholders__key[data-key=power]>span:nth-child(3)){height:12px}
:where(.kamkit-stakeholders__key[data-key=relationship]>span){width:6px;height:6px;border-radius:50%;border:1px solid currentColor;box-sizing:border-box;opacity:.85}
:where(.kamkit-stakeholders__key[data-key=relationship]>span:not(:last-child)){background:currentColor}
:where(.kamkit-stakeholders__key[data-key=key-contact]){width:13px;height:13px;border-radius:50%;border:1.5px solid currentColor;font-size:9px;font-weight:700}
:where(.kamkit-stakeholders__key[data-key=to-win]){width:20px;height:12px;border:2px solid var(--_win);border-radius:4px}
:where(.kamkit-stakeholders__key[data-key=reporting]){width:22px;border-top:1.5px solid var(--_link)}
:where(.kamkit-stakeholders__key[data-key=secondary]){width:22px;border-top:1.5px dashed var(--_link)}
:where(.kamkit-stakeholders__key[data-key=influence]){width:26px;justify-content:flex-end;border-top:2.5px dotted var(--_kind)}
:where(.kamkit-stakeholders__key[data-key=influence])::after{content:"";margin-top:-2.5px;border-left:8px solid var(--_kind);border-block:4.5px solid transparent;transform:translateY(-1.25px)}
:where(.kamkit-stakeholders__key[data-key=path]){width:22px;height:8px;border-radius:4px;background:var(--_path);opacity:var(--kamkit-path-opacity,.3)}
:where([data-kamkit-theme=dark],.dark) :where(.kamkit-stakeholders__key[data-key=path]),:where(.kamkit-chart[data-kamkit-theme=dark] .kamkit-stakeholders__key[data-key=path]){opacity:var(--kamkit-path-opacity,.5)}
:where(.kamkit-chart){--kamkit-quadrant-high-high-color:var(--kamkit-quadrant-high-high,var(--_accent));--kamkit-quadrant-high-low-color:var(--kamkit-quadrant-high-low,#e69f00);--kamkit-quadrant-low-high-color:var(--kamkit-quadrant-low-high,#009e73);--kamkit-quadrant-low-low-color:var(--kamkit-quadrant-low-low,#8a8f98);--kamkit-growth-color:var(--kamkit-growth,var(--_accent));--kamkit-harmony-color:var(--kamkit-harmony,#009e73)}
:where([data-kamkit-theme=dark],.dark) :where(.kamkit-chart),:where(.kamkit-chart[data-kamkit-theme=dark]){--kamkit-quadrant-high-low-color:var(--kamkit-quadrant-high-low,#f0c75e);--kamkit-quadrant-low-high-color:var(--kamkit-quadrant-low-high,#3ec9a0);--kamkit-quadrant-low-low-color:var(--kamkit-quadrant-low-low,#9aa0a6);--kamkit-harmony-color:var(--kamkit-harmony,#3ec9a0)}
:where(.kamkit-quadrant[data-position=high-high],.kamkit-bubble[data-position=high-high]){--_q:var(--kamkit-quadrant-high-high-color)}
:where(.kamkit-quadrant[data-position=high-low],.kamkit-bubble[data-position=high-low]){--_q:var(--kamkit-quadrant-high-low-color)}
:where(.kamkit-quadrant[data-position=low-high],.kamkit-bubble[data-position=low-high]){--_q:var(--kamkit-quadrant-low-high-color)}
:where(.kamkit-quadrant[data-position=low-low],.kamkit-bubble[data-position=low-low]){--_q:var(--kamkit-quadrant-low-low-color)}
:where(.kamkit-quadrant){fill:color-mix(in srgb,var(--_q,currentColor) 9%,transparent)}
:where(.kamkit-split){stroke:var(--_cutoff);stroke-width:1;stroke-dasharray:4 3;opacity:.6}
:where(.kamkit-quadrant__label){fill:var(--_muted-text);font-weight:700;paint-order:stroke;stroke:var(--_surface);stroke-width:3px;stroke-linejoin:round}
:where(.kamkit-bubble){fill:color-mix(in srgb,var(--_q,var(--_accent)) 70%,transparent);stroke:var(--_surface);stroke-width:.75}
:where(.kamkit-bubble[data-incomplete=true]){fill:color-mix(in srgb,var(--_q,var(--_accent)) 25%,transparent);stroke:var(--_q,var(--_accent));stroke-width:1.5}
:where([data-dense=true] .kamkit-bubble){fill:color-mix(in srgb,var(--_q,var(--_accent)) 60%,transparent);stroke-width:.3}
:where(.kamkit-bubble-label,.kamkit-split__label){font-size:11px;paint-order:stroke;stroke:var(--_surface);stroke-width:3px;stroke-linejoin:round}
:where(.kamkit-split__label){fill:var(--_muted-text)}
:where(.kamkit-scoring-matrix,.kamkit-profit-matrix) :where(.kamkit-explorer__marker){border-radius:50%}
:where(.kamkit-scoring-matrix,.kamkit-profit-matrix) :where(.kamkit-empty){paint-order:stroke;stroke:var(--_surface);stroke-width:8px;stroke-linejoin:round}
:where(.kamkit-chart__note){margin:4px 0 0;color:var(--_muted-text)}
:where(.kamkit-breakdown__rule,.kamkit-ranking__rule){stroke:var(--_grid);shape-rendering:crispEdges}
:where(.kamkit-breakdown__bar){fill:var(--kamkit-growth-color)}
:where(.kamkit-breakdown__bar[data-axis=harmony]){fill:var(--kamkit-harmony-color)}
:where(.kamkit-breakdown__row--axis .kamkit-breakdown__bar){fill:color-mix(in srgb,var(--kamkit-growth-color) 40%,transparent)}
:where(.kamkit-breakdown__row--axis .kamkit-breakdown__bar[data-axis=harmony]){fill:color-mix(in srgb,var(--kamkit-harmony-color) 40%,transparent)}
:where(.kamkit-breakdown__row--total .kamkit-breakdown__bar){fill:color-mix(in srgb,currentColor 60%,transparent)}
:where(.kamkit-breakdown__row--axis,.kamkit-breakdown__row--total) :where(.kamkit-breakdown__name,.kamkit-breakdown__value){font-weight:700}
:where(.kamkit-breakdown__cell){fill:var(--_muted-text)}
:where(.kamkit-breakdown__missing){fill:none;stroke:var(--_muted-text);stroke-dasharray:3 2}
:where(.kamkit-breakdown__note,.kamkit-breakdown__row[data-incomplete=true] .kamkit-breakdown__name){font-style:italic}
:where(.kamkit-ranking__row[data-level=high]){--_lvl:var(--kamkit-risk-high-color)}
:where(.kamkit-ranking__row[data-level=medium]){--_lvl:var(--kamkit-risk-medium-color)}
:where(.kamkit-ranking__row[data-level=low]){--_lvl:var(--kamkit-risk-low-color)}
:where(.kamkit-ranking__bar){fill:color-mix(in srgb,var(--_lvl,var(--_accent)) 80%,transparent)}
:where(.kamkit-ranking__badge){fill:var(--_lvl,var(--_accent))}
:where(.kamkit-ranking__rank,.kamkit-ranking__days){fill:var(--_muted-text)}
:where(.kamkit-ranking__level){font-weight:600}
:where(.kamkit-ranking__more){fill:var(--_muted-text);font-style:italic}
:where(.kamkit-whale__segment[data-segment=profit]){--_curve-fill:var(--_accent);--_curve-stroke:var(--_accent)}
:where(.kamkit-whale__segment[data-segment=loss]){--_curve-fill:var(--kamkit-negative-color);--_curve-stroke:var(--kamkit-negative-color)}
:where(.kamkit-whale__segment .kamkit-curve__area){fill-opacity:var(--kamkit-curve-area-opacity,.2)}
:where(.kamkit-whale__segment[data-segment=loss] .kamkit-curve__area){fill-opacity:var(--kamkit-loss-area-opacity,.32)}
:where(.kamkit-whale__segment .kamkit-curve__line){stroke-width:2.5}
:where(.kamkit-whale__reference){stroke:currentColor;stroke-width:1.25;stroke-dasharray:6 4;opacity:.55;shape-rendering:crispEdges}
:where(.kamkit-whale__reference-label){fill:var(--_muted-text)}
:where(.kamkit-whale__dot){fill:var(--_surface);stroke:currentColor;stroke-width:2}
:where(.kamkit-whale__peak-label){font-weight:700}
:where(.kamkit-whale__bar[data-sign=positive]){fill:var(--_accent)}
:where(.kamkit-whale__bar[data-sign=negative]){fill:var(--kamkit-negative-color)}
:where(.kamkit-whale__bars-zero){stroke:var(--_axis);shape-rendering:crispEdges}
:where(.kamkit-whale>.kamkit-chart__note){margin:0 0 6px}
`;
