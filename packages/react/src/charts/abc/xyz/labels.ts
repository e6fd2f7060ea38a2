import type { AbcTier, XyzClass } from '@kamkit/core';
import type { Formatters } from '../../../format/createFormat';
import type { abc } from '../../../messages/en/abc';
import { translate } from '../../../messages/translate';
import type { MessageShape } from '../../../messages/types';
import { FONTS, measureText, truncateText, wrapText } from '../../../primitives/text';
import { CLASSES, TIERS } from './grid';

type MatrixText = MessageShape<typeof abc>['matrix'];

/** The words of a tier and of an XYZ class, from the catalogue. */
export function tierWord(text: MatrixText, tier: AbcTier): string {
  return (tier === 'A' ? text.tierA : tier === 'B' ? text.tierB : text.tierC) as string;
}
export function classWord(text: MatrixText, xyz: XyzClass): string {
  return (xyz === 'X' ? text.classX : xyz === 'Y' ? text.classY : text.classZ) as string;
}

/**
 * Stage 2: the headers. Columns: "X" over "steady · CV ≤ 0.5" when that fits the column (measured, 8 px of
 * air), else "X · steady" (or "X") over the rule "CV ≤ 0.5" — or, when a rule does not fit some column, "≤ 0.5"
 * in every column (the "CV" left to the table) — never a cut number unless even that does not fit. Rows: "A"
 * beside "high value", wrapped onto at most two lines in the left margin (less 40 px for the axis title).
 */
export function abcXyzHeaders(
  thresholds: readonly [number, number],
  cellWidth: number,
  marginLeft: number,
  text: MatrixText,
  format: Formatters,
) {
  const decimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 });
  const [xLimit, yLimit] = thresholds;
  const room = Math.max(1, cellWidth - 8);
  const fits = (line: string) => measureText(line, FONTS.axis) <= room;
  const rule = (j: number, name: string) =>
    `${name ? `${name} ` : ''}${j === 0 ? `≤ ${decimal.format(xLimit)}` : j === 1 ? `≤ ${decimal.format(yLimit)}` : `> ${decimal.format(yLimit)}`}`;
  const bare = !CLASSES.every((_, j) => fits(rule(j, text.cv as string)));
  const columnHeaders = CLASSES.map((c, j) => {
    const word = classWord(text, c);
    const full = rule(j, text.cv as string);
    const wide = translate(text.headerWide, { word, rule: full }, format);
    if (fits(wide)) return { title: c as string, lines: [wide] };
    const named = translate(text.headerNamed, { name: c, word }, format);
    const shown = bare ? rule(j, '') : full;
    return {
      title: measureText(named, FONTS.axisTitle) <= room ? named : (c as string),
      lines: [fits(shown) ? shown : truncateText(shown, room, FONTS.axis)],
    };
  });
  const rowRoom = Math.max(20, marginLeft - 40);
  const rowHeaders = TIERS.map((t) => ({
    title: t as string,
    lines: wrapText(tierWord(text, t), rowRoom, FONTS.axis, 2),
  }));
  return { columnHeaders, rowHeaders };
}
