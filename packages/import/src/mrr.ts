import { columnDateVotes, columnNumberVotes, type Table } from './build';
import { type CellContext, readCell } from './cells';
import { localeDateOrder } from './dates';
import { type ColumnMapping, columnLetter, fieldByKey } from './fields';
import { guessFromVotes, type NumberFormat, resolveNumberFormat } from './numbers';
import { isBlankRow } from './table';
import type { ImportedAccount, ImportedMrrPoint, ImportIssue, IssueCode, Month, Plan } from './types';

/**
 * `true` when a mapping describes a monthly MRR table in long form: an account id, a month and an MRR column
 * (a plan column is optional), and no yearly revenue. Such a table is read beside the accounts table.
 *
 * @example
 * isMrrMapping(autoMap(['Kundennummer', 'Monat', 'MRR', 'Tarif']).mapping); // true
 */
export function isMrrMapping(mapping: ColumnMapping): boolean {
  const { id, month, mrr, revenue } = mapping.fields;
  return (
    id !== undefined &&
    month !== undefined &&
    mrr !== undefined &&
    revenue === undefined &&
    Object.keys(mapping.years).length === 0
  );
}

/** What {@link attachMrr} found. */
export interface MrrOutcome {
  /** Every month from the first to the last month read, ascending. */
  months: Month[];
  /** Problems of the MRR table, with `table: 'mrr'`. */
  issues: ImportIssue[];
  /** Non-empty data rows of the MRR table. */
  rowCount: number;
  /** Rows skipped: errors, and rows of accounts that are not in the accounts table (each with a warning). */
  skippedRows: number;
}

const nextMonth = (month: string): Month => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return (m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`) as Month;
};

/**
 * Reads a monthly MRR table (account id, month, MRR, optional plan; one row per account and month) and gives
 * each account of `accounts` its `mrrSeries`, in place. Rows are checked like the accounts table: a missing
 * or unreadable id, month or MRR, a negative MRR and a second row for the same account and month are errors
 * (the row is skipped); an unknown plan is a warning (plan left empty); a row whose account is not in the
 * accounts table is skipped with a warning naming it. The series of every account covers every month from
 * the table's first to its last month; a month without a row is `{ mrr: 0, plan: null }` (not billed). An
 * account whose latest MRR or plan the accounts table left empty takes the latest month's values.
 * Numbers are read in the MRR column's own convention (else the delimiter's, else `locale`'s), months with
 * day-first or month-first order from the column's own dates (else `locale`'s).
 */
export function attachMrr(
  table: Table,
  mapping: ColumnMapping,
  accounts: readonly ImportedAccount[],
  options: { locale: string; numberFormat: NumberFormat | 'auto' },
): MrrOutcome {
  const issues: ImportIssue[] = [];
  const issue = (
    severity: ImportIssue['severity'],
    code: IssueCode,
    row: number,
    column: number | null,
    message: string,
    value?: string,
  ) =>
    issues.push({
      severity,
      code,
      row,
      column: column === null ? null : (table.headers[column] ?? null),
      columnLetter: column === null ? null : columnLetter(column),
      message,
      ...(value === undefined ? {} : { value }),
      table: 'mrr',
    });
  const columns = {
    id: mapping.fields.id!,
    month: mapping.fields.month!,
    mrr: mapping.fields.mrr!,
    plan: mapping.fields.plan,
  };
  const numberGuess = guessFromVotes(columnNumberVotes(table.rows, table.headerIndex, columns.mrr));
  const format = resolveNumberFormat(numberGuess, {
    override: options.numberFormat,
    file: null,
    delimiter: table.delimiter,
    locale: options.locale,
  }).format;
  const dates = columnDateVotes(table.rows, table.headerIndex, columns.month);
  const context: CellContext = {
    numberFormat: format,
    dateOrder:
      dates.dmy !== dates.mdy ? (dates.dmy > dates.mdy ? 'dmy' : 'mdy') : localeDateOrder(options.locale),
  };
  const specs = {
    id: { ...fieldByKey('id'), required: true },
    month: { ...fieldByKey('month'), label: 'Month', required: true },
    mrr: { ...fieldByKey('mrr'), required: true },
    plan: fieldByKey('plan'),
  };
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const points = new Map<string, Map<string, { mrr: number; plan: Plan | null; row: number }>>();
  let rowCount = 0;
  let skippedRows = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (let r = table.headerIndex + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isBlankRow(row)) continue;
    rowCount++;
    const rowNumber = r + 1;
    const read = (key: keyof typeof specs, column: number | undefined) => {
      if (column === undefined) return null;
      const cell = row[column];
      const outcome = readCell(specs[key], cell, context);
      if (outcome.problem)
        issue(
          outcome.problem.severity,
          outcome.problem.code,
          rowNumber,
          column,
          outcome.problem.message,
          cell == null ? undefined : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell),
        );
      return outcome.problem?.severity === 'error' ? undefined : outcome.value;
    };
    const errorsBefore = issues.filter((i) => i.severity === 'error').length;
    const id = read('id', columns.id);
    const month = read('month', columns.month);
    const mrr = read('mrr', columns.mrr);
    const plan = read('plan', columns.plan);
    const account = typeof id === 'string' ? byId.get(id) : undefined;
    const seen = typeof id === 'string' ? points.get(id) : undefined;
    const earlier = typeof month === 'string' ? seen?.get(month) : undefined;
    if (earlier)
      issue(
        'error',
        'duplicate-month',
        rowNumber,
        columns.month,
        `Account "${id}" already has MRR for ${month} (row ${earlier.row}).`,
        String(month),
      );
    if (issues.filter((i) => i.severity === 'error').length > errorsBefore) {
      skippedRows++;
      for (const e of issues.slice(errorsBefore))
        if (e.severity === 'error' && !e.message.endsWith('Row skipped.')) e.message += ' Row skipped.';
      continue;
    }
    if (!account) {
      skippedRows++;
      issue(
        'warning',
        'unknown-account',
        rowNumber,
        columns.id,
        `Account "${id}" is not in the accounts table; its MRR row is not imported.`,
        String(id),
      );
      continue;
    }
    const m = month as string;
    let series = seen;
    if (!series) {
      series = new Map();
      points.set(account.id, series);
    }
    series.set(m, { mrr: mrr as number, plan: (plan as Plan | null) ?? null, row: rowNumber });
    if (first === null || m < first) first = m;
    if (last === null || m > last) last = m;
  }
  const months: Month[] = [];
  if (first !== null && last !== null)
    for (let m = first as Month; m <= last; m = nextMonth(m)) months.push(m);
  for (const account of accounts) {
    const series = points.get(account.id);
    account.mrrSeries = series
      ? months.map((month): ImportedMrrPoint => {
          const p = series.get(month);
          return p ? { month, mrr: p.mrr, plan: p.plan } : { month, mrr: 0, plan: null };
        })
      : [];
    const latest = account.mrrSeries.at(-1);
    if (latest) {
      account.mrr ??= latest.mrr;
      account.plan ??= [...account.mrrSeries].reverse().find((p) => p.plan !== null)?.plan ?? null;
    }
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { months, issues, rowCount, skippedRows };
}
