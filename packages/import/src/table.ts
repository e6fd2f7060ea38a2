import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import type { Cell, ImportIssue } from './types';

/** Progress callback: rows read so far and the share of the input done (0–1). */
export type ProgressCallback = (rows: number, fraction: number) => void;

/** Result of {@link parseCsv}. */
export interface CsvTable {
  /** Every record, empty ones included, so `rows[i]` is spreadsheet row `i + 1`. */
  rows: string[][];
  /** Unclosed or stray quotes, by row. */
  issues: ImportIssue[];
}

/**
 * Parses CSV text (RFC 4180 quoting, any line ending) with papaparse. Records are kept in file order with the
 * empty ones, so a record's index + 1 is the row number a spreadsheet shows (a quoted cell with line breaks
 * stays one row). A `sep=;` first line (Excel's delimiter hint) is dropped and not counted as a row.
 *
 * @example
 * parseCsv('id;name\nK-1;"Klinik ""Süd"""', ';').rows; // [['id', 'name'], ['K-1', 'Klinik "Süd"']]
 */
export function parseCsv(text: string, delimiter: string, onProgress?: ProgressCallback): CsvTable {
  const body = text.replace(/^sep=.\r?\n/i, '');
  const rows: string[][] = [];
  const issues: ImportIssue[] = [];
  const total = body.length || 1;
  let lastReport = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    step: (result) => {
      rows.push(result.data);
      for (const error of result.errors) {
        issues.push({
          severity: 'warning',
          code: 'malformed-row',
          row: rows.length,
          column: null,
          columnLetter: null,
          message: `${error.message} (the row may be cut or merged with the next).`,
        });
      }
      if (onProgress && rows.length - lastReport >= 2000) {
        lastReport = rows.length;
        onProgress(rows.length, Math.min(1, result.meta.cursor / total));
      }
    },
  });
  // A final line break leaves one empty record behind.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  onProgress?.(rows.length, 1);
  return { rows, issues };
}

/** One sheet of a workbook. */
export interface Sheet {
  name: string;
  /** Rows from spreadsheet row 1; empty leading rows and columns are kept, so positions match Excel. */
  rows: Cell[][];
}

/**
 * Reads every sheet of an `.xlsx` workbook with read-excel-file (its `universal` build: no Node or DOM APIs,
 * so it runs in a Web Worker and in Node tests). Number cells come back as numbers, date cells as `Date`s
 * (UTC), text as it is (not trimmed).
 */
export async function readXlsx(data: ArrayBuffer | Blob): Promise<Sheet[]> {
  const sheets = await readXlsxFile(data, { trim: false });
  return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data as Cell[][] }));
}

/** `true` for the bytes of a ZIP container (an `.xlsx` file), whatever the file is called. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** `true` for the bytes of an old binary Excel `.xls` file (OLE2 container), which this import cannot read. */
export function isOle2(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/**
 * A cell as text, the way the preview shows the raw value: text as is, a number in plain digits, a date as
 * `YYYY-MM-DD`, booleans as `TRUE`/`FALSE`, empty as `''`.
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

/** `true` when every cell of a row is empty or blank. */
export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  return !row || row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
