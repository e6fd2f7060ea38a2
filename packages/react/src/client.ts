'use client';

export type { ParetoChartProps } from './charts/pareto/ParetoChart';
export { ParetoChart } from './charts/pareto/ParetoChart';
export { ErrorReporter } from './interaction/ErrorReporter';
export type { ExplorerProps } from './interaction/Explorer';
export { Explorer } from './interaction/Explorer';
export type { ResponsiveContainerProps } from './interaction/ResponsiveContainer';
export { ResponsiveContainer } from './interaction/ResponsiveContainer';
export { TableToggle } from './interaction/TableToggle';
export type { TooltipProps } from './interaction/Tooltip';
export { placeTooltip, Tooltip } from './interaction/Tooltip';
export type { ParentSize } from './interaction/useParentSize';
export { useParentSize } from './interaction/useParentSize';
