'use client';

export type { ExplorerProps } from './interaction/Explorer';
export { Explorer } from './interaction/Explorer';
export type { ResponsiveContainerProps } from './interaction/ResponsiveContainer';
export { ResponsiveContainer } from './interaction/ResponsiveContainer';
export { TableToggle } from './interaction/TableToggle';
export type { ParentSize } from './interaction/useParentSize';
export { useParentSize } from './interaction/useParentSize';
