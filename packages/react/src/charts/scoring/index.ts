export type { ScoreBreakdownProps } from './ScoreBreakdown';
export { ScoreBreakdown } from './ScoreBreakdown';
export type { ScoringMatrixProps } from './ScoringMatrix';
export { ScoringMatrix } from './ScoringMatrix';
export type {
  BreakdownLine,
  ScoreBreakdownLayout,
  ScoreBreakdownLayoutOptions,
} from './useScoreBreakdownLayout';
export { computeScoreBreakdownLayout, useScoreBreakdownLayout } from './useScoreBreakdownLayout';
export type { ScoringLayout, ScoringLayoutOptions } from './useScoringLayout';
export { computeScoringLayout, useScoringLayout } from './useScoringLayout';
