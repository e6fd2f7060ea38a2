import { ParetoChart } from '@kamkit/react';
import type { ParetoProps } from './types';

/** kamkit: the chart sorts, accumulates, finds the vital few and draws the cutoff itself. */
export function KamkitPareto({ data, width, height }: ParetoProps) {
  return <ParetoChart data={data} value="revenue" label="name" width={width} height={height} />;
}
