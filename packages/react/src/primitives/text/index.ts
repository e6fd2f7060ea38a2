// The text module: one width model (glyphs.ts), measuring (measure.ts), wrapping and truncating (wrap.ts), the
// room an axis's labels need (axisSpace.ts) and small word helpers (words.ts). `round` is re-exported for the
// renderers that import it together with the word helpers.
export { round } from '../round';
export type { AxisSpace, AxisSpaceOptions } from './axisSpace';
export { axisSpace } from './axisSpace';
export { BOLD_FACTOR, glyphWidth } from './glyphs';
export type { Font } from './measure';
export { AXIS_FONT, AXIS_TITLE_FONT, emSize, FONTS, lineHeight, measureText } from './measure';
export { capitalise, counter, namesList } from './words';
export { truncateText, wrapText } from './wrap';
