// The matrix is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { ScoreBreakdownProps, ScoringMatrixProps, ScoringTableProps } from '../../client';
export { ScoreBreakdown, ScoringMatrix, ScoringTable } from '../../client';
export type { ScoreBreakdownLayoutOptions } from './breakdownOptions';
export { BREAKDOWN_OPTIONS } from './breakdownOptions';
export type { BreakdownColumns, BreakdownLine, ScoreBreakdownLayout } from './breakdownTypes';
export type { ScoringLayoutOptions } from './matrixOptions';
export { SCORING_OPTIONS } from './matrixOptions';
export { criterionName } from './matrixText';
export type { ScoringLayout } from './matrixTypes';
export type { ScoringTableAxis, ScoringTableOptions } from './tableOptions';
export { SCORING_TABLE_OPTIONS } from './tableOptions';
export { computeScoreBreakdownLayout, useScoreBreakdownLayout } from './useScoreBreakdownLayout';
export { computeScoringLayout, useScoringLayout } from './useScoringLayout';
export type { ScoringTableLayout } from './useScoringTable';
export { computeScoringTable, useScoringTable } from './useScoringTable';
