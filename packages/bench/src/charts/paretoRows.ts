import type { Account } from '../data';
import type { CumulativeRow } from './types';

/**
 * What a team writes when its chart library has no Pareto chart: sort by revenue descending and add the
 * cumulative share in percent. Used by every peer chart (not by kamkit, which does this itself).
 */
export function paretoRows(data: readonly Account[]): CumulativeRow[] {
  const sorted = [...data].sort((a, b) => b.revenue - a.revenue);
  const total = sorted.reduce((sum, d) => sum + d.revenue, 0);
  let running = 0;
  return sorted.map((d) => {
    running += d.revenue;
    return { id: d.id, name: d.name, revenue: d.revenue, cumulative: (running / total) * 100 };
  });
}
