export type { MrrByPlanChartProps } from '../../client';
export { MrrByPlanChart } from '../../client';
export type { Period, PeriodFormat } from '../../primitives/periods';
export type { KaDashboardProps } from './KaDashboard';
export { dashboardGrid, KaDashboard } from './KaDashboard';
export type { KpiTilesProps } from './KpiTiles';
export { KpiTiles } from './KpiTiles';
export type { MrrMovementsChartProps } from './MrrMovementsChart';
export { MrrMovementsChart } from './MrrMovementsChart';
export type { OnboardingStatusProps } from './OnboardingStatus';
export { OnboardingStatus } from './OnboardingStatus';
export { planColor } from './plans/marks';
export type { MrrByPlanLayoutOptions } from './plans/options';
export { MRR_BY_PLAN_OPTIONS } from './plans/options';
export type { MrrByPlanLayer, MrrByPlanLayout, MrrByPlanScales, MrrByPlanSegment } from './plans/types';
export { computeMrrByPlanLayout, useMrrByPlanLayout } from './plans/useMrrByPlanLayout';
export type { DashboardRecord, KaDashboardModel, KaDashboardOptions } from './useKaDashboard';
export { flattenSeries, recordMrr, useKaDashboard } from './useKaDashboard';
export type { KpiDelta, KpiKey, KpiTile, KpiTilesLayout, KpiTilesOptions } from './useKpiTiles';
export { computeKpiTiles, useKpiTiles } from './useKpiTiles';
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
