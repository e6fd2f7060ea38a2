import type { Tick } from './ticks';

/** Props of {@link Axis}. */
export interface AxisProps {
  /** Which side of the plot the axis is on. */
  orientation: 'bottom' | 'left' | 'right';
  /** The ticks (positions in pixels along the axis, labels). */
  ticks: readonly Tick[];
  /** Offset of the axis line: y for a bottom axis, x for a left/right axis. */
  offset: number;
  /** The axis' extent in pixels, drawn as the domain line `[start, end]`. */
  range: readonly [number, number];
  /** A title for the axis, written beside it. */
  label?: string;
  /** Rotates bottom tick labels by this many degrees (e.g. −35 for long names). */
  tickRotation?: number;
  /** Distance of the axis title from the axis line. Default 34 (bottom) or 44 (sides). */
  labelOffset?: number;
}

/**
 * An axis drawn in SVG: domain line, tick marks, tick labels and an optional title. Used by every chart;
 * styled by the `.kamkit-axis` classes.
 */
export function Axis({ orientation, ticks, offset, range, label, tickRotation = 0, labelOffset }: AxisProps) {
  const [start, end] = range;
  if (orientation === 'bottom') {
    const rotated = tickRotation !== 0;
    return (
      <g className="kamkit-axis kamkit-axis--bottom" transform={`translate(0,${offset})`}>
        <line x1={start} x2={end} y1={0.5} y2={0.5} />
        {ticks.map((tick, i) => (
          <g key={i} className="kamkit-axis__tick" transform={`translate(${tick.position},0)`}>
            <line y2={5} />
            <text
              y={rotated ? 8 : 16}
              x={rotated ? -2 : 0}
              textAnchor={rotated ? 'end' : 'middle'}
              transform={rotated ? `rotate(${tickRotation})` : undefined}
              dominantBaseline={rotated ? 'middle' : undefined}
            >
              {tick.label}
            </text>
          </g>
        ))}
        {label ? (
          <text
            className="kamkit-axis__label"
            x={(start + end) / 2}
            y={labelOffset ?? 34}
            textAnchor="middle"
          >
            {label}
          </text>
        ) : null}
      </g>
    );
  }
  const sign = orientation === 'left' ? -1 : 1;
  return (
    <g className={`kamkit-axis kamkit-axis--${orientation}`} transform={`translate(${offset},0)`}>
      <line x1={0.5} x2={0.5} y1={start} y2={end} />
      {ticks.map((tick, i) => (
        <g key={i} className="kamkit-axis__tick" transform={`translate(0,${tick.position})`}>
          <line x2={5 * sign} />
          <text x={8 * sign} dy="0.32em" textAnchor={sign < 0 ? 'end' : 'start'}>
            {tick.label}
          </text>
        </g>
      ))}
      {label ? (
        <text
          className="kamkit-axis__label"
          transform={`translate(${(labelOffset ?? 44) * sign},${(start + end) / 2}) rotate(${sign * 90})`}
          textAnchor="middle"
        >
          {label}
        </text>
      ) : null}
    </g>
  );
}

/** Horizontal grid lines at the given y ticks, across `[x0, x1]`. */
export function GridRows({ ticks, x0, x1 }: { ticks: readonly Tick[]; x0: number; x1: number }) {
  return (
    <g className="kamkit-grid">
      {ticks.map((tick, i) => (
        <line
          key={i}
          x1={x0}
          x2={x1}
          y1={Math.round(tick.position) + 0.5}
          y2={Math.round(tick.position) + 0.5}
        />
      ))}
    </g>
  );
}
