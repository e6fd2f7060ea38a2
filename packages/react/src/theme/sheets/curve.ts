import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of cumulative curves (`CumulativeCurve`): area and line, used by the ABC, Lorenz and whale charts. A
 * chart tunes them through `--_curve-fill`, `--_curve-stroke`, `--_curve-opacity` and `--_curve-width` on an
 * ancestor, so the result does not depend on the order in which sheets reach the page. Rendered by those
 * charts next to the base sheet (as `<style href="kamkit-curve">`); rules use `:where()` like the base sheet,
 * so a user's CSS wins.
 */
export const curveSheet: ChartSheet = {
  id: 'curve',
  css: `
:where(.kamkit-chart){--kamkit-tier-a-color:var(--kamkit-tier-a,var(--_chart-1,var(--_d-blue,#0072b2)));--kamkit-tier-b-color:var(--kamkit-tier-b,var(--_chart-3,var(--_d-yellow,#e69f00)));--kamkit-tier-c-color:var(--kamkit-tier-c,var(--_chart-4,var(--_d-grey,#999)))}
:where(.kamkit-chart [data-tier=A]){--_tier:var(--kamkit-tier-a-color)}
:where(.kamkit-chart [data-tier=B]){--_tier:var(--kamkit-tier-b-color)}
:where(.kamkit-chart [data-tier=C]){--_tier:var(--kamkit-tier-c-color)}
:where(.kamkit-halo){paint-order:stroke;stroke:var(--kamkit-halo,var(--_surface));stroke-width:3px;stroke-linejoin:round}
:where(.kamkit-curve__area){fill:var(--_curve-fill,var(--_accent));fill-opacity:var(--_curve-opacity,var(--kamkit-curve-area-opacity,.22));stroke:none}
:where(.kamkit-curve__line){fill:none;stroke:var(--_curve-stroke,currentColor);stroke-width:var(--_curve-width,2);stroke-linejoin:round;stroke-linecap:round}
:where(.kamkit-curve[data-tier]){--_curve-fill:var(--_tier)}
`,
};
