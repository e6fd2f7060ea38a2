import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of `StakeholderMap`: cards coloured by relationship quality, attitude icons, reporting and influence
 * lines, the path to win, "+N" cards, coverage and the legend's keys. Rendered by that chart next to the base
 * sheet (as `<style href="kamkit-stakeholders">`); rules use `:where()` like the base sheet, so a user's CSS wins.
 *
 * Relationship quality: five steps of ColorBrewer's diverging "RdYlBu" scheme (Brewer & Harrower), which
 * ColorBrewer marks colour-blind safe — weak red-orange, fair pale yellow, strong blue — set by the card's
 * `data-band` (1–5) and overridable as `--kamkit-relationship-1` … `--kamkit-relationship-5`. Attitude is an
 * icon and a word (not a colour); negative influence lines are dashed with a blocking bar, not only red. The
 * legend's influence keys are small SVGs with the map's stroke and arrowhead (an export draws SVG, not CSS boxes).
 * Narrow charts: the map is not drawn below half size (see `MIN_SCALE`), so the chart root scrolls sideways
 * while the coverage line and the legend stay in view (sticky).
 */
export const stakeholdersSheet: ChartSheet = {
  id: 'stakeholders',
  css: `
:where(.kamkit-chart){--kamkit-risk-high-color:var(--kamkit-risk-high,var(--_d-orange,#d55e00));--kamkit-risk-medium-color:var(--kamkit-risk-medium,#e69f00);--kamkit-risk-low-color:var(--kamkit-risk-low,var(--_d-green,#009e73));--kamkit-positive-color:var(--kamkit-positive,var(--_d-green,#009e73));--kamkit-neutral-color:var(--kamkit-neutral,#8a8f98);--kamkit-negative-color:var(--kamkit-negative,var(--_d-orange,#d55e00))}
:where(.kamkit-stakeholders,.kamkit-stakeholders__map){--_card-border:var(--kamkit-card-border,color-mix(in srgb,currentColor 30%,transparent));--_link:var(--kamkit-link,color-mix(in srgb,currentColor 45%,var(--_surface)));--_win:var(--kamkit-win,var(--_accent));--_path:var(--kamkit-path,var(--_accent));--kamkit-coverage-red-color:var(--kamkit-coverage-red,var(--kamkit-risk-high-color));--kamkit-coverage-amber-color:var(--kamkit-coverage-amber,var(--kamkit-risk-medium-color));--kamkit-coverage-green-color:var(--kamkit-coverage-green,var(--kamkit-risk-low-color))}
:where(.kamkit-stakeholders__card[data-on-path=true] .kamkit-stakeholders__card-bg){stroke:var(--_path);stroke-width:2}
:where(.kamkit-stakeholders__name){font-size:12px;font-weight:600}
:where(.kamkit-stakeholders__title){font-size:11px;fill:var(--_muted-text)}
:where(.kamkit-stakeholders__organisation){font-size:10.5px;font-style:italic;fill:var(--_muted-text)}
:where(.kamkit-stakeholders__attitude-glyph){font-size:11px;font-weight:700;fill:var(--_surface)}
:where(.kamkit-stakeholders__attitude-word){font-size:11px}
:where(.kamkit-stakeholders__power-bar){fill:none;stroke:currentColor;stroke-width:1;opacity:.5}
:where(.kamkit-stakeholders__power-bar[data-on=true]){fill:currentColor;opacity:.85}
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
:where(.kamkit-stakeholders__influence,.kamkit-stakeholders__key-line){fill:none;stroke:var(--_kind);stroke-width:2.25;stroke-dasharray:1 5;stroke-linecap:round}
:where(.kamkit-stakeholders__arrow){fill:var(--_kind)}
:where(.kamkit-stakeholders__path-halo){fill:none;stroke:var(--_path);stroke-width:9;stroke-linecap:round;stroke-linejoin:round;--_d-path:var(--_kamkit-dark) .5;opacity:var(--kamkit-path-opacity,var(--_d-path,.3))}
:where(.kamkit-stakeholders__tree-label){font-size:12px;font-weight:600;fill:var(--_muted-text)}
:where(.kamkit-stakeholders__coverage){display:flex;flex-wrap:wrap;align-items:center;gap:4px 6px;margin:0 0 6px}
:where(.kamkit-stakeholders__coverage-dot){display:inline-block;width:12px;height:12px;border-radius:50%;background:var(--_coverage,currentColor)}
:where(.kamkit-stakeholders__coverage[data-coverage=red]){--_coverage:var(--kamkit-coverage-red-color)}
:where(.kamkit-stakeholders__coverage[data-coverage=amber]){--_coverage:var(--kamkit-coverage-amber-color)}
:where(.kamkit-stakeholders__coverage[data-coverage=green]){--_coverage:var(--kamkit-coverage-green-color)}
:where(.kamkit-stakeholders){overflow-x:auto}
:where(.kamkit-stakeholders .kamkit-chart__plot){width:max-content}
:where(.kamkit-stakeholders .kamkit-chart__svg){width:auto;max-width:none}
:where(.kamkit-stakeholders .kamkit-stakeholders__coverage,.kamkit-stakeholders .kamkit-stakeholders__legend){position:sticky;left:0}
:where(.kamkit-stakeholders .kamkit-tooltip){width:max-content}
:where(.kamkit-stakeholders__key){display:inline-flex;flex:none;align-items:center;justify-content:center;gap:2px;box-sizing:border-box;line-height:1}
:where(.kamkit-stakeholders__key[data-key=attitude]){width:13px;height:13px;border-radius:50%;color:var(--_surface);font-size:11px;font-weight:700}
:where(.kamkit-stakeholders__key[data-key=power]){align-items:flex-end;height:12px;gap:1.5px}
:where(.kamkit-stakeholders__key[data-key=power] span){width:4px;height:5px;background:currentColor;opacity:.85}
:where(.kamkit-stakeholders__key[data-key=power] span:nth-child(2)){height:8.5px}
:where(.kamkit-stakeholders__key[data-key=power] span:nth-child(3)){height:12px}
:where(.kamkit-stakeholders__key[data-key=key-contact]){width:13px;height:13px;border-radius:50%;border:1.5px solid currentColor;font-size:9px;font-weight:700}
:where(.kamkit-stakeholders__key[data-key=to-win]){width:20px;height:12px;border:2px solid var(--_win);border-radius:4px}
:where(.kamkit-stakeholders__key[data-key=reporting]){width:22px;border-top:1.5px solid var(--_link)}
:where(.kamkit-stakeholders__key[data-key=secondary]){width:22px;border-top:1.5px dashed var(--_link)}
:where(.kamkit-stakeholders__key-arrow){fill:var(--_kind)}
:where(.kamkit-stakeholders__key[data-key=path]){width:22px;height:8px;border-radius:4px;background:var(--_path);--_d-path:var(--_kamkit-dark) .5;opacity:var(--kamkit-path-opacity,var(--_d-path,.3))}
:where(.kamkit-stakeholders){--_rel-1:var(--kamkit-relationship-1,#d7191c);--_rel-2:var(--kamkit-relationship-2,#fdae61);--_rel-3:var(--kamkit-relationship-3,#ffffbf);--_rel-4:var(--kamkit-relationship-4,#abd9e9);--_rel-5:var(--kamkit-relationship-5,#2c7bb6)}
:where(.kamkit-stakeholders__card,.kamkit-stakeholders__key span){--_quality:color-mix(in srgb,currentColor 25%,transparent)}
:where(.kamkit-stakeholders__card[data-band=\\31],.kamkit-stakeholders__key span[data-band=\\31]){--_quality:var(--_rel-1)}
:where(.kamkit-stakeholders__card[data-band=\\32],.kamkit-stakeholders__key span[data-band=\\32]){--_quality:var(--_rel-2)}
:where(.kamkit-stakeholders__card[data-band=\\33],.kamkit-stakeholders__key span[data-band=\\33]){--_quality:var(--_rel-3)}
:where(.kamkit-stakeholders__card[data-band=\\34],.kamkit-stakeholders__key span[data-band=\\34]){--_quality:var(--_rel-4)}
:where(.kamkit-stakeholders__card[data-band=\\35],.kamkit-stakeholders__key span[data-band=\\35]){--_quality:var(--_rel-5)}
:where(.kamkit-stakeholders__card-bg){fill:color-mix(in srgb,var(--_quality) 16%,var(--_surface));stroke:var(--_card-border);stroke-width:1}
:where(.kamkit-stakeholders__card-bg[data-selected=true],.kamkit-stakeholders__more-bg[data-selected=true]){stroke:var(--_focus);stroke-width:3}
:where(.kamkit-stakeholders__stripe,.kamkit-stakeholders__relationship-swatch){fill:var(--_quality);stroke:color-mix(in srgb,currentColor 35%,transparent);stroke-width:.5}
:where(.kamkit-stakeholders__relationship-text){font-size:11px;font-weight:600}
:where(.kamkit-stakeholders__attitude-icon){fill:var(--_muted-text)}
:where(.kamkit-stakeholders__more-bg){fill:var(--_surface);stroke:var(--_card-border);stroke-width:1.5;stroke-dasharray:5 3}
:where(.kamkit-stakeholders__more){cursor:pointer}
:where(.kamkit-stakeholders__more-count){font-size:20px;font-weight:700}
:where(.kamkit-stakeholders__more-caption){font-size:11px;fill:var(--_muted-text)}
:where(.kamkit-stakeholders__influence[data-kind=negative],.kamkit-stakeholders__key-line[data-kind=negative]){stroke-dasharray:7 4;stroke-linecap:butt}
:where(.kamkit-stakeholders__key[data-key=relationship]){gap:0}
:where(.kamkit-stakeholders__key[data-key=relationship] span){width:7px;height:12px;background:var(--_quality)}
:where(.kamkit-stakeholders__key[data-key=attitude]){background:var(--_text);opacity:.8}
`,
};
