export type { LabelSide, SidePosition } from './around';
export { DEFAULT_SIDES, positionsAround } from './around';
export type { Box, Circle } from './box';
export { boxFromEdges, circleOverlapsBox, contains, overlaps, textBox } from './box';
export type {
  HiddenLabel,
  HiddenReason,
  LabelCandidate,
  LabelPlacement,
  LabelPosition,
  PlacedLabel,
  PlaceLabelsOptions,
} from './place';
export { placeLabels } from './place';
