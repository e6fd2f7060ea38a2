// The matrix is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { ScoringMatrixProps } from '../../client';
export { ScoringMatrix } from '../../client';
export type { ScoringLayoutOptions } from './matrixOptions';
export { SCORING_OPTIONS } from './matrixOptions';
export { criterionName } from './matrixText';
export type { ScoringLayout } from './matrixTypes';
export type { ScoreBreakdownProps } from './ScoreBreakdown';
export { ScoreBreakdown } from './ScoreBreakdown';
export type {
  BreakdownLine,
  ScoreBreakdownLayout,
  ScoreBreakdownLayoutOptions,
} from './useScoreBreakdownLayout';
export { computeScoreBreakdownLayout, useScoreBreakdownLayout } from './useScoreBreakdownLayout';
export { computeScoringLayout, useScoringLayout } from './useScoringLayout';
