import { type Box, type Circle, circleOverlapsBox, contains, overlaps } from './box';

/** One place a label may go: at least its box; anything else (text position, anchor, side) is carried along. */
export interface LabelPosition {
  box: Box;
}

/** A label to place: its positions in order of preference. */
export interface LabelCandidate<P extends LabelPosition = LabelPosition> {
  positions: readonly P[];
}

/**
 * Why a label was not placed: `'limit'` (`max` labels were already placed), `'no-positions'` (it offered
 * none), `'outside'` (no position lies inside `bounds`), `'obstacle'` (every position inside the bounds covers
 * an obstacle or is refused by `isBlocked`), `'collision'` (every position clear of obstacles covers a label
 * placed before it).
 */
export type HiddenReason = 'limit' | 'no-positions' | 'outside' | 'obstacle' | 'collision';

/** A placed label: the candidate, its index in the input, the position taken and its index among the positions. */
export interface PlacedLabel<C extends LabelCandidate> {
  candidate: C;
  index: number;
  position: C['positions'][number];
  choice: number;
  /** `true` when the label covers one of the `avoid` shapes (no position kept clear of them). */
  coversAvoided: boolean;
}

/** A label that was not placed, with the reason. */
export interface HiddenLabel<C extends LabelCandidate> {
  candidate: C;
  index: number;
  reason: HiddenReason;
}

/** Options of {@link placeLabels}. */
export interface PlaceLabelsOptions<C extends LabelCandidate> {
  /** Every placed box lies inside this box (edges included). Default: no bound. */
  bounds?: Box;
  /** Boxes and circles a label must not cover (marks, other text, the legend). */
  obstacles?: readonly (Box | Circle)[];
  /**
   * Shapes a label should not cover: a position clear of them wins, but when none of a candidate's positions
   * is, the first position free of obstacles and labels is taken (`coversAvoided: true`) rather than hiding
   * the label. E.g. the bubbles of other important accounts.
   */
  avoid?: (candidate: C, index: number) => readonly (Box | Circle)[];
  /** An extra rule: `true` refuses a position (e.g. a box the curve passes through). */
  isBlocked?: (box: Box, candidate: C, index: number) => boolean;
  /** Labels keep at least this many pixels from each other (not from obstacles). Default 0. */
  gap?: number;
  /** At most this many labels are placed; later candidates are hidden with reason `'limit'`. Default: all. */
  max?: number;
}

/** The result of {@link placeLabels}: every candidate is in exactly one of the two lists, in input order. */
export interface LabelPlacement<C extends LabelCandidate> {
  placed: PlacedLabel<C>[];
  hidden: HiddenLabel<C>[];
}

const shapeOverlaps = (shape: Box | Circle, box: Box) =>
  'r' in shape ? circleOverlapsBox(shape, box) : overlaps(shape, box);

/**
 * Greedy label placement. Candidates are taken in input order (put the most important first); each takes the
 * first of its positions, in its own order of preference, that lies inside `bounds`, covers no obstacle, is
 * not refused by `isBlocked`, keeps `gap` pixels from every label placed before it and covers none of its
 * `avoid` shapes — or, when no position keeps clear of the `avoid` shapes, the first that meets the other
 * rules. A candidate with no such position is returned in `hidden` with the reason (never dropped silently),
 * so a chart can say so or offer the text elsewhere (tooltip, table). Deterministic; O(candidates × positions ×
 * (obstacles + placed)).
 *
 * @example
 * const { placed, hidden } = placeLabels(
 *   [{ id: 'a', positions: [{ box: { x: 0, y: 0, width: 40, height: 14 }, anchor: 'start' }] }],
 *   { bounds: { x: 0, y: 0, width: 300, height: 200 } },
 * );
 */
export function placeLabels<C extends LabelCandidate>(
  candidates: readonly C[],
  options: PlaceLabelsOptions<C> = {},
): LabelPlacement<C> {
  const { bounds, gap = 0, max = Number.POSITIVE_INFINITY } = options;
  const obstacles = options.obstacles ?? [];
  const taken: Box[] = [];
  const result: LabelPlacement<C> = { placed: [], hidden: [] };
  candidates.forEach((candidate, index) => {
    if (result.placed.length >= max) {
      result.hidden.push({ candidate, index, reason: 'limit' });
      return;
    }
    if (candidate.positions.length === 0) {
      result.hidden.push({ candidate, index, reason: 'no-positions' });
      return;
    }
    const avoid = options.avoid?.(candidate, index) ?? [];
    // How far the best position got: outside the bounds, inside but blocked, clear of obstacles but colliding.
    let furthest: 'outside' | 'obstacle' | 'collision' = 'outside';
    let fallback = -1;
    let chosen = -1;
    for (let p = 0; p < candidate.positions.length && chosen < 0; p++) {
      const box = (candidate.positions[p] as LabelPosition).box;
      if (bounds && !contains(bounds, box)) continue;
      if (furthest === 'outside') furthest = 'obstacle';
      if (obstacles.some((o) => shapeOverlaps(o, box)) || options.isBlocked?.(box, candidate, index))
        continue;
      furthest = 'collision';
      if (taken.some((t) => overlaps(t, box, gap))) continue;
      if (avoid.some((o) => shapeOverlaps(o, box))) {
        if (fallback < 0) fallback = p;
        continue;
      }
      chosen = p;
    }
    const choice = chosen >= 0 ? chosen : fallback;
    if (choice < 0) {
      result.hidden.push({ candidate, index, reason: furthest });
      return;
    }
    const position = candidate.positions[choice] as C['positions'][number];
    taken.push(position.box);
    result.placed.push({ candidate, index, position, choice, coversAvoided: chosen < 0 });
  });
  return result;
}
