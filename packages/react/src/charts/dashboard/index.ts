export type { Period, PeriodFormat } from '../../primitives/periods';
export type { KaDashboardProps } from './KaDashboard';
export { dashboardGrid, KaDashboard } from './KaDashboard';
export type { KpiTilesProps } from './KpiTiles';
export { KpiTiles } from './KpiTiles';
export type { MrrByPlanChartProps } from './MrrByPlanChart';
export { MrrByPlanChart } from './MrrByPlanChart';
export type { MrrMovementsChartProps } from './MrrMovementsChart';
export { MrrMovementsChart } from './MrrMovementsChart';
export type { OnboardingStatusProps } from './OnboardingStatus';
export { OnboardingStatus } from './OnboardingStatus';
export type { DashboardRecord, KaDashboardModel, KaDashboardOptions } from './useKaDashboard';
export { flattenSeries, recordMrr, useKaDashboard } from './useKaDashboard';
export type { KpiDelta, KpiKey, KpiTile, KpiTilesLayout, KpiTilesOptions } from './useKpiTiles';
export { computeKpiTiles, useKpiTiles } from './useKpiTiles';
export type {
  MrrByPlanLayer,
  MrrByPlanLayout,
  MrrByPlanLayoutOptions,
  MrrByPlanSegment,
} from './useMrrByPlanLayout';
export { computeMrrByPlanLayout, planColor, useMrrByPlanLayout } from './useMrrByPlanLayout';
export type {
  MrrMovementsComputeOptions,
  MrrMovementsLayout,
  MrrMovementsLayoutOptions,
  WaterfallStep,
  WaterfallStepKey,
} from './useMrrMovementsLayout';
export { computeMrrMovementsLayout, movementSnapshots, useMrrMovementsLayout } from './useMrrMovementsLayout';
export type { OnboardingLayout, OnboardingLayoutOptions, OnboardingRowLayout } from './useOnboardingLayout';
export { computeOnboardingLayout, useOnboardingLayout } from './useOnboardingLayout';
