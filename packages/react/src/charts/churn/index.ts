// The chart is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { ChurnRiskRankingProps } from '../../client';
export { ChurnRiskRanking } from '../../client';
export type { ChurnRankingLayoutOptions } from './options';
export { CHURN_OPTIONS } from './options';
export type { ChurnColumns, ChurnRankingLayout, ChurnRankingLine } from './types';
export { computeChurnRankingLayout, useChurnRankingLayout } from './useChurnRankingLayout';
