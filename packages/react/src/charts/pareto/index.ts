// The chart is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { ParetoChartProps } from '../../client';
export { ParetoChart } from '../../client';
export type { ParetoLayoutOptions } from './options';
export { PARETO_OPTIONS } from './options';
export type { ParetoBar, ParetoLayout, ParetoRankGroup, ParetoScales } from './types';
export { computeParetoLayout, useParetoLayout } from './useParetoLayout';
