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
:where(.kamkit-curve__area){fill:var(--_curve-fill,var(--_accent));fill-opacity:var(--_curve-opacity,var(--kamkit-curve-area-opacity,.22));stroke:none}
:where(.kamkit-curve__line){fill:none;stroke:var(--_curve-stroke,currentColor);stroke-width:var(--_curve-width,2);stroke-linejoin:round;stroke-linecap:round}
:where(.kamkit-curve[data-tier]){--_curve-fill:var(--_tier)}
`,
};
