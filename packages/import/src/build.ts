import type { DateOrder } from './dates';
import { type ColumnMapping, columnLetter, type FieldKey, fieldByKey, type YearShape } from './fields';
import { str, toAccount } from './importedAccount';
import { type IssueMaker, issueMaker, type SortableIssue, sortedIssues } from './importIssue';
import type { NumberFormat } from './numbers';
import { readRow } from './readRow';
import { type ActiveField, activeFields, contextFor, type Table } from './resolve';
import { isBlankRow, type ProgressCallback } from './table';
import { isTotalRow } from './totalRow';
import type { ImportedAccount, ImportResult, ResolvedSettings } from './types';
import { YearRows } from './yearRows';

export type { ActiveField, Table } from './resolve';
export {
  activeFields,
  type ColumnEvidence,
  columnDateVotes,
  columnNumberVotes,
  type DateVotes,
  type PreviewCell,
  type PreviewRow,
  previewRows,
  resolveSettings,
} from './resolve';

/**
 * Reads every data row into accounts and validates it. Rows are numbered as a spreadsheet shows them (header
 * row 1 in a plain file). An error skips its row (years as rows: that account-year row) and is reported with
 * row, column and the cell; a warning keeps the row. Blank rows are ignored. Checks: id and name present; id
 * unique (the first row with an id keeps it, later rows are errors that name the first); every mapped cell
 * readable and in range (see `readCell`; negative revenue is kept with a warning); with years as rows, one row
 * per account and year, and account fields that agree between an account's rows (else the first row's value
 * is kept, with a warning).
 *
 * `result.years` are the mapped year columns, or the years found in the year column, ascending; every
 * account's `revenue` has a key for each.
 */
export function buildImport(
  table: Table,
  mapping: ColumnMapping,
  resolved: ResolvedSettings,
  onProgress?: ProgressCallback,
): ImportResult {
  // The stages: the required columns, each data row read and checked (years as rows: assembled into
  // accounts), the years, then the issues sorted and the settings reported.
  const shape = resolved.shape.shape;
  const active = activeFields(mapping, shape, resolved.shape.snapshotYear);
  const fallback = resolved.numberFormat.file ?? 'point';
  const contexts = active.map((f) => contextFor(resolved, f.column, fallback));
  const issue = issueMaker(table.headers);
  const issues = missingColumns(mapping, shape, issue);
  const canBuild = issues.length === 0;
  const idColumn = mapping.fields.id ?? null;
  const yearRows = new YearRows(active, issue, mapping.fields.year ?? null);

  let rowCount = 0;
  let skippedRows = 0;
  const firstRowOfId = new Map<string, number>();
  let accounts: ImportedAccount[] = [];
  const total = table.rows.length - table.headerIndex - 1;
  for (let r = table.headerIndex + 1; canBuild && r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isBlankRow(row)) continue;
    rowCount++;
    const rowNumber = r + 1;
    if (onProgress && rowCount % 5000 === 0)
      onProgress(rowCount, (r - table.headerIndex) / Math.max(1, total));
    if (isTotalRow(row, idColumn)) {
      skippedRows++;
      issues.push(
        issue(
          'warning',
          'total-row',
          rowNumber,
          null,
          'This looks like a totals row of a report; not imported.',
        ),
      );
      continue;
    }
    const { values, revenue, issues: rowIssues } = readRow(row, rowNumber, active, contexts, shape, issue);
    const id = str(values.id);
    if (shape !== 'rows' && id !== null) {
      const first = firstRowOfId.get(id);
      if (first === undefined) firstRowOfId.set(id, rowNumber);
      else
        rowIssues.push(
          issue(
            'error',
            'duplicate-id',
            rowNumber,
            idColumn,
            `Account ID "${id}" is already used in row ${first}.`,
            id,
          ),
        );
    }
    if (shape === 'rows' && id !== null) yearRows.check(id, values, rowNumber, rowIssues);
    const errors = rowIssues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      skippedRows++;
      for (const e of errors) e.message = `${e.message} Row skipped.`;
      issues.push(...errors);
      continue;
    }
    issues.push(...rowIssues);
    if (shape === 'rows') {
      yearRows.add(id!, values, rowNumber, issues);
      continue;
    }
    const years = Object.keys(revenue);
    if (years.length > 0 && years.every((y) => revenue[y] === null))
      issues.push(issue('warning', 'no-revenue', rowNumber, null, 'The row has no revenue in any year.'));
    accounts.push(toAccount(rowNumber, values, revenue, years.sort().at(-1)));
  }

  let years: string[];
  if (shape === 'rows') {
    const assembled = yearRows.finish(mapping.fields.name ?? null, issues);
    accounts = assembled.accounts;
    years = assembled.years;
    skippedRows += assembled.skippedRows;
  } else {
    years = yearColumns(table, mapping, resolved, issues, issue);
    for (const a of accounts) for (const y of years) a.revenue[y] ??= null;
  }
  if (years.length === 0 && canBuild)
    issues.push(
      issue(
        'warning',
        'no-revenue',
        0,
        null,
        shape === 'rows'
          ? 'No revenue was read: map the Year and Revenue columns.'
          : 'No revenue year columns were found (e.g. "Revenue 2024" or "Umsatz 2024"); map them in the table.',
      ),
    );
  onProgress?.(rowCount, 1);
  const clean = sortedIssues(issues);
  return {
    fileName: table.fileName,
    accounts,
    years,
    months: [],
    mrrSource: null,
    issues: clean,
    errorCount: clean.filter((i) => i.severity === 'error').length,
    warningCount: clean.filter((i) => i.severity === 'warning').length,
    rowCount,
    skippedRows,
    settings: resultSettings(table, resolved),
  };
}

/** The errors of a mapping that cannot build accounts: no id or name column; years as rows without year and revenue. */
function missingColumns(mapping: ColumnMapping, shape: YearShape, issue: IssueMaker): SortableIssue[] {
  const issues: SortableIssue[] = [];
  if (mapping.fields.id == null)
    issues.push(issue('error', 'missing-required', 0, null, 'No column is mapped to Account ID.'));
  if (mapping.fields.name == null)
    issues.push(issue('error', 'missing-required', 0, null, 'No column is mapped to Account name.'));
  if (shape === 'rows' && (mapping.fields.year === undefined || mapping.fields.revenue === undefined))
    issues.push(
      issue(
        'error',
        'missing-required',
        0,
        null,
        'Years as rows needs a Year and a Revenue column: map both.',
      ),
    );
  return issues;
}

/**
 * The years of years as columns (the mapped year columns) or of a snapshot (those and the snapshot's year when
 * a revenue column is mapped), ascending. A snapshot whose year already has its own column does not import the
 * yearless revenue column: a warning asks to confirm the year.
 */
function yearColumns(
  table: Table,
  mapping: ColumnMapping,
  resolved: ResolvedSettings,
  issues: SortableIssue[],
  issue: IssueMaker,
): string[] {
  if (resolved.shape.shape !== 'snapshot') return Object.keys(mapping.years).sort();
  const snapshot = resolved.shape.snapshotYear;
  const extra = snapshot !== null && mapping.fields.revenue !== undefined ? [snapshot] : [];
  const taken = snapshot === null ? undefined : mapping.years[snapshot];
  if (taken !== undefined && mapping.fields.revenue !== undefined)
    issues.push(
      issue(
        'warning',
        'duplicate-year',
        0,
        mapping.fields.revenue,
        `This revenue column has no year, and ${snapshot} already has its own column ${columnLetter(taken)} ("${table.headers[taken]}"); it is not imported. Confirm the year it holds.`,
      ),
    );
  return [...new Set([...Object.keys(mapping.years), ...extra])].sort();
}

/** The settings the import used, with the number format of each column by its header. */
function resultSettings(table: Table, resolved: ResolvedSettings): ImportResult['settings'] {
  const numberFormats: Record<string, NumberFormat> = {};
  for (const [column, v] of Object.entries(resolved.numberFormat.byColumn))
    numberFormats[table.headers[Number(column)] ?? `Column ${columnLetter(Number(column))}`] = v.format;
  return {
    kind: table.kind,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheet: table.sheet,
    headerRow: table.headerIndex + 1,
    shape: resolved.shape.shape,
    dateOrder: resolved.dateOrder.order satisfies DateOrder,
    numberFormats,
  };
}

/** Label of a field key, including revenue years. */
export function fieldLabel(key: ActiveField['key']): string {
  const year = /^revenue_(\d{4})$/.exec(key)?.[1];
  return year ? `Revenue ${year}` : fieldByKey(key as FieldKey).label;
}
