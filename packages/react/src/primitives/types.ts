import type { ChartItem } from '../contract/types';

/** A point of a chart that the keyboard and pointer can visit, with what its tooltip says. */
export interface ExplorerPoint {
  /**
   * What the point stands for, passed to `onSelect`, `onActiveChange` and `renderTooltip`. A point without an
   * item can be visited and shows its lines, but selecting it calls no event.
   */
  item?: ChartItem<unknown>;
  /** Row and column in `'grid'` mode (matrices, heat maps): the arrow keys move across them. */
  row?: number;
  col?: number;
  /** x of the point's anchor in the chart's viewBox (pixels). */
  x: number;
  /** y of the point's anchor in the chart's viewBox (pixels). */
  y: number;
  /** The highlighted area (a bar or a cell) in viewBox pixels; without it the point is marked by a ring. */
  box?: { x: number; y: number; width: number; height: number };
  /** The tooltip's first line, e.g. the account's name (data: shown as text). */
  title: string;
  /** Further tooltip lines, e.g. "Revenue: 1.234 €". */
  lines: string[];
}

/** A table of a chart's data as strings, ready to render. */
export interface TableSpec {
  /** The table's caption. */
  caption: string;
  /** The columns; `numeric` columns are right-aligned. */
  columns: { key: string; label: string; numeric?: boolean }[];
  /** The rows, one formatted string per column. */
  rows: string[][];
  /** The same rows as raw values (numbers unformatted), for CSV export. */
  raw?: (string | number | boolean | null)[][];
  /** A note under the table, e.g. that rows were grouped or records excluded. */
  note?: string;
}

/** How a chart offers its data as an HTML table. */
export type TableMode = 'hidden' | 'visible' | 'toggle' | 'none';

/** Margins around the plot area, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
