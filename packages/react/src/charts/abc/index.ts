// AbcChart is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { AbcChartProps, AbcXyzMatrixProps } from '../../client';
export { AbcChart, AbcXyzMatrix } from '../../client';
export type { AbcMigrationChartProps } from './AbcMigrationChart';
export { AbcMigrationChart } from './AbcMigrationChart';
export type { AbcLayoutOptions } from './options';
export { ABC_OPTIONS } from './options';
export type { AbcBand, AbcLayout, AbcScales, AbcThresholdLine, AbcTierSummaryItem } from './types';
export { computeAbcLayout, useAbcLayout } from './useAbcLayout';
export type {
  AbcFlowLink,
  AbcFlowNode,
  AbcMigrationCell,
  AbcMigrationLayout,
  AbcMigrationLayoutOptions,
  AbcMigrationView,
  AbcMoveDirection,
  AbcMoveSummary,
} from './useAbcMigrationLayout';
export { computeAbcMigrationLayout, moveDirection, useAbcMigrationLayout } from './useAbcMigrationLayout';
export type { AbcXyzLayoutOptions } from './xyz/options';
export { ABC_XYZ_OPTIONS } from './xyz/options';
export type { AbcXyzCellLayout, AbcXyzLayout } from './xyz/types';
export { computeAbcXyzLayout, useAbcXyzLayout } from './xyz/useAbcXyzLayout';
