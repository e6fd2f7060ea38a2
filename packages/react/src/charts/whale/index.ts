// The chart is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { WhaleCurveProps } from '../../client';
export { WhaleCurve } from '../../client';
export type { WhaleLayoutOptions } from './options';
export { WHALE_OPTIONS } from './options';
export type { WhaleAnnotation, WhaleBars, WhaleLayout, WhaleMode, WhalePeak, WhaleScales } from './types';
export { computeWhaleLayout, useWhaleLayout } from './useWhaleLayout';
