import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of `LorenzChart`: the curve's emphasis, the line of equality and the marker. Rendered by those charts
 * next to the base sheet (as `<style href="kamkit-lorenz">`); rules use `:where()` like the base sheet, so a
 * user's CSS wins.
 */
export const lorenzSheet: ChartSheet = {
  id: 'lorenz',
  css: `
:where(.kamkit-headline){margin:0 0 6px;font-size:1.15em}
:where(.kamkit-headline__figure){font-weight:700}
:where(.kamkit-headline__detail){display:block;font-size:.87em;color:var(--_muted-text)}
:where(.kamkit-lorenz__area){--_curve-opacity:var(--kamkit-curve-area-opacity,.25)}
:where(.kamkit-lorenz__curve){--_curve-stroke:var(--_accent);--_curve-width:2.5}
:where(.kamkit-equality){stroke:var(--_axis);stroke-width:1.5;stroke-dasharray:5 4}
:where(.kamkit-lorenz__dot){fill:var(--_accent);stroke:var(--_surface);stroke-width:1.5}
:where(.kamkit-lorenz__selected){fill:none;stroke:var(--_accent);stroke-width:2.5}
`,
};
