import { measureText } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import { WIN_BADGE } from './cards';
import { TREE_LABEL_FONT } from './tree';
import type { Rect, StakeholderTransform, StakeholderTree } from './types';

/** Default room around the map, in pixels, on every side. */
const PADDING = 14;
/**
 * Smallest scale the map is drawn at to fit a narrow width: half size keeps a 17-person map with two
 * organisations whole on a desktop (about 940 px) with 6 px card text; narrower charts (phones) would shrink
 * text further, so there the map is wider than its chart and scrolls sideways (the tooltips, the explorer and
 * the table keep every word at full size).
 */
export const MIN_SCALE = 0.5;
/** Size of an empty map's coordinate system. */
const EMPTY = { width: 480, height: 80 };

/** What the viewport must show: cards (key stakeholders with their ring and badge), tree labels, curves. */
export interface ViewportInput {
  boxes: readonly (Rect & { ring?: boolean })[];
  trees: readonly StakeholderTree[];
  curvePoints: readonly [number, number][];
  /** The chart's width; the map's height at that width when `height` is not given. */
  width: number;
  height: number | undefined;
  /** Room around the map per side (checked by the chart: finite, ≥ 0). Default {@link PADDING}. */
  margin?: Partial<Margin>;
}

/**
 * Stage 4, viewport fit: the bounds of everything drawn plus padding (the map's natural size), then the
 * transform that scales it down — never up, and not below {@link MIN_SCALE} for the width (the map is then
 * wider than `width` and scrolls) — to `width` (and `height` when given) and centres it. Without
 * `height`, the height is the natural height times that scale, so a phone gets a shorter map, not empty space.
 * An empty map has a 480 × 80 box. Sizes are whole pixels; no NaN reaches the result (sizes are checked before).
 */
export function fitViewport(input: ViewportInput): {
  width: number;
  height: number;
  natural: { width: number; height: number };
  transform: StakeholderTransform;
} {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  const grow = (ax: number, ay: number, bx: number, by: number) => {
    x0 = Math.min(x0, ax);
    y0 = Math.min(y0, ay);
    x1 = Math.max(x1, bx);
    y1 = Math.max(y1, by);
  };
  for (const box of input.boxes) {
    const ring = box.ring ? 6 : 0;
    const top = box.ring ? -WIN_BADGE.y + WIN_BADGE.height / 2 + 1 : 0;
    grow(box.x - ring, box.y - top, box.x + box.width + ring, box.y + box.height + ring);
  }
  for (const t of input.trees) {
    if (t.label)
      grow(t.labelX, t.labelY - 13, t.labelX + measureText(t.label, TREE_LABEL_FONT), t.labelY + 4);
  }
  for (const [px, py] of input.curvePoints) grow(px, py, px, py);
  const empty = input.boxes.length === 0;
  const pad = { top: PADDING, right: PADDING, bottom: PADDING, left: PADDING, ...definedSides(input.margin) };
  const natural = empty
    ? EMPTY
    : {
        width: Math.ceil(x1 - x0 + pad.left + pad.right),
        height: Math.ceil(y1 - y0 + pad.top + pad.bottom),
      };
  const fitWidth = Math.max(MIN_SCALE, input.width / natural.width);
  const scale = Math.min(1, fitWidth, input.height !== undefined ? input.height / natural.height : 1);
  const width = Math.max(input.width, Math.ceil(natural.width * scale));
  const height = input.height ?? Math.max(1, Math.ceil(natural.height * scale));
  const tx = empty ? 0 : (width - natural.width * scale) / 2 + (pad.left - x0) * scale;
  const ty = empty ? 0 : (height - natural.height * scale) / 2 + (pad.top - y0) * scale;
  return {
    width,
    height,
    natural,
    transform: {
      tx: Math.round(tx * 10) / 10,
      ty: Math.round(ty * 10) / 10,
      scale: Math.round(scale * 10000) / 10000,
    },
  };
}

/** The sides of `margin` that are given (an `undefined` side keeps the default). */
function definedSides(margin: Partial<Margin> | undefined): Partial<Margin> {
  const out: Partial<Margin> = {};
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const value = margin?.[side];
    if (value !== undefined) out[side] = value;
  }
  return out;
}
