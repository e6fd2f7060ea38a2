import type { AbcOverTimeResult, AbcState, PeriodKey } from '@kamkit/core';
import type { Formatters } from '../../../format/createFormat';
import { translate } from '../../../messages/translate';
import type { CellValue, ColumnTable, TableColumn } from '../../../primitives/table';
import { columnHelper, tableFromColumns } from '../../../primitives/table';
import type { AbcFlowLink } from './types';
import type { MigrationText } from './words';

/** What {@link migrationTable} needs. */
export interface MigrationTableInput<T, P extends PeriodKey> {
  result: AbcOverTimeResult<T, P>;
  view: 'matrix' | 'flow' | 'none';
  from: P | undefined;
  to: P | undefined;
  states: readonly AbcState[];
  links: readonly AbcFlowLink<P>[];
  countOf: (a: AbcState, b: AbcState) => number;
  rowTotal: (a: AbcState) => number;
  stateLabel: (state: AbcState) => string;
  /** The largest accounts of an earlier state (matrix view). */
  examples: (state: AbcState) => string;
  caption: string;
  maxTableRows: number | undefined;
  text: MigrationText;
  format: Formatters;
}

/**
 * Stage 4: the data table, from column definitions. Matrix view: a row per earlier state with a column per
 * later state, the row's total and its largest accounts, and a total row; flow view: one row per band (periods, states, accounts);
 * nothing to compare: the accounts in each state per period (none without accounts).
 */
export function migrationTable<T, P extends PeriodKey>(input: MigrationTableInput<T, P>): ColumnTable {
  const { states, text, format, stateLabel, countOf, rowTotal } = input;
  const options = { caption: input.caption, maxTableRows: input.maxTableRows };
  const integer = (v: number) => format.integer(v);
  if (input.view === 'matrix') {
    type Row = AbcState | 'total';
    const column = columnHelper<Row>();
    const columnTotal = (b: AbcState) => states.reduce((sum, a) => sum + countOf(a, b), 0);
    const columns: TableColumn<Row>[] = [
      column({
        key: 'from',
        header: translate(text.corner, { from: String(input.from), to: String(input.to) }, format),
        value: (r) => (r === 'total' ? (text.total as string) : stateLabel(r)),
      }),
      ...states.map((b) =>
        column({
          key: `to-${b}`,
          header: stateLabel(b),
          value: (r) => (r === 'total' ? columnTotal(b) : countOf(r, b)),
          format: integer,
        }),
      ),
      column({
        key: 'total',
        header: text.total,
        value: (r) => (r === 'total' ? input.result.rows.length : rowTotal(r)),
        format: integer,
      }),
      column({
        key: 'examples',
        header: text.examples,
        value: (r) => (r === 'total' ? '' : input.examples(r)),
      }),
    ];
    return tableFromColumns<Row>([...states], columns, { ...options, summaryRow: 'total' });
  }
  if (input.view === 'flow') {
    const column = columnHelper<AbcFlowLink<P>>();
    return tableFromColumns(
      input.links,
      [
        column({ key: 'fromPeriod', header: text.fromPeriod, value: (l) => String(l.fromPeriod) }),
        column({
          key: 'from',
          header: text.fromState,
          value: (l) => l.from,
          format: (_, l) => stateLabel(l.from),
        }),
        column({ key: 'toPeriod', header: text.toPeriod, value: (l) => String(l.toPeriod) }),
        column({ key: 'to', header: text.toState, value: (l) => l.to, format: (_, l) => stateLabel(l.to) }),
        column({ key: 'count', header: text.accounts, value: (l) => l.count, format: integer }),
      ],
      options,
    );
  }
  const counts = input.result.byPeriod.map((b) => b.counts);
  const column = columnHelper<AbcState>();
  return tableFromColumns(
    input.result.rows.length === 0 ? [] : [...states],
    [
      column({ key: 'state', header: text.state, value: (s) => stateLabel(s) }),
      ...input.result.periods.map((p, k) =>
        column<CellValue>({
          key: `period-${k}`,
          header: String(p),
          value: (s) => counts[k]?.[s] ?? 0,
          format: (v) => (typeof v === 'number' ? integer(v) : String(v)),
        }),
      ),
    ],
    options,
  );
}
