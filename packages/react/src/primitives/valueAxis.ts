import { type AxisSpace, type AxisSpaceOptions, axisSpace } from './text';

/**
 * Room for a left value axis by character count: 6.6 px a character of the longest label plus 22 px for the
 * title's offset (at least 44), and a margin 12 px past it.
 *
 * @deprecated Use `axisSpace(labels, { title: true, min: { labelOffset: 44 } })` from `primitives/text`, which
 * measures the labels with the kit's width model.
 */
export function valueAxisSpace(labels: readonly string[]): AxisSpace {
  const longest = Math.max(1, ...labels.map((label) => Array.from(label).length));
  const labelOffset = Math.max(44, Math.ceil(longest * 6.6 + 22));
  return { labelOffset, margin: labelOffset + 12 };
}

/**
 * {@link axisSpace} under its older name.
 *
 * @deprecated Use `axisSpace` from `primitives/text`.
 */
export function measuredAxisSpace(labels: readonly string[], options: AxisSpaceOptions = {}): AxisSpace {
  return axisSpace(labels, options);
}
