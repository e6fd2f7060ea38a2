// The chart is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { LorenzChartProps } from '../../client';
export { LorenzChart } from '../../client';
export { describeGini } from './description';
export type { GiniVariant, LorenzLayoutOptions } from './options';
export { LORENZ_OPTIONS } from './options';
export type { LorenzLayout, LorenzMarker, LorenzScales } from './types';
export { computeLorenzLayout, useLorenzLayout } from './useLorenzLayout';
