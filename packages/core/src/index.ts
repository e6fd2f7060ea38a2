export type {
  AbcBasis,
  AbcBoundary,
  AbcMethod,
  AbcOptions,
  AbcResult,
  AbcRow,
  AbcTier,
  AbcTierSummary,
  AbcTies,
} from './abc';
export { ABC_TIERS, abc } from './abc';
export { type AbcColumns, abcColumns, abcRow } from './abcColumns';
export type { AbcCurvePoint, ComputedAbcLimits } from './abcComputed';
export type {
  AbcMigration,
  AbcOverTimeOptions,
  AbcOverTimeResult,
  AbcOverTimeRow,
  AbcPeriodResult,
  AbcState,
  PeriodKey,
  PeriodValueAccessor,
} from './abcOverTime';
export { ABC_STATES, abcOverTime } from './abcOverTime';
export type {
  AbcXyzCell,
  AbcXyzCellSummary,
  AbcXyzOptions,
  AbcXyzResult,
  AbcXyzRow,
} from './abcXyz';
export { ABC_XYZ_CELLS, abcXyz } from './abcXyz';
export type { Accessor, FieldName, FieldOrAccessor, Id, IdField, NumberField } from './accessor';
export { accessor } from './accessor';
export type {
  ChurnComparator,
  ChurnLevel,
  ChurnPredicateRow,
  ChurnQueueReason,
  ChurnRankBy,
  ChurnRiskExcluded,
  ChurnRiskOptions,
  ChurnRiskResult,
  ChurnRiskRow,
  ChurnSignal,
  SignalContribution,
} from './churnRisk';
export { churnRisk } from './churnRisk';
export type { ConcentrationOptions, ConcentrationResult, LorenzPoint } from './concentration';
export { concentration } from './concentration';
export type { KamkitErrorCode, KamkitErrorDetails } from './errors';
export { KamkitError } from './errors';
export type { Excluded } from './excluded';
export type {
  GrowthMeasure,
  GrowthMeasureRange,
  GrowthMeasureRating,
  GrowthRatingOptions,
  GrowthRatingResult,
  GrowthRatingRow,
} from './growthRating';
export { growthCriterion, growthRating, revenueGrowth } from './growthRating';
export { compareIdsChecked as compareIds } from './id';
export type {
  InfluencePath,
  InfluencePathsOptions,
  InfluencePathsResult,
  InfluenceStep,
  InfluenceStepKind,
  ReportingDirection,
} from './influencePaths';
export { INFLUENCE_MAX_DEPTH, INFLUENCE_MAX_PATHS, influencePaths } from './influencePaths';
export type {
  MrrByPlanOptions,
  MrrByPlanPoint,
  MrrByPlanResult,
  MrrByPlanRow,
  MrrByPlanSeries,
  MrrPeriod,
} from './mrrByPlan';
export { mrrByPlan } from './mrrByPlan';
export type {
  MrrMovement,
  MrrMovementExcluded,
  MrrMovementRow,
  MrrMovementsOptions,
  MrrMovementsResult,
} from './mrrMovements';
export { mrrMovements } from './mrrMovements';
export type { ExclusionReason } from './numeric';
export type {
  OnboardingAccount,
  OnboardingStage,
  OnboardingStageRow,
  OnboardingStatusOptions,
  OnboardingStatusResult,
  OnboardingUnknownStatus,
} from './onboardingStatus';
export { onboardingStatus } from './onboardingStatus';
export type {
  OnboardingSurveyOptions,
  OnboardingSurveyResult,
  SurveyExcluded,
  SurveyExclusionReason,
  SurveyGroup,
  SurveyQuestionStageRow,
} from './onboardingSurvey';
export { onboardingSurvey } from './onboardingSurvey';
export type { ParetoOptions, ParetoResult, ParetoRow } from './pareto';
export { pareto } from './pareto';
export type { ParetoColumns } from './paretoColumns';
export { paretoColumns, paretoFromColumns, paretoRow } from './paretoColumns';
export type {
  ProfitMatrixOptions,
  ProfitMatrixPreset,
  ProfitMatrixResult,
  ProfitMatrixRow,
  ProfitMatrixSplit,
} from './profitMatrix';
export { profitMatrix } from './profitMatrix';
export type { Quadrant, QuadrantLabel, QuadrantLabels, QuadrantPosition } from './quadrants';
export {
  kamMatrix,
  positionMatrix,
  quadrantPositions,
  revenueMarginMatrix,
  shapiroMatrix,
} from './quadrants';
export type {
  Contribution,
  Criterion,
  ResolvedCriterion,
  ScoreAxis,
  ScoreExcluded,
  ScoreNormalize,
  ScoreOptions,
  ScoreResult,
  ScoreRow,
  ValueIssue,
  ValueIssueReason,
} from './score';
export { score } from './score';
export type {
  Attitude,
  Coverage,
  DecisionPower,
  InfluenceInput,
  InfluenceLineKind,
  StakeholderInfluence,
  StakeholderMapOptions,
  StakeholderMapResult,
  StakeholderNode,
} from './stakeholderMap';
export { coverage, stakeholderMap } from './stakeholderMap';
export type {
  UpsellCandidateRow,
  UpsellCandidatesOptions,
  UpsellCandidatesResult,
  UpsellOther,
} from './upsellCandidates';
export { upsellCandidates } from './upsellCandidates';
export type { WhaleCurveOptions, WhaleCurveResult, WhaleCurveRow } from './whaleCurve';
export { whaleCurve } from './whaleCurve';
export type {
  LargestWhitespaceOptions,
  WhitespaceExcluded,
  WhitespaceExclusionReason,
  WhitespaceOptions,
  WhitespaceProductSummary,
  WhitespaceResult,
  WhitespaceRow,
  WhitespaceStatus,
} from './whitespace';
export { largestWhitespace, whitespace } from './whitespace';
export type { XyzClass, XyzDeviation, XyzNullReason, XyzOptions, XyzResult, XyzRow, XyzSeries } from './xyz';
export { xyz } from './xyz';
