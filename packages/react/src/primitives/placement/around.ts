import type { Box } from './box';

/** Where a label sits relative to its mark. */
export type LabelSide =
  | 'right'
  | 'left'
  | 'top'
  | 'bottom'
  | 'top-right'
  | 'top-left'
  | 'bottom-right'
  | 'bottom-left';

/** A label position beside a mark: the text's anchor point (`y` is the baseline), alignment and box. */
export interface SidePosition {
  side: LabelSide;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** The sides {@link positionsAround} tries by default, in this order. */
export const DEFAULT_SIDES: readonly LabelSide[] = [
  'right',
  'left',
  'top',
  'bottom',
  'top-right',
  'top-left',
  'bottom-right',
  'bottom-left',
];

/**
 * Positions for a label of `width` × `height` pixels beside a point or circle (`r` 0 for a point), one per
 * side in `sides` order (default {@link DEFAULT_SIDES}), `gap` pixels (default 3) from the mark: right and left
 * vertically centred; top and bottom centred horizontally and, when `bounds` is given, shifted to stay inside
 * it; the diagonals at 45°. `baseline` is the offset from a line's vertical centre to its baseline (default
 * 0.35 × `height` / 1.25, i.e. 0.35 em for a one-line label of {@link lineHeight}). Feed the result to
 * {@link placeLabels} as a candidate's `positions`.
 *
 * @example
 * positionsAround({ x: 120, y: 80, r: 6 }, { width: 40, height: 14 });
 */
export function positionsAround(
  mark: { x: number; y: number; r?: number },
  size: { width: number; height: number },
  options: { gap?: number; sides?: readonly LabelSide[]; bounds?: Box; baseline?: number } = {},
): SidePosition[] {
  const { x: cx, y: cy } = mark;
  const r = Math.max(0, mark.r ?? 0);
  const { width, height } = size;
  const gap = options.gap ?? 3;
  const baseline = options.baseline ?? (0.35 * height) / 1.25;
  const b = options.bounds;
  const centred = b ? Math.min(b.x + b.width - width / 2, Math.max(b.x + width / 2, cx)) : cx;
  const diagonal = r * Math.SQRT1_2;
  const at = (side: LabelSide, left: number, top: number, anchor: SidePosition['anchor']): SidePosition => ({
    side,
    x: anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2,
    y: top + height / 2 + baseline,
    anchor,
    box: { x: left, y: top, width, height },
  });
  const make: Record<LabelSide, () => SidePosition> = {
    right: () => at('right', cx + r + gap, cy - height / 2, 'start'),
    left: () => at('left', cx - r - gap - width, cy - height / 2, 'end'),
    top: () => at('top', centred - width / 2, cy - r - gap - height, 'middle'),
    bottom: () => at('bottom', centred - width / 2, cy + r + gap, 'middle'),
    'top-right': () => at('top-right', cx + diagonal + gap, cy - diagonal - height, 'start'),
    'top-left': () => at('top-left', cx - diagonal - gap - width, cy - diagonal - height, 'end'),
    'bottom-right': () => at('bottom-right', cx + diagonal + gap, cy + diagonal, 'start'),
    'bottom-left': () => at('bottom-left', cx - diagonal - gap - width, cy + diagonal, 'end'),
  };
  return (options.sides ?? DEFAULT_SIDES).map((side) => make[side]());
}
