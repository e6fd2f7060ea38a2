// AbcChart is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { AbcChartProps, AbcMigrationChartProps, AbcXyzMatrixProps } from '../../client';
export { AbcChart, AbcMigrationChart, AbcXyzMatrix } from '../../client';
export type { AbcMigrationLayoutOptions, AbcMigrationView } from './migration/options';
export { ABC_MIGRATION_OPTIONS } from './migration/options';
export { moveDirection } from './migration/states';
export type {
  AbcFlowLabel,
  AbcFlowLink,
  AbcFlowNode,
  AbcMigrationCell,
  AbcMigrationLayout,
  AbcMoveDirection,
  AbcMoveSummary,
} from './migration/types';
export { computeAbcMigrationLayout, useAbcMigrationLayout } from './migration/useAbcMigrationLayout';
export type { AbcLayoutOptions } from './options';
export { ABC_OPTIONS } from './options';
export type { AbcBand, AbcLayout, AbcScales, AbcThresholdLine, AbcTierSummaryItem } from './types';
export { computeAbcLayout, useAbcLayout } from './useAbcLayout';
export type { AbcXyzLayoutOptions } from './xyz/options';
export { ABC_XYZ_OPTIONS } from './xyz/options';
export type { AbcXyzCellLayout, AbcXyzLayout } from './xyz/types';
export { computeAbcXyzLayout, useAbcXyzLayout } from './xyz/useAbcXyzLayout';
