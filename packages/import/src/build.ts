import { type CellContext, type FieldSpec, type FieldValue, readCell } from './cells';
import { type DateOrder, dateEvidence, localeDateOrder } from './dates';
import type { Delimiter } from './delimiter';
import type { TextEncoding } from './encoding';
import {
  type ColumnMapping,
  columnLetter,
  detectShape,
  type FieldKey,
  fieldByKey,
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
import { isBlankRow, type ProgressCallback } from './table';
import type {
  Cell,
  ColumnStats,
  ImportedAccount,
  ImportIssue,
  ImportResult,
  ImportSettings,
  Month,
  ResolvedSettings,
} from './types';

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
 * snapshot the `revenue` column read as the revenue of `snapshotYear` (`revenue_YYYY`), and not `year`.
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
    if (shape !== 'rows' && (field.key === 'year' || field.key === 'revenue')) continue;
    out.push({ key: field.key, spec: field, column });
  }
  const revenueColumn = mapping.fields.revenue;
  if (shape === 'snapshot' && snapshotYear !== null && revenueColumn !== undefined) {
    const spec = revenueYearField(snapshotYear);
    out.push({ key: spec.key, spec, column: revenueColumn, year: snapshotYear });
  }
  if (shape === 'columns') {
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

function contextFor(resolved: ResolvedSettings, column: number, fallback: NumberFormat): CellContext {
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

type Values = Partial<Record<FieldKey, FieldValue>>;

const num = (v: FieldValue | undefined) => (typeof v === 'number' ? v : null);
const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : null);

function toAccount(
  row: number,
  v: Values,
  revenue: Record<string, number | null>,
  latest: string | undefined,
): ImportedAccount {
  const costToServe = num(v.cost_to_serve);
  const latestRevenue = latest === undefined ? null : (revenue[latest] ?? null);
  return {
    row,
    id: str(v.id) ?? '',
    name: str(v.name) ?? '',
    segment: str(v.segment) as ImportedAccount['segment'],
    region: str(v.region),
    country: str(v.country),
    owner: str(v.owner),
    plan: str(v.plan) as ImportedAccount['plan'],
    revenue,
    mrr: num(v.mrr),
    onboardingStage: str(v.onboarding_stage) as ImportedAccount['onboardingStage'],
    satisfaction: num(v.satisfaction),
    engagement: num(v.engagement),
    daysInQueue: num(v.days_in_queue),
    costToServe,
    netPricePct: num(v.net_price),
    contributionMargin: latestRevenue !== null && costToServe !== null ? latestRevenue - costToServe : null,
    customerSince: str(v.customer_since) as Month | null,
    churnedAt: str(v.churned_at) as Month | null,
    growth: {
      revenuePotential: num(v.revenue_potential),
      budgetGrowth: num(v.budget_growth),
      marketPosition: num(v.market_position),
    },
    harmony: {
      strategicFit: num(v.strategic_fit),
      culture: num(v.culture),
      vision: num(v.vision),
      strategy: num(v.strategy),
    },
    churnSignals: {
      usageDropPct: num(v.usage_drop),
      supportTickets: num(v.support_tickets),
      paymentDelayDays: num(v.payment_delay_days),
    },
  };
}

/** An issue with its column index, for sorting. */
type Sortable = ImportIssue & { columnIndex: number };

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
  const shape = resolved.shape.shape;
  const active = activeFields(mapping, shape, resolved.shape.snapshotYear);
  const fallback = resolved.numberFormat.file ?? 'point';
  const contexts = active.map((f) => contextFor(resolved, f.column, fallback));
  const issues: Sortable[] = [];
  const issue = (
    severity: 'error' | 'warning',
    code: ImportIssue['code'],
    row: number,
    column: number | null,
    message: string,
    value?: string,
  ): Sortable => ({
    severity,
    code,
    row,
    column: column === null ? null : (table.headers[column] ?? null),
    columnLetter: column === null ? null : columnLetter(column),
    message,
    ...(value === undefined ? {} : { value }),
    columnIndex: column ?? -1,
  });
  const idColumn = mapping.fields.id ?? null;
  const nameColumn = mapping.fields.name ?? null;
  if (idColumn === null)
    issues.push(issue('error', 'missing-required', 0, null, 'No column is mapped to Account ID.'));
  if (nameColumn === null)
    issues.push(issue('error', 'missing-required', 0, null, 'No column is mapped to Account name.'));
  const longTableReady = mapping.fields.year !== undefined && mapping.fields.revenue !== undefined;
  if (shape === 'rows' && !longTableReady)
    issues.push(
      issue(
        'error',
        'missing-required',
        0,
        null,
        'Years as rows needs a Year and a Revenue column: map both.',
      ),
    );

  let rowCount = 0;
  let skippedRows = 0;
  const firstRowOfId = new Map<string, number>();
  const accounts: ImportedAccount[] = [];
  // Years as rows: accounts are assembled over several rows.
  interface Pending {
    row: number;
    values: Values;
    sourceRow: Partial<Record<FieldKey, number>>;
    revenue: Record<string, number | null>;
    yearRow: Map<string, number>;
  }
  const pending = new Map<string, Pending>();
  const yearsSeen = new Set<string>();
  const total = table.rows.length - table.headerIndex - 1;
  const canBuild = idColumn !== null && nameColumn !== null && (shape !== 'rows' || longTableReady);

  for (let r = table.headerIndex + 1; canBuild && r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isBlankRow(row)) continue;
    rowCount++;
    const rowNumber = r + 1;
    if (onProgress && rowCount % 5000 === 0)
      onProgress(rowCount, (r - table.headerIndex) / Math.max(1, total));
    const rowIssues: Sortable[] = [];
    const values: Values = {};
    const revenue: Record<string, number | null> = {};
    active.forEach((f, i) => {
      const cell = row[f.column];
      // With years as rows the name may come from another row of the account.
      const spec = shape === 'rows' && f.key === 'name' ? { ...f.spec, required: false } : f.spec;
      const outcome = readCell(spec, cell, contexts[i]!);
      if (outcome.problem) {
        const raw =
          cell === null || cell === undefined
            ? undefined
            : cell instanceof Date
              ? cell.toISOString().slice(0, 10)
              : String(cell);
        rowIssues.push(
          issue(
            outcome.problem.severity,
            outcome.problem.code,
            rowNumber,
            f.column,
            outcome.problem.message,
            raw,
          ),
        );
      }
      if (f.year !== undefined) revenue[f.year] = typeof outcome.value === 'number' ? outcome.value : null;
      else values[f.key as FieldKey] = outcome.value;
    });
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
    if (shape === 'rows' && id !== null) {
      const year = str(values.year);
      const account = pending.get(id);
      const earlier = year === null ? undefined : account?.yearRow.get(year);
      if (earlier !== undefined) {
        rowIssues.push(
          issue(
            'error',
            'duplicate-year',
            rowNumber,
            mapping.fields.year ?? null,
            `Account "${id}" already has a row for ${year} (row ${earlier}).`,
            year ?? undefined,
          ),
        );
      }
      if (year === null && !rowIssues.some((i) => i.code === 'not-a-year'))
        rowIssues.push(
          issue('error', 'missing-required', rowNumber, mapping.fields.year ?? null, 'Year is missing.'),
        );
    }
    const errors = rowIssues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      skippedRows++;
      for (const e of errors) e.message = `${e.message} Row skipped.`;
      issues.push(...errors);
      continue;
    }
    issues.push(...rowIssues);

    if (shape !== 'rows') {
      const years = Object.keys(revenue);
      if (years.length > 0 && years.every((y) => revenue[y] === null))
        issues.push(issue('warning', 'no-revenue', rowNumber, null, 'The row has no revenue in any year.'));
      accounts.push(toAccount(rowNumber, values, revenue, years.sort().at(-1)));
      continue;
    }
    // Years as rows.
    const year = str(values.year)!;
    yearsSeen.add(year);
    let account = pending.get(id!);
    if (!account) {
      account = { row: rowNumber, values: {}, sourceRow: {}, revenue: {}, yearRow: new Map() };
      pending.set(id!, account);
    }
    account.yearRow.set(year, rowNumber);
    account.revenue[year] = num(values.revenue);
    for (const f of active) {
      const key = f.key as FieldKey;
      if (key === 'year' || key === 'revenue') continue;
      const value = values[key] ?? null;
      if (value === null) continue;
      const kept = account.values[key];
      if (kept === undefined || kept === null) {
        account.values[key] = value;
        account.sourceRow[key] = rowNumber;
      } else if (kept !== value) {
        issues.push(
          issue(
            'warning',
            'conflicting-value',
            rowNumber,
            f.column,
            `${f.spec.label} "${value}" differs from "${kept}" in row ${account.sourceRow[key]} for the same account; keeping row ${account.sourceRow[key]}'s value.`,
            String(value),
          ),
        );
      }
    }
  }

  let years: string[];
  if (shape === 'snapshot') {
    years = resolved.shape.snapshotYear !== null && mapping.fields.revenue !== undefined ? [resolved.shape.snapshotYear] : [];
  } else if (shape === 'columns') {
    years = Object.keys(mapping.years).sort();
  } else {
    years = [...yearsSeen].sort();
    const latest = years.at(-1);
    for (const [id, account] of pending) {
      if (str(account.values.name) === null) {
        issues.push(
          issue(
            'error',
            'missing-required',
            account.row,
            nameColumn,
            `Account "${id}" has no name in any of its rows (${[...account.yearRow.values()].join(', ')}). Rows skipped.`,
          ),
        );
        skippedRows += account.yearRow.size;
        continue;
      }
      const revenue: Record<string, number | null> = {};
      for (const y of years) revenue[y] = account.revenue[y] ?? null;
      accounts.push(toAccount(account.row, account.values, revenue, latest));
    }
    accounts.sort((a, b) => a.row - b.row);
  }
  if (shape !== 'rows') for (const a of accounts) for (const y of years) a.revenue[y] ??= null;
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

  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.columnIndex - b.columnIndex);
  const clean: ImportIssue[] = issues.map(({ columnIndex: _, ...rest }) => ({
    ...rest,
    row: rest.row === 0 ? null : rest.row,
  }));
  const numberFormats: Record<string, NumberFormat> = {};
  for (const [column, v] of Object.entries(resolved.numberFormat.byColumn))
    numberFormats[table.headers[Number(column)] ?? `Column ${columnLetter(Number(column))}`] = v.format;
  return {
    fileName: table.fileName,
    accounts,
    years,
    issues: clean,
    errorCount: clean.filter((i) => i.severity === 'error').length,
    warningCount: clean.filter((i) => i.severity === 'warning').length,
    rowCount,
    skippedRows,
    settings: {
      kind: table.kind,
      encoding: table.encoding,
      delimiter: table.delimiter,
      sheet: table.sheet,
      headerRow: table.headerIndex + 1,
      shape,
      dateOrder: resolved.dateOrder.order satisfies DateOrder,
      numberFormats,
    },
  };
}

/** Label of a field key, including revenue years. */
export function fieldLabel(key: ActiveField['key']): string {
  const year = /^revenue_(\d{4})$/.exec(key)?.[1];
  return year ? `Revenue ${year}` : fieldByKey(key as FieldKey).label;
}
