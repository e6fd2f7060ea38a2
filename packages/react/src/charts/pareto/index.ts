export type { ParetoChartProps } from './ParetoChart';
export { ParetoChart } from './ParetoChart';
export type { ParetoBar, ParetoLayout, ParetoLayoutOptions, ParetoRankGroup } from './useParetoLayout';
export { computeParetoLayout, useParetoLayout } from './useParetoLayout';
