import { type CellContext, type FieldSpec, type FieldValue, readCell } from './cells';
import { dateEvidence, localeDateOrder } from './dates';
import type { Delimiter } from './delimiter';
import type { TextEncoding } from './encoding';
import {
  type ColumnMapping,
  detectShape,
  type FieldKey,
  IMPORT_FIELDS,
  revenueYearField,
  type YearShape,
} from './fields';
import {
  addVotes,
  guessFromVotes,
  NO_VOTES,
  type NumberFormat,
  type NumberFormatSource,
  type NumberVotes,
  numberEvidence,
  resolveNumberFormat,
} from './numbers';
import { isBlankRow } from './table';
import type { Cell, ColumnStats, ImportSettings, ResolvedSettings } from './types';

/** A sheet as read, with where its header is. */
export interface Table {
  fileName: string;
  kind: 'csv' | 'xlsx';
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  sheet: string | null;
  /** Every row from spreadsheet row 1. */
  rows: Cell[][];
  /** 0-based index of the header row in {@link rows}. */
  headerIndex: number;
  /** Header text per column; empty ones become `'Column C'`. */
  headers: string[];
}

/** A mapped field with the column it reads. */
export interface ActiveField {
  key: FieldKey | `revenue_${string}`;
  spec: FieldSpec;
  column: number;
  /** The year of a revenue-year column. */
  year?: string;
}

/**
 * The fields an import reads for a mapping and year layout, in mapping-table order: with years as columns
 * the `years` of the mapping (ascending) and not `year`/`revenue`; with years as rows the reverse; for a
 * snapshot the year columns too, and the `revenue` column read as the revenue of `snapshotYear`
 * (`revenue_YYYY`) unless a year column of that year is mapped; never `year`.
 */
export function activeFields(
  mapping: ColumnMapping,
  shape: YearShape,
  snapshotYear: string | null = null,
): ActiveField[] {
  const out: ActiveField[] = [];
  for (const field of IMPORT_FIELDS) {
    const column = mapping.fields[field.key];
    if (column === undefined) continue;
    if (field.key === 'month') continue;
    if (shape !== 'rows' && (field.key === 'year' || field.key === 'revenue')) continue;
    out.push({ key: field.key, spec: field, column });
  }
  const revenueColumn = mapping.fields.revenue;
  // A year column of the confirmed year wins over the yearless column (buildImport warns about it).
  if (
    shape === 'snapshot' &&
    snapshotYear !== null &&
    revenueColumn !== undefined &&
    !(snapshotYear in mapping.years)
  ) {
    const spec = revenueYearField(snapshotYear);
    out.push({ key: spec.key, spec, column: revenueColumn, year: snapshotYear });
  }
  if (shape !== 'rows') {
    for (const year of Object.keys(mapping.years).sort()) {
      const spec = revenueYearField(year);
      out.push({ key: spec.key, spec, column: mapping.years[year]!, year });
    }
  }
  return out;
}

/** Date-order votes of a column. */
export type DateVotes = ColumnStats['dateVotes'];

/** Counts the number-format evidence of one column's text cells below the header (Excel numbers carry none). */
export function columnNumberVotes(rows: readonly Cell[][], headerIndex: number, column: number): NumberVotes {
  const votes: NumberVotes = { ...NO_VOTES };
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cell = rows[r]![column];
    if (typeof cell !== 'string') continue;
    const evidence = numberEvidence(cell);
    if (evidence !== 'empty') votes[evidence]++;
    if (evidence === 'ambiguous') votes.example ??= cell.trim();
  }
  return votes;
}

/** Counts the date-order evidence of one column's text cells below the header. */
export function columnDateVotes(rows: readonly Cell[][], headerIndex: number, column: number): DateVotes {
  const votes = { dmy: 0, mdy: 0, ambiguous: 0, neutral: 0, invalid: 0 };
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cell = rows[r]![column];
    if (typeof cell !== 'string') continue;
    const evidence = dateEvidence(cell);
    if (evidence !== 'empty') votes[evidence]++;
  }
  return votes;
}

/** Evidence per column, computed on demand (and cached by the caller). */
export interface ColumnEvidence {
  numbers(column: number): NumberVotes;
  dates(column: number): DateVotes;
}

/**
 * Decides how to read the file for a mapping: the year layout (override or {@link detectShape}), each numeric
 * column's number format ({@link resolveNumberFormat}: override, the column's own values, the file's dominant
 * convention over all mapped numeric columns, the delimiter, the locale) and the date order (override, the
 * mapped date columns' values, a decimal-comma file → day first, the locale).
 */
export function resolveSettings(
  table: Pick<Table, 'delimiter'>,
  mapping: ColumnMapping,
  settings: Pick<ImportSettings, 'numberFormat' | 'dateOrder' | 'shape'> &
    Partial<Pick<ImportSettings, 'snapshotYear'>>,
  locale: string,
  evidence: ColumnEvidence,
  now: Date = new Date(),
): ResolvedSettings & { votes: Record<number, NumberVotes> } {
  const decided = settings.shape === 'auto' ? detectShape(mapping) : settings.shape;
  const wanted = settings.snapshotYear ?? 'auto';
  const shape: ResolvedSettings['shape'] = {
    shape: decided,
    source: settings.shape === 'auto' ? 'detected' : 'override',
    snapshotYear: decided === 'snapshot' ? String(wanted === 'auto' ? now.getFullYear() : wanted) : null,
  };
  const active = activeFields(mapping, shape.shape, shape.snapshotYear);
  const numeric = active.filter((f) => f.spec.type === 'number' || f.spec.type === 'integer');
  const votes: Record<number, NumberVotes> = {};
  for (const f of numeric) votes[f.column] = evidence.numbers(f.column);
  const file = guessFromVotes(addVotes(Object.values(votes))).format;
  const byColumn: Record<number, { format: NumberFormat; source: NumberFormatSource }> = {};
  for (const f of numeric) {
    byColumn[f.column] = resolveNumberFormat(guessFromVotes(votes[f.column]!), {
      override: settings.numberFormat,
      file,
      delimiter: table.delimiter,
      locale,
    });
  }
  let dateOrder: ResolvedSettings['dateOrder'];
  if (settings.dateOrder !== 'auto') dateOrder = { order: settings.dateOrder, source: 'override' };
  else {
    const dates = active.filter((f) => f.spec.type === 'date').map((f) => evidence.dates(f.column));
    const dmy = dates.reduce((s, v) => s + v.dmy, 0);
    const mdy = dates.reduce((s, v) => s + v.mdy, 0);
    if (dmy !== mdy) dateOrder = { order: dmy > mdy ? 'dmy' : 'mdy', source: 'file' };
    else if (file === 'comma') dateOrder = { order: 'dmy', source: 'number-format' };
    else dateOrder = { order: localeDateOrder(locale), source: 'locale' };
  }
  return { numberFormat: { byColumn, file }, dateOrder, shape, fields: active.map((f) => f.key), votes };
}

export function contextFor(resolved: ResolvedSettings, column: number, fallback: NumberFormat): CellContext {
  return {
    numberFormat: resolved.numberFormat.byColumn[column]?.format ?? fallback,
    dateOrder: resolved.dateOrder.order,
  };
}

/** One cell of the preview: the raw text and what it was read as. */
export interface PreviewCell {
  field: ActiveField['key'];
  column: number;
  raw: string;
  value: FieldValue;
  problem?: { severity: 'error' | 'warning'; message: string };
}

/** One row of the preview. */
export interface PreviewRow {
  /** Spreadsheet row number. */
  row: number;
  cells: PreviewCell[];
}

/**
 * The first `count` non-empty data rows as the import will read them: for every mapped field, the raw cell
 * text and the parsed value (or the problem).
 */
export function previewRows(
  table: Table,
  mapping: ColumnMapping,
  resolved: ResolvedSettings,
  count = 5,
): PreviewRow[] {
  const active = activeFields(mapping, resolved.shape.shape, resolved.shape.snapshotYear);
  const fallback = resolved.numberFormat.file ?? 'point';
  const out: PreviewRow[] = [];
  for (let r = table.headerIndex + 1; r < table.rows.length && out.length < count; r++) {
    const row = table.rows[r]!;
    if (isBlankRow(row)) continue;
    out.push({
      row: r + 1,
      cells: active.map((f) => {
        const cell = row[f.column];
        const outcome = readCell(f.spec, cell, contextFor(resolved, f.column, fallback));
        const raw =
          cell === null || cell === undefined
            ? ''
            : cell instanceof Date
              ? cell.toISOString().slice(0, 10)
              : String(cell);
        return {
          field: f.key,
          column: f.column,
          raw,
          value: outcome.value,
          ...(outcome.problem
            ? { problem: { severity: outcome.problem.severity, message: outcome.problem.message } }
            : {}),
        };
      }),
    });
  }
  return out;
}
