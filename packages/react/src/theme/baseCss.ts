/**
 * The kit's base stylesheet: the rules every chart shares (theme switch, token forms, palette, frame, axes,
 * legend (its series toggles are in `./sheets/legendToggle`), explorer, tooltip, data table, the Pareto chart's marks, motion). Each chart family adds its own sheet
 * (`./sheets/`), so an app that imports one chart ships only that chart's CSS; a rule some families share (tier
 * and direction colours, headline, column titles, halo, notes) is in each of their sheets, not here. Every selector is wrapped in
 * `:where()` (zero specificity), so any rule of the user's wins. Text uses `currentColor`.
 *
 * Colours: every colour is a `--kamkit-*` custom property that falls back to shadcn/ui's `--chart-1…5` where
 * set and then to the Okabe–Ito palette (safe for the common colour-vision deficiencies).
 *
 * Token forms: CSS cannot tell an HSL triple (`--chart-1: 12 76% 61%`, Tailwind v3) from a colour, so the form
 * is declared with `data-kamkit-tokens` on the chart or an ancestor: `hsl-triples` (read as `hsl(var(--chart-N))`)
 * or `colors` (the default: `oklch()`, hex, any CSS colour — Tailwind v4). The nearest declaration wins; it sets
 * a "space toggle" (`--_kamkit-hsl`: empty = on, `initial` = off), which selects the prepared reading `--_hN` or
 * `var(--chart-N)` as `--_chart-N`. A token that
 * is unset, or not a colour in the declared form, leaves the kit's own colour (or the text colour) in place.
 *
 * Light and dark: one inherited space toggle, `--_kamkit-dark`, set by the nearest `data-kamkit-theme`
 * (`dark`, `light`, `auto` through `prefers-color-scheme`) on the chart or an ancestor, else by a `.dark`
 * ancestor; every colour that differs in the dark palette reads `var(--_d-…, light)`, where `--_d-…` is
 * `var(--_kamkit-dark) <dark colour>` and so exists only when the toggle is on. A chart with its own
 * `data-kamkit-theme` (the `theme` prop) paints its surface and text colour, so it reads right on any page.
 *
 * Motion: marks (`rect`, `circle`, `path`) move to their new geometry when the data changes in place —
 * transitions of the SVG geometry properties, which browsers treat as CSS properties: `x`, `y`, `width`,
 * `height`, `cx`, `cy`, `r`, `transform`, and `d` where the browser animates it (Chromium, Firefox 97+; Safari
 * draws the new path at once, as it does a path whose commands differ). Only inside a root with
 * `data-kamkit-motion`, which a chart sets once it has painted at its final width (so the first paint and the
 * step to the container's width never animate), never with `data-kamkit-animate=false` (`animate={false}`)
 * only while the chart draws at most 500 marks (`MOTION_MAX_MARKS` in `contract/useChartWidth`: more
 * move as a blur and cost a frame), and only when the reader has not asked for reduced motion. 0.3 s; a rule of yours (any specificity wins over
 * `:where()`) such as `.kamkit-chart svg * { transition-duration: .5s }` changes it.
 */
export const baseCss = `
:where(.dark,[data-kamkit-theme=dark]){--_kamkit-dark: }
:where([data-kamkit-theme=light]){--_kamkit-dark:initial}
@media (prefers-color-scheme:dark){:where([data-kamkit-theme=auto]){--_kamkit-dark: }}
@media (prefers-color-scheme:light){:where([data-kamkit-theme=auto]){--_kamkit-dark:initial}}
:where([data-kamkit-tokens=hsl-triples]){--_kamkit-hsl: }
:where([data-kamkit-tokens=colors]){--_kamkit-hsl:initial}
:where(.kamkit-chart){--_h1:var(--_kamkit-hsl) hsl(var(--chart-1));--_chart-1:var(--_h1,var(--chart-1));--_h2:var(--_kamkit-hsl) hsl(var(--chart-2));--_chart-2:var(--_h2,var(--chart-2));--_h3:var(--_kamkit-hsl) hsl(var(--chart-3));--_chart-3:var(--_h3,var(--chart-3));--_h4:var(--_kamkit-hsl) hsl(var(--chart-4));--_chart-4:var(--_h4,var(--chart-4));--_h5:var(--_kamkit-hsl) hsl(var(--chart-5));--_chart-5:var(--_h5,var(--chart-5))}
:where(.kamkit-chart){--_d-blue:var(--_kamkit-dark) #56b4e9;--_d-orange:var(--_kamkit-dark) #ff8a5c;--_d-green:var(--_kamkit-dark) #3ec9a0;--_d-yellow:var(--_kamkit-dark) #f0c75e;--_d-grey:var(--_kamkit-dark) #9aa0a6;--_accent:var(--kamkit-accent,var(--_chart-1,var(--_d-blue,#0072b2)));--_accent-muted:var(--kamkit-accent-muted,color-mix(in srgb,var(--_accent) 38%,transparent));--_line:var(--kamkit-line,var(--_chart-2,var(--_d-line,#d55e00)));--_d-line:var(--_kamkit-dark) #f0a35e;--_cutoff:var(--kamkit-cutoff,currentColor);--_grid:var(--kamkit-grid,color-mix(in srgb,currentColor 14%,transparent));--_axis:var(--kamkit-axis,color-mix(in srgb,currentColor 45%,transparent));--_muted-text:var(--kamkit-muted-text,color-mix(in srgb,currentColor 70%,transparent));--_surface:var(--kamkit-surface,var(--_d-surface,#fff));--_d-surface:var(--_kamkit-dark) #1d2127;--_text:var(--kamkit-text,var(--_d-text,#1d2127));--_d-text:var(--_kamkit-dark) #e7eaee;--_focus:var(--kamkit-focus,var(--_d-focus,#1a73e8));--_d-focus:var(--_kamkit-dark) #8ab4f8;position:relative;font-family:var(--kamkit-font-family,inherit);font-size:var(--kamkit-font-size,12px);font-variant-numeric:tabular-nums;line-height:1.3}
:where(.kamkit-chart[data-kamkit-theme]){background:var(--_surface);color:var(--_text)}
:where(.kamkit-chart__plot){position:relative}
:where(.kamkit-chart__svg){display:block;width:100%;height:auto;overflow:visible;fill:currentColor}
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
:where([data-swatch=currentColor]){--_swatch:currentColor}
:where([data-swatch=--_accent]){--_swatch:var(--_accent)}
:where([data-swatch=--_accent-muted]){--_swatch:var(--_accent-muted)}
:where([data-swatch=--_line]){--_swatch:var(--_line)}
:where([data-swatch=--_axis]){--_swatch:var(--_axis)}
:where(.kamkit-explorer){position:absolute;inset:0;outline:none;cursor:crosshair;touch-action:pan-y}
:where(.kamkit-explorer:focus-visible){outline:2px solid var(--_focus);outline-offset:2px;border-radius:2px}
:where(.kamkit-explorer__marker){position:absolute;pointer-events:none;box-sizing:border-box;border:2px solid var(--_focus);border-radius:var(--_marker-radius,2px)}
:where(.kamkit-explorer__marker[data-shape=point]){border-radius:50%;transform:translate(-50%,-50%);width:14px;height:14px}
:where(.kamkit-explorer__marker--selected){border-style:solid;background:color-mix(in srgb,var(--_focus) 12%,transparent)}
:where(.kamkit-chart [data-selected=true]){stroke:var(--_focus);stroke-width:2px;paint-order:stroke}
:where(.kamkit-error){box-sizing:border-box;min-height:120px;padding:12px 16px;border:1px solid var(--_grid);border-radius:6px}
:where(.kamkit-error p){margin:0 0 4px}
:where(.kamkit-error__title){font-weight:600}
:where(.kamkit-error__code){color:var(--_muted-text);font-size:.87em}
:where(.kamkit-tooltip){position:absolute;z-index:1000;pointer-events:none;box-sizing:border-box;width:max-content;min-width:120px;max-width:min(280px,100%);padding:6px 8px;border-radius:6px;background:var(--_surface);color:inherit;box-shadow:0 2px 10px rgb(0 0 0 / .18);border:1px solid var(--_grid);white-space:normal;overflow-wrap:anywhere}
:where(.kamkit-tooltip__title){font-weight:600;margin:0 0 2px}
:where(.kamkit-tooltip__line){margin:0;color:var(--_muted-text)}
:where(.kamkit-table){border-collapse:collapse;margin-top:8px;font-size:inherit;overflow-wrap:anywhere}
:where(.kamkit-table th,.kamkit-table td){padding:3px 8px;border-bottom:1px solid var(--_grid);text-align:start}
:where(.kamkit-table td[data-numeric=true]){text-align:end}
:where(.kamkit-visually-hidden){position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
:where(.kamkit-table-toggle){margin-top:6px;font:inherit;color:inherit;background:none;border:1px solid var(--_grid);border-radius:4px;padding:2px 8px;cursor:pointer}
@media (prefers-reduced-motion:no-preference){:where(.kamkit-chart[data-kamkit-motion]:not([data-kamkit-animate=false]) svg :is(rect,circle,path)){transition:.3s;transition-property:x,y,width,height,cx,cy,r,d,transform}}
`;
