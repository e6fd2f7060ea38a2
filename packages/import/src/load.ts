import type { Table } from './build';
import { detectDelimiter } from './delimiter';
import { decodeText } from './encoding';
import { autoMap, columnLetter, detectHeaderRow } from './fields';
import { isMrrMapping } from './mrr';
import type { Progress } from './session';
import { cellText, isBlankRow, isOle2, isZip, parseCsv, readXlsx, type Sheet } from './table';
import type { Cell, FileSummary, ImportSettings } from './types';

/** A file that cannot be imported, with a message for the user. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/** The mapping of a sheet's detected header row. */
function sheetMapping(sheet: Sheet) {
  const headerIndex = detectHeaderRow(sheet.rows);
  return autoMap((sheet.rows[headerIndex] ?? []).map((c) => cellText(c))).mapping;
}

/** The first sheet of a workbook that holds monthly MRR in long form ({@link isMrrMapping}), if any. */
function findMrrSheet(sheets: Sheet[], except: string | null): Sheet | undefined {
  return sheets.find((s) => s.name !== except && isMrrMapping(sheetMapping(s)));
}

function pickSheet(sheets: Sheet[], wanted: string | 'auto', want: 'accounts' | 'mrr'): Sheet {
  if (sheets.length === 0) throw new ImportFileError('The workbook has no sheets.');
  if (wanted !== 'auto') {
    const sheet = sheets.find((s) => s.name === wanted);
    if (sheet) return sheet;
  }
  if (want === 'mrr') {
    const mrr = findMrrSheet(sheets, null);
    if (mrr) return mrr;
  }
  // The sheet whose header row matches the most fields; the first non-empty one on a tie.
  let best = sheets.find((s) => s.rows.some((r) => !isBlankRow(r))) ?? sheets[0]!;
  let bestScore = -1;
  for (const sheet of sheets) {
    const score = sheetMapping(sheet);
    if (want === 'accounts' && isMrrMapping(score)) continue;
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
  want: 'accounts' | 'mrr' = 'accounts',
): Promise<{
  table: Table;
  sheets: string[];
  issues: FileSummary['issues'];
  notes: string[];
  /** A workbook's monthly MRR sheet, read beside its accounts sheet. */
  mrrSheet: Table | null;
}> {
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
  let mrrSheet: Table | null = null;
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
    const chosen = pickSheet(all, settings.sheet, want);
    sheet = chosen.name;
    rows = chosen.rows;
    if (all.length > 1) notes.push(`The workbook has ${all.length} sheets; reading "${sheet}".`);
    const mrr = want === 'accounts' ? findMrrSheet(all, chosen.name) : undefined;
    if (mrr) {
      const headerIndex = detectHeaderRow(mrr.rows);
      mrrSheet = tableOf(fileName, 'xlsx', mrr.name, mrr.rows, headerIndex);
      notes.push(`Monthly MRR is read from the sheet "${mrr.name}".`);
    }
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
  const headerCells = rows[headerIndex] ?? [];
  const { headers } = tableOf(fileName, kind, sheet, rows, headerIndex);
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
    mrrSheet,
  };
}

/** A table of rows with its header row; an empty header becomes `'Column C'`. */
function tableOf(
  fileName: string,
  kind: Table['kind'],
  sheet: string | null,
  rows: Cell[][],
  headerIndex: number,
): Table {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  const headerCells = rows[headerIndex] ?? [];
  const headers = Array.from({ length: width }, (_, i) => {
    const text = cellText(headerCells[i]).trim();
    return text === '' ? `Column ${columnLetter(i)}` : text;
  });
  return { fileName, kind, encoding: null, delimiter: null, sheet, rows, headerIndex, headers };
}
