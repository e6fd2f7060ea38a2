import type { SVGProps } from 'react';

/** Props of {@link CumulativeCurve}. Other SVG props (e.g. `data-tier`) are spread onto its `<g>`. */
export interface CumulativeCurveProps extends Omit<SVGProps<SVGGElement>, 'children'> {
  /** The curve's line as an SVG path (see `curvePath`); omit to draw only the area. */
  line?: string;
  /** The area under (or beside) the curve as an SVG path (see `curveAreaPath`); omit to draw only the line. */
  area?: string;
}

/**
 * A cumulative curve (ABC, Lorenz, whale curve): an optional filled area and an optional line, as
 * `<g class="kamkit-curve">` with `path.kamkit-curve__area` and `path.kamkit-curve__line`. The area takes the
 * colour `--_curve-fill` (default: the accent), the line `--_curve-stroke` (default: the text colour), so a
 * chart can tint segments (e.g. by `data-tier`) with CSS alone. Compute the paths with `curvePath` and
 * `curveAreaPath` after `downsampleCurve`, so the DOM stays small for any number of accounts.
 *
 * @example
 * <CumulativeCurve area={curveAreaPath(points, plot.y1)} line={curvePath(points)} data-tier="A" />
 */
export function CumulativeCurve({ line, area, className, ...rest }: CumulativeCurveProps) {
  return (
    <g {...rest} className={className ? `kamkit-curve ${className}` : 'kamkit-curve'}>
      {area ? <path className="kamkit-curve__area" d={area} /> : null}
      {line ? <path className="kamkit-curve__line" d={line} /> : null}
    </g>
  );
}
