export type {
  MrrByPlanChartProps,
  MrrMovementsChartProps,
  OnboardingStatusProps,
  OnboardingSurveyChartProps,
} from '../../client';
export { MrrByPlanChart, MrrMovementsChart, OnboardingStatus, OnboardingSurveyChart } from '../../client';
export type { Period, PeriodFormat } from '../../primitives/periods';
export { dashboardGrid } from './grid';
export { KaDashboard } from './KaDashboard';
export type { KaDashboardProps } from './KaDashboardProps';
export type { KpiTilesProps } from './KpiTiles';
export { KpiTiles } from './KpiTiles';
export type { MrrMovementsLayoutOptions } from './movements/options';
export { MRR_MOVEMENTS_OPTIONS } from './movements/options';
export { movementSnapshots } from './movements/snapshots';
export type { MrrMovementsLayout, WaterfallStep, WaterfallStepKey } from './movements/types';
export type { MrrMovementsComputeOptions } from './movements/useMrrMovementsLayout';
export { computeMrrMovementsLayout, useMrrMovementsLayout } from './movements/useMrrMovementsLayout';
export type { OnboardingLayoutOptions } from './onboarding/options';
export { ONBOARDING_OPTIONS } from './onboarding/options';
export type { OnboardingLayout, OnboardingRowLayout } from './onboarding/types';
export { computeOnboardingLayout, useOnboardingLayout } from './onboarding/useOnboardingLayout';
export { planColor } from './plans/marks';
export type { MrrByPlanLayoutOptions } from './plans/options';
export { MRR_BY_PLAN_OPTIONS } from './plans/options';
export type { MrrByPlanLayer, MrrByPlanLayout, MrrByPlanScales, MrrByPlanSegment } from './plans/types';
export { computeMrrByPlanLayout, useMrrByPlanLayout } from './plans/useMrrByPlanLayout';
export type { SurveyLayoutOptions } from './survey/options';
export { SURVEY_OPTIONS } from './survey/options';
export type { SurveyLayout, SurveyLine } from './survey/types';
export { computeSurveyLayout, useSurveyLayout } from './survey/useSurveyLayout';
export type { DashboardRecord, KaDashboardModel, KaDashboardOptions } from './useKaDashboard';
export { flattenSeries, recordMrr, useKaDashboard } from './useKaDashboard';
export type { KpiDelta, KpiKey, KpiTile, KpiTilesLayout, KpiTilesOptions } from './useKpiTiles';
export { computeKpiTiles, useKpiTiles } from './useKpiTiles';
