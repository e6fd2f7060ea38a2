/**
 * The entry that `ab save` bundles (with @kamkit/react and @kamkit/core from their built dist/, React external):
 * the bench's Pareto chart as a component, timed by `renderOnce` (ssr.ts) as bench.ts times kamkit's.
 */
import { ParetoChart } from '@kamkit/react';
import type { ParetoProps } from './charts/types';

export function Chart({ data, width, height }: ParetoProps) {
  return <ParetoChart data={data} value="revenue" label="name" width={width} height={height} />;
}
