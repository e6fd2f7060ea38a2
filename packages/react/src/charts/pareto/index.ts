export type { ParetoChartProps } from './ParetoChart';
export { ParetoChart } from './ParetoChart';
export type { ParetoBar, ParetoLayout, ParetoLayoutOptions } from './useParetoLayout';
export { computeParetoLayout, useParetoLayout } from './useParetoLayout';
