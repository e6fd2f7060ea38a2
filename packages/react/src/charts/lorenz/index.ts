export type { LorenzChartProps } from './LorenzChart';
export { LorenzChart } from './LorenzChart';
export type { GiniVariant, LorenzLayout, LorenzLayoutOptions } from './useLorenzLayout';
export { computeLorenzLayout, describeGini, useLorenzLayout } from './useLorenzLayout';
