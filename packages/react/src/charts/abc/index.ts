export type { AbcChartProps } from './AbcChart';
export { AbcChart } from './AbcChart';
export type { AbcMigrationChartProps } from './AbcMigrationChart';
export { AbcMigrationChart } from './AbcMigrationChart';
export type { AbcXyzMatrixProps } from './AbcXyzMatrix';
export { AbcXyzMatrix } from './AbcXyzMatrix';
export type {
  AbcBand,
  AbcLayout,
  AbcLayoutOptions,
  AbcThresholdLine,
  AbcTierSummaryItem,
} from './useAbcLayout';
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
export type { AbcXyzCellLayout, AbcXyzLayout, AbcXyzLayoutOptions } from './useAbcXyzLayout';
export { computeAbcXyzLayout, useAbcXyzLayout } from './useAbcXyzLayout';
