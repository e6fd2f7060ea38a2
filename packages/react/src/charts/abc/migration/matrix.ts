import type { AbcOverTimeRow, AbcState, PeriodKey } from '@kamkit/core';
import type { ChartItem } from '../../../contract/types';
import type { Formatters } from '../../../format/createFormat';
import { translate } from '../../../messages/translate';
import type { PlotArea } from '../../../primitives/margin';
import { cellIntensity, matrixGrid } from '../../../primitives/matrix';
import { sharePercent } from '../../../primitives/share';
import { FONTS, truncateText } from '../../../primitives/text';
import type { ExplorerPoint } from '../../../primitives/types';
import type { Pair } from './states';
import { moveDirection } from './states';
import type { AbcMigrationCell } from './types';
import type { MigrationText } from './words';
import { directionWord, namesLine } from './words';

/** What {@link migrationMatrix} needs. */
export interface MatrixInput<T, P extends PeriodKey> {
  rows: readonly AbcOverTimeRow<T, P>[];
  states: readonly AbcState[];
  main: Map<string, Pair>;
  from: P;
  to: P;
  plot: PlotArea;
  /** The left margin (room for the row headers less 10 px). */
  marginLeft: number;
  stateLabel: (state: AbcState) => string;
  labelOf: (row: AbcOverTimeRow<T, P>) => string;
  text: MigrationText;
  format: Formatters;
}

/**
 * Stage 2 (matrix view): the from × to grid of the states (4 px gaps), each cell with its count, its share of
 * the row and the direction of the move, tinted by count (square root of count / the largest); the headers cut
 * to their room (a column's width less 8 px; the left margin less 28 px for the rotated title); one explorer
 * point per cell (`row`/`col` for the grid keys) with its item (`kind: 'cell'`, id `'cell:A-B'`, `accounts`
 * the accounts that made the move, largest first).
 */
export function migrationMatrix<T, P extends PeriodKey>(input: MatrixInput<T, P>) {
  const { rows, states, main, plot, stateLabel, text, format } = input;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const countOf = (a: AbcState, b: AbcState) => main.get(`${a}|${b}`)?.count ?? 0;
  const rowTotal = (a: AbcState) => states.reduce((sum, b) => sum + countOf(a, b), 0);
  const grid = matrixGrid(states.length, states.length, plot, 4);
  let max = 0;
  for (const a of states) for (const b of states) max = Math.max(max, countOf(a, b));
  const cells: AbcMigrationCell[] = [];
  const points: ExplorerPoint[] = [];
  for (const box of grid.cells) {
    const a = states[box.row] as AbcState;
    const b = states[box.column] as AbcState;
    const pair = main.get(`${a}|${b}`);
    const count = pair?.count ?? 0;
    const total = rowTotal(a);
    const cell: AbcMigrationCell = {
      ...box,
      from: a,
      to: b,
      count,
      rowShare: total > 0 ? count / total : 0,
      direction: moveDirection(a, b),
      level: cellIntensity(count, max),
      id: `cell:${a}-${b}`,
    };
    cells.push(cell);
    const item: ChartItem<T> = {
      kind: 'cell',
      id: cell.id,
      datum: null,
      accounts: (pair?.indices ?? []).map((i) => (rows[i] as AbcOverTimeRow<T, P>).datum),
    };
    points.push({
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
      row: box.row,
      col: box.column,
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      item,
      title: t(text.moveTitle, {
        from: stateLabel(a),
        fromPeriod: String(input.from),
        to: stateLabel(b),
        toPeriod: String(input.to),
      }),
      lines: [
        total > 0
          ? t(text.countShareOf, {
              count,
              share: sharePercent(format.percent, cell.rowShare),
              state: stateLabel(a),
            })
          : t(text.count, { count }),
        directionWord(text, cell.direction),
        ...(count > 0 ? [namesLine(pair, rows, input.labelOf, text, format)] : []),
      ],
    });
  }
  const columnRoom = Math.max(1, grid.cellWidth - 8);
  const rowRoom = Math.max(1, input.marginLeft - 38);
  return {
    cells,
    points,
    countOf,
    rowTotal,
    columnCenters: grid.columnCenters,
    rowCenters: grid.rowCenters,
    columnHeaders: states.map((s) => truncateText(stateLabel(s), columnRoom, FONTS.axisTitle)),
    rowHeaders: states.map((s) => truncateText(stateLabel(s), rowRoom, FONTS.axisTitle)),
  };
}
