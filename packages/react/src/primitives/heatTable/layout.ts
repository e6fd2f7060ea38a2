import type { Box } from '../placement';
import { FONTS, type Font, lineHeight, measureText, truncateText } from '../text';
import type { Margin } from '../types';

/** One column of a heat table: its header (at most two lines, see {@link headerLines}) and its group. */
export interface HeatColumn {
  key: string;
  header: string;
  /** A header line under the header in muted text, e.g. the weight ("weight 40%"); see {@link subheaderLines}. */
  subheader?: string;
  /** A shorter subheader for a column too narrow for `subheader` on two lines, e.g. the weight alone ("40%"). */
  subheaderShort?: string;
  /** Columns with the same group get a shared group header above them (e.g. "Growth potential"). */
  group?: string;
  /** A summary column (e.g. an axis's weighted total) is drawn in bold with a rule before it. */
  summary?: boolean;
}

/** One cell: its text and its shade in [0, 1] (`null`: not shaded, e.g. a missing rating). */
export interface HeatCell {
  text: string;
  level: number | null;
  /** A state the sheet can style (e.g. `'missing'`, `'owned'`, `'pilot'`), written as `data-state`. */
  state?: string;
}

/** What {@link layoutHeatTable} needs. */
export interface HeatTableInput {
  width: number;
  columns: readonly HeatColumn[];
  rowLabels: readonly string[];
  cells: readonly (readonly HeatCell[])[];
  /** Header of the row-label column (e.g. "Account"). */
  rowHeader: string;
  /** Space around the table, in pixels. Default 0 on every side. */
  margin?: Partial<Margin>;
}

/** A placed cell of a heat table. */
export interface HeatCellBox extends Box {
  row: number;
  col: number;
  cell: HeatCell;
}

/** The geometry of a heat table. */
export interface HeatTableLayout {
  width: number;
  height: number;
  /** Left edge and width of the row-label column; the labels are shortened to it. */
  labelX: number;
  labelWidth: number;
  rowLabels: { text: string; full: string; y: number }[];
  rowHeader: { text: string; y: number };
  groups: { text: string; x0: number; x1: number; y: number }[];
  /** Each column's header lines and subheader lines (none when it has no subheader). */
  headers: { lines: string[]; subheader: string[]; x: number; y: number; summary: boolean }[];
  cells: HeatCellBox[];
  /** y of the rule under the headers. */
  headerBottom: number;
  /** The table's width inside the margins. */
  tableWidth: number;
}

const ROW_HEIGHT = 26;

/**
 * A column header in at most `maxLines` lines of at most `maxWidth` pixels, broken only at spaces: a word is
 * never split across lines (a narrow column would read "Umsatzwa / chstum"), and a no-break space (de-DE's
 * "30 %") keeps its neighbours together. A word wider than the column, and
 * the last line when words are left over, are shortened with "…" (the table and tooltips keep the full name).
 * An empty or blank header gives no lines.
 *
 * @example
 * wrapHeader('Strategic fit', 60, FONTS.axisTitle, 2); // ['Strategic', 'fit']
 * wrapHeader('Umsatzwachstum', 50, FONTS.axisTitle, 2); // ['Umsatz…']
 */
export function wrapHeader(text: string, maxWidth: number, font: Font, maxLines: number): string[] {
  const words = text.split(/[ \t\r\n]+/).filter((w) => w !== '');
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i] as string;
    i++;
    while (i < words.length && measureText(`${line} ${words[i]}`, font) <= maxWidth) line += ` ${words[i++]}`;
    lines.push(line);
  }
  if (i < words.length) lines[lines.length - 1] = `${lines[lines.length - 1]} ${words.slice(i).join(' ')}`;
  return lines.map((line) => truncateText(line, maxWidth, font));
}
const PAD = 6;

/**
 * A column's subheader lines, `maxWidth` pixels wide: the subheader in up to two lines broken at spaces
 * ("weight" / "50%"); when that still needs a "…", the column's `subheaderShort` (e.g. "50%") on one line
 * instead, or no line when even that is too wide (a "5…" would misstate the weight; the tooltip and the data
 * table give it). Without a `subheaderShort` the two lines are shortened with "…". No subheader gives no lines.
 */
export function subheaderLines(column: HeatColumn, maxWidth: number, font: Font): string[] {
  if (column.subheader === undefined) return [];
  const lines = wrapHeader(column.subheader, maxWidth, font, 2);
  const whole = column.subheader
    .split(/[ \t\r\n]+/)
    .filter((w) => w !== '')
    .join(' ');
  if (lines.join(' ') === whole || column.subheaderShort === undefined) return lines;
  return measureText(column.subheaderShort, font) <= maxWidth ? [column.subheaderShort] : [];
}

/**
 * Lays out a table of shaded cells in SVG: a row-label column as wide as the longest label needs (between 90 px
 * and 35 % of the width), then equal columns; headers in up to two lines (see {@link wrapHeader}) in the text
 * module's width model; group headers over their columns. Rows are 26 px; the height follows the rows.
 */
export function layoutHeatTable(input: HeatTableInput): HeatTableLayout {
  const { columns, rowLabels } = input;
  const m = { top: 0, right: 0, bottom: 0, left: 0, ...input.margin };
  const x0 = m.left;
  const width = Math.max(1, input.width - m.left - m.right);
  const labelFont = FONTS.axis;
  const headFont = FONTS.axisTitle;
  const longest = Math.max(
    measureText(input.rowHeader, headFont),
    ...rowLabels.map((l) => measureText(l, labelFont)),
  );
  const labelWidth = Math.min(Math.max(90, longest + 2 * PAD), Math.max(90, width * 0.35));
  const colWidth = Math.max(24, (width - labelWidth) / Math.max(1, columns.length));
  const headerLines = columns.map((c) => wrapHeader(c.header, colWidth - 2 * PAD, headFont, 2));
  const subLines = columns.map((c) => subheaderLines(c, colWidth - 4, labelFont));
  const headLines = Math.max(1, ...headerLines.map((l) => l.length));
  const lines = headLines + Math.max(0, ...subLines.map((l) => l.length));
  const grouped = columns.some((c) => c.group);
  const line = lineHeight(12);
  const groupHeight = grouped ? line + 6 : 0;
  const headerBottom = m.top + groupHeight + lines * line + 8;
  const groups: HeatTableLayout['groups'] = [];
  columns.forEach((c, i) => {
    const left = x0 + labelWidth + i * colWidth;
    const last = groups[groups.length - 1];
    if (c.group && last && last.text === c.group) last.x1 = left + colWidth;
    else if (c.group) groups.push({ text: c.group, x0: left, x1: left + colWidth, y: m.top + line });
  });
  // A group header is shortened with "…" to its columns' span, so on a narrow table neighbouring group headers
  // neither run into each other nor off the table's edge.
  for (const g of groups) g.text = truncateText(g.text, Math.max(0, g.x1 - g.x0 - 2 * PAD), headFont);
  const headers = columns.map((c, i) => ({
    lines: headerLines[i] as string[],
    subheader: subLines[i] as string[],
    x: x0 + labelWidth + (i + 0.5) * colWidth,
    y: m.top + groupHeight + line,
    summary: c.summary === true,
  }));
  const cells: HeatCellBox[] = [];
  // A cell's text that does not fit its cell is left out (the shade stays; the tooltip and table have it).
  const fit = (cell: HeatCell): HeatCell =>
    measureText(cell.text, labelFont) <= colWidth - 6 ? cell : { ...cell, text: '' };
  input.cells.forEach((row, r) => {
    row.forEach((raw, c) => {
      const cell = fit(raw);
      cells.push({
        row: r,
        col: c,
        cell,
        x: labelWidth + c * colWidth + 1,
        y: headerBottom + r * ROW_HEIGHT + 1,
        width: colWidth - 2,
        height: ROW_HEIGHT - 2,
      });
    });
  });
  return {
    width: input.width,
    height: headerBottom + rowLabels.length * ROW_HEIGHT + 4 + m.bottom,
    labelX: x0,
    labelWidth,
    rowLabels: rowLabels.map((full, r) => ({
      text: truncateText(full, labelWidth - PAD, labelFont),
      full,
      y: headerBottom + r * ROW_HEIGHT + ROW_HEIGHT / 2,
    })),
    rowHeader: { text: truncateText(input.rowHeader, labelWidth - PAD, headFont), y: headerBottom - 8 },
    groups,
    headers,
    cells,
    headerBottom,
    tableWidth: width,
  };
}
