export type { Accessor, FieldName, FieldOrAccessor, Id, IdField, NumberField } from './accessor';
export type { KamkitErrorCode, KamkitErrorDetails } from './errors';
export { KamkitError } from './errors';
export { compareIds } from './id';
export type { ExclusionReason } from './numeric';
export type { Excluded, ParetoOptions, ParetoResult, ParetoRow } from './pareto';
export { pareto } from './pareto';
