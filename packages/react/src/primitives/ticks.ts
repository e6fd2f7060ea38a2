/** One tick of an axis: where it is (in pixels along the axis) and what it says. */
export interface Tick {
  /** Position in pixels along the axis (x for bottom axes, y for left/right axes). */
  position: number;
  /** The tick's text (data: rendered as text, never as HTML). */
  label: string;
}

/** A scale as the layouts use it: a continuous d3 scale (only `ticks` and the call are needed). */
export interface TickScale {
  (value: number): number;
  ticks(count?: number): number[];
}

/**
 * Ticks of a continuous scale, formatted with `format`. `count` is d3's hint (d3 picks round numbers).
 *
 * @example
 * linearTicks(scaleLinear([0, 100], [300, 0]), 5, (v) => `${v}`);
 */
export function linearTicks(scale: TickScale, count: number, format: (value: number) => string): Tick[] {
  return scale.ticks(count).map((value) => ({ position: scale(value), label: format(value) }));
}

/**
 * Shortens a label to at most `max` characters (code points) with an ellipsis, keeping at least one character
 * (labels stay data; nothing is parsed). For text that is read, not drawn (descriptions, tooltips' titles);
 * drawn text is fitted to its pixel width with `truncateText` (primitives/text).
 *
 * @example
 * truncate('Universitätsklinikum Schleswig-Holstein', 12); // "Universität…"
 */
export function truncate(label: string, max: number): string {
  const chars = Array.from(label);
  return chars.length <= max ? label : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
