'use client';

export { AbcChart, type AbcChartProps } from './charts/abc/AbcChart';
export {
  AbcMigrationChart,
  type AbcMigrationChartProps,
} from './charts/abc/migration/AbcMigrationChart';
export { AbcXyzMatrix, type AbcXyzMatrixProps } from './charts/abc/xyz/AbcXyzMatrix';
export { ChurnRiskRanking, type ChurnRiskRankingProps } from './charts/churn/ChurnRiskRanking';
export {
  MrrMovementsChart,
  type MrrMovementsChartProps,
} from './charts/dashboard/movements/MrrMovementsChart';
export { OnboardingStatus, type OnboardingStatusProps } from './charts/dashboard/onboarding/OnboardingStatus';
export { MrrByPlanChart, type MrrByPlanChartProps } from './charts/dashboard/plans/MrrByPlanChart';
export {
  OnboardingSurveyChart,
  type OnboardingSurveyChartProps,
} from './charts/dashboard/survey/OnboardingSurveyChart';
export { LorenzChart, type LorenzChartProps } from './charts/lorenz/LorenzChart';
export type { ParetoChartProps } from './charts/pareto/ParetoChart';
export { ParetoChart } from './charts/pareto/ParetoChart';
export { ProfitMatrix, type ProfitMatrixProps } from './charts/profit/ProfitMatrix';
export { ScoreBreakdown, type ScoreBreakdownProps } from './charts/scoring/ScoreBreakdown';
export { ScoringMatrix, type ScoringMatrixProps } from './charts/scoring/ScoringMatrix';
export { ScoringTable, type ScoringTableProps } from './charts/scoring/ScoringTable';
export { StakeholderMap, type StakeholderMapProps } from './charts/stakeholders/StakeholderMap';
export { WhaleCurve, type WhaleCurveProps } from './charts/whale/WhaleCurve';
export { WhitespaceMatrix, type WhitespaceMatrixProps } from './charts/whitespace/WhitespaceMatrix';
export type { ExportFormat, ExportMenuProps } from './export/ExportMenu';
export { ExportMenu } from './export/ExportMenu';
export { ErrorReporter } from './interaction/ErrorReporter';
export type { ExplorerProps } from './interaction/Explorer';
export { Explorer } from './interaction/Explorer';
export type { ResponsiveContainerProps } from './interaction/ResponsiveContainer';
export { ResponsiveContainer } from './interaction/ResponsiveContainer';
export { TableToggle } from './interaction/TableToggle';
export type { TooltipProps } from './interaction/Tooltip';
export { placeTooltip, Tooltip } from './interaction/Tooltip';
export type { ParentSize } from './interaction/useParentSize';
export { useParentSize } from './interaction/useParentSize';
