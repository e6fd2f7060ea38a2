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
  AbcXyzExcluded,
  AbcXyzOptions,
  AbcXyzResult,
  AbcXyzRow,
} from './abcXyz';
export { ABC_XYZ_CELLS, abcXyz } from './abcXyz';
export type { Accessor, FieldName, FieldOrAccessor, Id, IdField, NumberField } from './accessor';
export type { ConcentrationOptions, ConcentrationResult, LorenzPoint } from './concentration';
export { concentration } from './concentration';
export type { KamkitErrorCode, KamkitErrorDetails } from './errors';
export { KamkitError } from './errors';
export { compareIds } from './id';
export type { ExclusionReason } from './numeric';
export type { Excluded, ParetoOptions, ParetoResult, ParetoRow } from './pareto';
export { pareto } from './pareto';
export type { XyzClass, XyzDeviation, XyzNullReason, XyzOptions, XyzResult, XyzRow, XyzSeries } from './xyz';
export { xyz } from './xyz';
