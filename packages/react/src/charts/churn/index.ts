export type { ChurnRiskRankingProps } from './ChurnRiskRanking';
export { ChurnRiskRanking } from './ChurnRiskRanking';
export type {
  ChurnRankingLayout,
  ChurnRankingLayoutOptions,
  ChurnRankingLine,
} from './useChurnRankingLayout';
export { computeChurnRankingLayout, useChurnRankingLayout } from './useChurnRankingLayout';
