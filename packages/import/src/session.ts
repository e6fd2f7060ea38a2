import {
  buildImport,
  type ColumnEvidence,
  columnDateVotes,
  columnNumberVotes,
  type DateVotes,
  type PreviewRow,
  previewRows,
  resolveSettings,
  type Table,
} from './build';
import { detectDelimiter } from './delimiter';
import { decodeText } from './encoding';
import { autoMap, type ColumnMapping, columnLetter, detectHeaderRow } from './fields';
import type { NumberVotes } from './numbers';
import { cellText, isBlankRow, isOle2, isZip, parseCsv, readXlsx, type Sheet } from './table';
import type { Cell, FileSummary, ImportResult, ImportSettings, ResolvedSettings } from './types';

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 5;

/** Progress of a long step, for the UI. */
export interface Progress {
  stage: 'reading' | 'parsing' | 'validating';
  /** Rows done so far. */
  rows: number;
  /** 0–1; `null` when unknown (reading an Excel workbook). */
  fraction: number | null;
}

/** What {@link ImportSession.analyse} returns: the decided settings, a preview and the import itself. */
export interface Analysis {
  resolved: ResolvedSettings;
  /** Number-format evidence per mapped numeric column index. */
  votes: ReturnType<typeof resolveSettings>['votes'];
  preview: PreviewRow[];
  result: ImportResult;
}

/** Issues sent with an {@link AnalysisView}; the full list comes with the full result. */
export const VIEW_ISSUE_LIMIT = 500;

/** An {@link ImportResult} without its accounts, and with its first issues only: cheap to send to the page. */
export interface ResultSummary extends Omit<ImportResult, 'accounts' | 'issues'> {
  /** Number of accounts. */
  accountCount: number;
  /** The first {@link VIEW_ISSUE_LIMIT} issues. */
  issues: ImportResult['issues'];
  /** Number of issues in all. */
  issueCount: number;
}

/**
 * What the worker sends after each analysis: settings, preview and a {@link ResultSummary}. Sending 50,000
 * accounts to the page on every mapping change would block the main thread while they are copied, so the
 * full result is only fetched when the user applies it (or downloads it).
 */
export interface AnalysisView extends Omit<Analysis, 'result'> {
  summary: ResultSummary;
}

/** The view of an analysis (see {@link AnalysisView}). */
export function viewOf(analysis: Analysis, issueLimit = VIEW_ISSUE_LIMIT): AnalysisView {
  const { result, ...rest } = analysis;
  const { accounts, issues, ...counts } = result;
  return {
    ...rest,
    summary: {
      ...counts,
      accountCount: accounts.length,
      issues: issues.slice(0, issueLimit),
      issueCount: issues.length,
    },
  };
}

/** A file that cannot be imported, with a message for the user. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

function pickSheet(sheets: Sheet[], wanted: string | 'auto'): Sheet {
  if (sheets.length === 0) throw new ImportFileError('The workbook has no sheets.');
  if (wanted !== 'auto') {
    const sheet = sheets.find((s) => s.name === wanted);
    if (sheet) return sheet;
  }
  // The sheet whose header row matches the most fields; the first non-empty one on a tie.
  let best = sheets.find((s) => s.rows.some((r) => !isBlankRow(r))) ?? sheets[0]!;
  let bestScore = -1;
  for (const sheet of sheets) {
    const headerIndex = detectHeaderRow(sheet.rows);
    const score = autoMap((sheet.rows[headerIndex] ?? []).map((c) => cellText(c))).mapping;
    const n = Object.keys(score.fields).length + Object.keys(score.years).length;
    if (n > bestScore && sheet.rows.length > 0) {
      best = sheet;
      bestScore = n;
    }
  }
  return best;
}

/**
 * Reads a file's bytes into a table: an Excel workbook (`.xlsx`, recognised by its ZIP signature) with
 * read-excel-file, anything else as CSV (encoding and delimiter detected unless set). Finds the header row.
 * Throws an {@link ImportFileError} for an old binary `.xls` file, an empty file or a broken workbook.
 */
export async function loadTable(
  bytes: Uint8Array,
  fileName: string,
  settings: ImportSettings,
  onProgress?: (progress: Progress) => void,
): Promise<{ table: Table; sheets: string[]; issues: FileSummary['issues']; notes: string[] }> {
  if (bytes.length === 0) throw new ImportFileError('The file is empty.');
  if (isOle2(bytes))
    throw new ImportFileError(
      'This is an old Excel 97–2003 (.xls) file. Save it as Excel workbook (.xlsx) or CSV and import that.',
    );
  const notes: string[] = [];
  let rows: Cell[][];
  let kind: Table['kind'];
  let encoding: Table['encoding'] = null;
  let delimiter: Table['delimiter'] = null;
  let sheet: string | null = null;
  let sheets: string[] = [];
  let issues: FileSummary['issues'] = [];
  if (isZip(bytes)) {
    kind = 'xlsx';
    onProgress?.({ stage: 'reading', rows: 0, fraction: null });
    let all: Sheet[];
    try {
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      all = await readXlsx(buffer);
    } catch (error) {
      throw new ImportFileError(
        `The file looks like an Excel workbook but could not be read (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    sheets = all.map((s) => s.name);
    const chosen = pickSheet(all, settings.sheet);
    sheet = chosen.name;
    rows = chosen.rows;
    if (all.length > 1) notes.push(`The workbook has ${all.length} sheets; reading "${sheet}".`);
  } else {
    kind = 'csv';
    const decoded = decodeText(bytes, settings.encoding);
    encoding = decoded.encoding;
    const guess = detectDelimiter(decoded.text);
    delimiter = settings.delimiter === 'auto' ? guess.delimiter : settings.delimiter;
    if (guess.sepLine) notes.push(`The file names its delimiter in a "sep=${guess.delimiter}" first line.`);
    const parsed = parseCsv(decoded.text, delimiter, (n, fraction) =>
      onProgress?.({ stage: 'parsing', rows: n, fraction }),
    );
    rows = parsed.rows;
    issues = parsed.issues;
  }
  if (rows.every((r) => isBlankRow(r))) throw new ImportFileError('The file has no rows.');
  const headerIndex =
    settings.headerRow === 'auto'
      ? detectHeaderRow(rows)
      : Math.min(Math.max(0, settings.headerRow - 1), rows.length - 1);
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  const headerCells = rows[headerIndex] ?? [];
  const headers = Array.from({ length: width }, (_, i) => {
    const text = cellText(headerCells[i]).trim();
    return text === '' ? `Column ${columnLetter(i)}` : text;
  });
  if (kind === 'csv') {
    // More cells than the header has: usually an unquoted decimal comma in a comma-separated file.
    const headerWidth = headerCells.length;
    let reported = 0;
    for (let r = headerIndex + 1; r < rows.length && reported < 20; r++) {
      const row = rows[r]!;
      if (row.length > headerWidth && row.slice(headerWidth).some((c) => cellText(c).trim() !== '')) {
        reported++;
        issues.push({
          severity: 'warning',
          code: 'malformed-row',
          row: r + 1,
          column: null,
          columnLetter: null,
          message: `The row has ${row.length} cells but the header has ${headerWidth}: cells may be shifted (an unquoted "${delimiter}" inside a value?).`,
        });
      }
    }
  }
  return {
    table: { fileName, kind, encoding, delimiter, sheet, rows, headerIndex, headers },
    sheets,
    issues,
    notes,
  };
}

/**
 * The import of one file, step by step; the Web Worker runs one, and so can a test or a page without
 * workers. `load` reads the file and detects its settings and mapping; `analyse` reads every row for a
 * mapping and settings (repeatable as the user adjusts them) and returns the preview and the result.
 *
 * @example
 * const session = new ImportSession();
 * const summary = await session.load(bytes, 'accounts.csv');
 * const { result } = session.analyse(summary.mapping, AUTO_SETTINGS, 'de-DE');
 */
export class ImportSession {
  /** Options: `now` is the clock a snapshot's default year comes from (tests pass a fixed date). */
  constructor(private readonly options: { now?: () => Date } = {}) {}

  private table: Table | null = null;
  private numberVotes = new Map<number, NumberVotes>();
  private dateVotes = new Map<number, DateVotes>();
  private fileIssues: FileSummary['issues'] = [];
  private last: ImportResult | null = null;

  /** Reads a file and detects encoding, delimiter, sheet, header row and mapping. */
  async load(
    bytes: Uint8Array,
    fileName: string,
    settings: ImportSettings,
    onProgress?: (progress: Progress) => void,
  ): Promise<FileSummary> {
    this.table = null;
    this.last = null;
    this.numberVotes.clear();
    this.dateVotes.clear();
    const loaded = await loadTable(bytes, fileName, settings, onProgress);
    const { table } = loaded;
    this.table = table;
    this.fileIssues = loaded.issues;
    const auto = autoMap(table.headers);
    const sample: Cell[][] = [];
    const sampleRows: number[] = [];
    let rowCount = 0;
    for (let r = table.headerIndex + 1; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      if (isBlankRow(row)) continue;
      rowCount++;
      if (sample.length < PREVIEW_ROWS) {
        sample.push(row);
        sampleRows.push(r + 1);
      }
    }
    return {
      fileName,
      kind: table.kind,
      encoding: table.encoding,
      delimiter: table.delimiter,
      sheets: loaded.sheets,
      sheet: table.sheet,
      headerRow: table.headerIndex + 1,
      headers: table.headers,
      sample,
      sampleRows,
      rowCount,
      mapping: auto.mapping,
      notes: [...loaded.notes, ...auto.notes],
      issues: loaded.issues,
    };
  }

  /** Number-format and date-order evidence per column, each computed once per file. */
  private readonly evidence: ColumnEvidence = {
    numbers: (column) => {
      const table = this.table!;
      let votes = this.numberVotes.get(column);
      if (!votes) {
        votes = columnNumberVotes(table.rows, table.headerIndex, column);
        this.numberVotes.set(column, votes);
      }
      return votes;
    },
    dates: (column) => {
      const table = this.table!;
      let votes = this.dateVotes.get(column);
      if (!votes) {
        votes = columnDateVotes(table.rows, table.headerIndex, column);
        this.dateVotes.set(column, votes);
      }
      return votes;
    },
  };

  /** Reads every row for a mapping and settings: the decided settings, a preview and the result. */
  analyse(
    mapping: ColumnMapping,
    settings: ImportSettings,
    locale: string,
    onProgress?: (progress: Progress) => void,
  ): Analysis {
    const table = this.table;
    if (!table) throw new Error('No file loaded');
    const now = this.options.now?.() ?? new Date();
    const { votes, ...resolved } = resolveSettings(table, mapping, settings, locale, this.evidence, now);
    const preview = previewRows(table, mapping, resolved, PREVIEW_ROWS);
    const built = buildImport(table, mapping, resolved, (rows, fraction) =>
      onProgress?.({ stage: 'validating', rows, fraction }),
    );
    const issues = [...this.fileIssues, ...built.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const result: ImportResult = {
      ...built,
      issues,
      warningCount: built.warningCount + this.fileIssues.filter((i) => i.severity === 'warning').length,
      errorCount: built.errorCount + this.fileIssues.filter((i) => i.severity === 'error').length,
    };
    this.last = result;
    return { resolved, votes, preview, result };
  }

  /** The result of the latest {@link analyse}; `null` before the first. */
  lastResult(): ImportResult | null {
    return this.last;
  }
}
