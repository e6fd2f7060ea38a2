import { useMemo } from 'react';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { ScatterProps } from './types';

/** A 1–10 score onto 0–100. */
const percent = (v: number) => ((v - 1) / 9) * 100;

/**
 * Recharts 3: a ScatterChart of the same scores, computed by hand as `SCORING_CRITERIA` defines them, bubble
 * area by revenue (ZAxis), split lines at 50, the default tooltip and keyboard layer.
 */
export function RechartsScatter({ data, width, height }: ScatterProps) {
  const points = useMemo(
    () =>
      data.map((d) => ({
        name: d.name,
        revenue: d.revenue,
        harmony: (percent(d.fit) + percent(d.trust)) / 2,
        growth: (2 * percent(d.potential) + percent(d.budget)) / 3,
      })),
    [data],
  );
  return (
    <ScatterChart width={width} height={height} margin={{ top: 20, right: 20, bottom: 20, left: 20 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis type="number" dataKey="harmony" name="Harmony" domain={[0, 100]} />
      <YAxis type="number" dataKey="growth" name="Growth" domain={[0, 100]} />
      <ZAxis type="number" dataKey="revenue" name="Revenue" range={[10, 600]} />
      <ReferenceLine x={50} stroke="#64748b" />
      <ReferenceLine y={50} stroke="#64748b" />
      <Tooltip />
      <Scatter data={points} fill="#4f46e5" fillOpacity={0.6} isAnimationActive={false} />
    </ScatterChart>
  );
}
