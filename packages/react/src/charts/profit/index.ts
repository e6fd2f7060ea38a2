export type { ProfitMatrixProps } from './ProfitMatrix';
export { ProfitMatrix } from './ProfitMatrix';
export type { MeasureFormat, MeasureScale, ProfitLayout, ProfitLayoutOptions } from './useProfitLayout';
export { computeProfitLayout, useProfitLayout } from './useProfitLayout';
