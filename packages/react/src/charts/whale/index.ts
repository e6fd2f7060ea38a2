export type {
  WhaleAnnotation,
  WhaleBars,
  WhaleLayout,
  WhaleLayoutOptions,
  WhaleMode,
  WhalePeak,
} from './useWhaleLayout';
export { computeWhaleLayout, useWhaleLayout } from './useWhaleLayout';
export type { WhaleCurveProps } from './WhaleCurve';
export { WhaleCurve } from './WhaleCurve';
