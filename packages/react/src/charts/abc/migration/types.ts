import type { AbcOverTimeResult, AbcOverTimeRow, AbcState, PeriodKey } from '@kamkit/core';
import type { Formatters } from '../../../format/createFormat';
import type { PlotArea } from '../../../primitives/margin';
import type { MatrixCellBox } from '../../../primitives/matrix';
import type { ColumnTable } from '../../../primitives/table';
import type { ExplorerPoint, Margin } from '../../../primitives/types';
import type { AbcMigrationView } from './options';

/**
 * The kind of a move, for colour (`data-direction`): `'up'` to a better tier or into a tier, `'down'` to a
 * worse tier or out of the tiers, `'same'` the same tier, `'other'` between states without a tier.
 */
export type AbcMoveDirection = 'up' | 'down' | 'same' | 'other';

/** One cell of the migration matrix. */
export interface AbcMigrationCell extends MatrixCellBox {
  from: AbcState;
  to: AbcState;
  count: number;
  /** `count` / the accounts in `from` (0 when there are none). */
  rowShare: number;
  direction: AbcMoveDirection;
  /** Colour intensity 0…1 (square root of count / the largest count). */
  level: number;
  /** The item's id (`'cell:A-B'`), for selection. */
  id: string;
}

/** A node of the flow view: one state in one period. */
export interface AbcFlowNode<P extends PeriodKey> {
  period: P;
  /** The node's column (0 = the first period shown). */
  column: number;
  state: AbcState;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The item's id (`'node:2023:A'`), for selection. */
  id: string;
}

/** A band of the flow view: the accounts that went from one state to another between two periods. */
export interface AbcFlowLink<P extends PeriodKey> {
  fromPeriod: P;
  toPeriod: P;
  from: AbcState;
  to: AbcState;
  count: number;
  direction: AbcMoveDirection;
  /** The band as a closed SVG path. */
  path: string;
  /** The item's id (`'flow:2023:A-2024:B'`), for selection. */
  id: string;
}

/** Counts of the moves between two periods. */
export interface AbcMoveSummary {
  /** Accounts with a tier in the earlier period. */
  tiered: number;
  /** Of those, the accounts with the same tier later. */
  kept: number;
  /** Accounts that moved to a better tier (C → B, B → A, C → A). */
  up: number;
  /** Accounts that moved to a worse tier. */
  down: number;
  /** Accounts without a tier earlier (no revenue, no record) that have one later. */
  gained: number;
  /** Accounts with a tier earlier and none later. */
  lost: number;
}

/** A flow node's label: left of the first column, right of the others. */
export interface AbcFlowLabel {
  key: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
  state: AbcState;
}

/** Everything {@link AbcMigrationChart} draws, for custom rendering through its `children` render prop. */
export interface AbcMigrationLayout<T, P extends PeriodKey> {
  result: AbcOverTimeResult<T, P>;
  format: Formatters;
  view: AbcMigrationView;
  width: number;
  height: number;
  margin: Margin;
  plot: PlotArea;
  /** The periods compared: `from` and `to` as resolved (the flow shows every period between them too). */
  from: P | undefined;
  to: P | undefined;
  /** The periods shown by the flow view, in order. */
  shownPeriods: P[];
  /** The states on the matrix's axes: A, B, C and, when any account has them, none, absent and invalid. */
  states: AbcState[];
  stateLabel: (state: AbcState) => string;
  /** The matrix's cells in reading order (row = from, column = to); empty in the flow view. */
  cells: AbcMigrationCell[];
  /** Centres of the matrix's (or the flow's) columns and the matrix's rows, for headers. */
  columnCenters: number[];
  rowCenters: number[];
  /** The matrix's column and row headers, cut to their room (measured). */
  columnHeaders: string[];
  rowHeaders: string[];
  /** The flow view's nodes, bands and node labels; empty in the matrix view. */
  nodes: AbcFlowNode<P>[];
  links: AbcFlowLink<P>[];
  nodeLabels: AbcFlowLabel[];
  /** Counts of the moves from `from` to `to`. */
  moves: AbcMoveSummary;
  /** The chart's title, axis titles and legend words in the chart's language. */
  title: string;
  xAxisLabel: string;
  yAxisLabel: string;
  legend: { kept: string; up: string; down: string; other: string };
  /** The finding in words, e.g. "From 2023 to 2024, 123 of 135 accounts kept their tier, …". */
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: ColumnTable;
  labelOf: (row: AbcOverTimeRow<T, P>) => string;
}
