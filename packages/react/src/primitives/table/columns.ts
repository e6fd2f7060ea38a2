import { KamkitError } from '@kamkit/core';
import { type CsvOptions, toCsv } from '../../export/csv';
import type { TableSpec } from '../types';

/** A raw cell value: what a CSV export writes (numbers unformatted) and what `format` turns into text. */
export type CellValue = string | number | boolean | null;

/**
 * One column of a chart's table, defined once for every view of it: the visible table, the hidden accessible
 * table (both rendered from the same {@link TableSpec} by `DataTable`) and the CSV export.
 */
export interface TableColumn<R, V extends CellValue = CellValue> {
  /** Stable key (unique in the table): React's key and the column's name in code. */
  key: string;
  /** The header text (from the message catalogue: it is a user-facing word). */
  header: string;
  /** The raw value of `row` (`index`: the row's position in the rows given to {@link tableFromColumns}). */
  value(row: R, index: number): V;
  /**
   * The cell's text. Default: a string as it is, a finite number as `String(n)`, `true`/`false` as
   * `'true'`/`'false'`, `null` and non-finite numbers as "–". Give a format for every column a user reads
   * (locale numbers, words from the catalogue).
   */
  format?(value: V, row: R, index: number): string;
  /** Right-aligned. Default: `true` when the first non-null raw value of the column is a number. */
  numeric?: boolean;
}

/**
 * A typed column builder for rows of type `R` (as TanStack Table's `columnHelper`): each column's `format`
 * receives the type its `value` returns, and the columns fit in one array.
 *
 * @example
 * const column = columnHelper<Account>();
 * const columns = [
 *   column({ key: 'name', header: 'Account', value: (a) => a.name }),
 *   column({ key: 'mrr', header: 'MRR', value: (a) => a.mrr, format: (mrr) => format.value(mrr) }),
 * ];
 */
export function columnHelper<R>(): <V extends CellValue>(column: TableColumn<R, V>) => TableColumn<R> {
  return (column) => column;
}

/** Options of {@link tableFromColumns}. */
export interface TableOptions<R> {
  /** The table's caption (usually the chart's finding). */
  caption: string;
  /**
   * At most this many rows are listed (the first ones); the others are counted in `omitted`. Default: all. A
   * whole number ≥ 0 or `Infinity`; anything else throws a `KamkitError` `INVALID_OPTION` (field
   * `'maxTableRows'`).
   */
  maxTableRows?: number;
  /** A row appended after the listed rows (a total, or "others"), formatted by the same columns. */
  summaryRow?: R;
  /** A note under the table (e.g. that rows were left out or records excluded). */
  note?: string;
}

/** A {@link TableSpec} built from columns: always with raw values, plus how many rows were left out. */
export interface ColumnTable extends TableSpec {
  raw: CellValue[][];
  /** Rows not listed because of `maxTableRows` (the summary row not counted). */
  omitted: number;
}

function defaultFormat(value: CellValue): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '–';
  return String(value);
}

function checkMax(max: number | undefined): number {
  if (max === undefined) return Number.POSITIVE_INFINITY;
  if (max === Number.POSITIVE_INFINITY || (Number.isInteger(max) && max >= 0)) return max;
  throw new KamkitError(
    'INVALID_OPTION',
    `maxTableRows must be a whole number of 0 or more, or Infinity (got ${String(max)})`,
    { field: 'maxTableRows' },
  );
}

/**
 * A chart's table from column definitions: for each listed row (the first `maxTableRows` of `rows`, then the
 * `summaryRow`), the raw value of every column (`raw`, for CSV; non-finite numbers become `null`) and its text
 * (`rows`, for the visible and the hidden table). Rows keep their order; the caller's rows are not changed.
 * Duplicate column keys throw a `KamkitError` `INVALID_OPTION` (field `'columns'`).
 *
 * @example
 * const table = tableFromColumns(accounts, [
 *   { key: 'name', header: 'Account', value: (a) => a.name },
 *   { key: 'revenue', header: 'Revenue', value: (a) => a.revenue, format: (v) => format.value(v) },
 * ], { caption: finding, maxTableRows: 500 });
 */
export function tableFromColumns<R>(
  rows: readonly R[],
  columns: readonly TableColumn<R>[],
  options: TableOptions<R>,
): ColumnTable {
  const cols = columns;
  const keys = new Set<string>();
  for (const column of cols) {
    if (keys.has(column.key))
      throw new KamkitError('INVALID_OPTION', `table column key "${column.key}" is used twice`, {
        field: 'columns',
      });
    keys.add(column.key);
  }
  const max = checkMax(options.maxTableRows);
  const listed: [R, number][] = rows.slice(0, Math.min(rows.length, max)).map((row, i) => [row, i]);
  if (options.summaryRow !== undefined) listed.push([options.summaryRow, rows.length]);
  const raw: CellValue[][] = [];
  const text: string[][] = [];
  for (const [row, index] of listed) {
    const values = cols.map((column) => column.value(row, index));
    raw.push(values.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
    text.push(cols.map((column, c) => (column.format ?? defaultFormat)(values[c] as CellValue, row, index)));
  }
  const spec: ColumnTable = {
    caption: options.caption,
    columns: cols.map((column, c) => {
      const first = raw.find((r) => r[c] !== null)?.[c];
      const numeric = column.numeric ?? typeof first === 'number';
      return numeric
        ? { key: column.key, label: column.header, numeric }
        : { key: column.key, label: column.header };
    }),
    rows: text,
    raw,
    omitted: rows.length - (listed.length - (options.summaryRow !== undefined ? 1 : 0)),
  };
  if (options.note !== undefined) spec.note = options.note;
  return spec;
}

/**
 * A table as formula-injection-safe CSV (`toCsv`): the headers, then the raw values of every listed row (the
 * text where a table has no raw values).
 *
 * @example
 * tableToCsv(layout.table, { delimiter: ';', bom: true });
 */
export function tableToCsv(table: TableSpec, options?: CsvOptions): string {
  return toCsv([table.columns.map((c) => c.label), ...(table.raw ?? table.rows)], options);
}
