import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of the legend's series toggles (`Legend` with `onToggle`): the buttons of the charts whose series can be
 * hidden — `AbcChart` (tiers), `MrrByPlanChart` (plans), `MrrMovementsChart` (movements). Only those charts render
 * this sheet, so a chart without toggles does not ship it. A hidden series' button keeps the legend's muted
 * colour rather than muting it again (twice muted it falls below 4.5:1 contrast); the strike-through and the
 * hollow swatch mark it hidden.
 */
export const legendToggleSheet: ChartSheet = {
  id: 'legend-toggle',
  css: `
:where(.kamkit-legend__toggle){display:inline-flex;align-items:center;gap:6px;margin:0;padding:2px 4px;font:inherit;color:inherit;background:none;border:0;border-radius:4px;cursor:pointer}
:where(.kamkit-legend__toggle:focus-visible){outline:2px solid var(--_focus);outline-offset:1px}
:where(.kamkit-legend__toggle[aria-pressed=false]){text-decoration:line-through}
:where(.kamkit-legend__toggle[aria-pressed=false] .kamkit-legend__swatch){box-sizing:border-box;background:transparent;border:1.5px solid var(--_swatch)}
`,
};
