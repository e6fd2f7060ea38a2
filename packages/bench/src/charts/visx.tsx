import { AxisBottom, AxisLeft, AxisRight } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line, LinePath } from '@visx/shape';
import { useMemo } from 'react';
import { paretoRows } from './paretoRows';
import type { ParetoProps } from './types';
import { CUTOFF } from './types';

const margin = { top: 20, right: 52, bottom: 44, left: 64 };

/** visx: band scale for the bars, a linear scale per axis, LinePath for the cumulative share, Line for the cutoff. */
export function VisxPareto({ data, width, height }: ParetoProps) {
  const rows = useMemo(() => paretoRows(data), [data]);
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const x = useMemo(
    () => scaleBand({ domain: rows.map((d) => d.id), range: [0, innerWidth], padding: 0.1 }),
    [rows, innerWidth],
  );
  const y = useMemo(
    () => scaleLinear({ domain: [0, rows[0]?.revenue ?? 1], range: [innerHeight, 0], nice: true }),
    [rows, innerHeight],
  );
  const share = useMemo(() => scaleLinear({ domain: [0, 100], range: [innerHeight, 0] }), [innerHeight]);
  const cutoffY = share(CUTOFF * 100);
  return (
    <svg width={width} height={height}>
      <title>Pareto chart of revenue</title>
      <Group left={margin.left} top={margin.top}>
        {rows.map((d) => {
          const barY = y(d.revenue);
          return (
            <Bar
              key={d.id}
              x={x(d.id)}
              y={barY}
              width={x.bandwidth()}
              height={innerHeight - barY}
              fill="#4f46e5"
            />
          );
        })}
        <LinePath
          data={rows}
          x={(d) => (x(d.id) ?? 0) + x.bandwidth() / 2}
          y={(d) => share(d.cumulative)}
          stroke="#f59e0b"
          strokeWidth={2}
          className="cumulative"
        />
        <Line
          from={{ x: 0, y: cutoffY }}
          to={{ x: innerWidth, y: cutoffY }}
          stroke="#dc2626"
          strokeDasharray="4 4"
        />
        <AxisLeft scale={y} label="Revenue" />
        <AxisRight left={innerWidth} scale={share} tickFormat={(v) => `${v}%`} />
        <AxisBottom top={innerHeight} scale={x} numTicks={5} label="Accounts, largest first" />
      </Group>
    </svg>
  );
}
