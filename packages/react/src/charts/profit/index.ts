// The chart is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { ProfitMatrixProps } from '../../client';
export { ProfitMatrix } from '../../client';
export type { MeasureFormat, MeasureScale, ProfitLayoutOptions } from './options';
export { PROFIT_OPTIONS } from './options';
export type { ProfitLayout, ProfitScales } from './types';
export { computeProfitLayout, useProfitLayout } from './useProfitLayout';
