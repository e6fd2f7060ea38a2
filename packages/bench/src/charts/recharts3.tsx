import { useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { paretoRows } from './paretoRows';
import type { ParetoProps } from './types';
import { CUTOFF } from './types';

/** Recharts 3: a ComposedChart with bars on the left axis, the cumulative line on the right axis. */
export function Recharts3Pareto({ data, width, height }: ParetoProps) {
  const rows = useMemo(() => paretoRows(data), [data]);
  return (
    <ComposedChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 20, right: 20, bottom: 20, left: 20 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="name"
        tick={false}
        label={{ value: 'Accounts, largest first', position: 'insideBottom' }}
      />
      <YAxis yAxisId="revenue" />
      <YAxis yAxisId="share" orientation="right" domain={[0, 100]} unit="%" />
      <Tooltip />
      <Legend />
      <Bar yAxisId="revenue" dataKey="revenue" name="Revenue" fill="#4f46e5" isAnimationActive={false} />
      <Line
        yAxisId="share"
        type="monotone"
        dataKey="cumulative"
        name="Cumulative share"
        stroke="#f59e0b"
        dot={false}
        isAnimationActive={false}
      />
      <ReferenceLine
        yAxisId="share"
        y={CUTOFF * 100}
        stroke="#dc2626"
        strokeDasharray="4 4"
        label={`${CUTOFF * 100}%`}
      />
    </ComposedChart>
  );
}
