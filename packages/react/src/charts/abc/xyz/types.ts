import type { AbcTier, AbcXyzCell, AbcXyzCellSummary, AbcXyzResult, AbcXyzRow, XyzClass } from '@kamkit/core';
import type { Formatters } from '../../../format/createFormat';
import type { PlotArea } from '../../../primitives/margin';
import type { MatrixCellBox } from '../../../primitives/matrix';
import type { ColumnTable } from '../../../primitives/table';
import type { ExplorerPoint, Margin } from '../../../primitives/types';

/** One cell of the ABC/XYZ grid as drawn. */
export interface AbcXyzCellLayout extends MatrixCellBox {
  cell: AbcXyzCell;
  tier: AbcTier;
  xyz: XyzClass;
  /** Count, value and shares from core. */
  summary: AbcXyzCellSummary;
  /** Colour intensity 0…1 by value (square root of value / the largest cell's value). */
  level: number;
  /** The item's id (`'cell:AX'`), for selection. */
  id: string;
  /** The lines under the count that fit the cell: the value (full, else compact) and the share of value. */
  lines: string[];
}

/** Everything {@link AbcXyzMatrix} draws, for custom rendering through its `children` render prop. */
export interface AbcXyzLayout<T> {
  result: AbcXyzResult<T>;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  plot: PlotArea;
  /** The nine cells in reading order: AX, AY, AZ, BX, …, CZ. */
  cells: AbcXyzCellLayout[];
  /** Centres of the columns (X, Y, Z) and rows (A, B, C), for headers. */
  columnCenters: number[];
  rowCenters: number[];
  /**
   * Column headers: `{ title: 'X', lines: ['steady · CV ≤ 0.5'] }`, or `'X · steady'` over `'CV ≤ 0.5'` when the
   * columns are narrow (cut to the column's width).
   */
  columnHeaders: { title: string; lines: string[] }[];
  /** Row headers: `{ title: 'A', lines: ['high value'] }`, the words wrapped onto two lines to fit the margin. */
  rowHeaders: { title: string; lines: string[] }[];
  /** The chart's title and axis titles in the chart's language (a prop wins). */
  title: string;
  xAxisLabel: string;
  yAxisLabel: string;
  /** The finding in words, e.g. "AX (high value, steady) holds 33 accounts (23%) and 77% of revenue." */
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: ColumnTable;
  labelOf: (row: AbcXyzRow<T>) => string;
}
