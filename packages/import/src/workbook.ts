import writeXlsxFile from 'write-excel-file/universal';
import { neutraliseCell } from './neutralise';

/** A cell of an exported sheet: a number stays a number, text is neutralised, `null`/`undefined` is empty. */
export type WorkbookCell = string | number | boolean | null | undefined;

/** One sheet of {@link toXlsx}: a header row and data rows. */
export interface WorkbookSheet {
  /** Sheet name; cut to Excel's 31 characters, `[]:*?/\` replaced by `-`, made unique. */
  name: string;
  /** Header of each column. */
  columns: readonly string[];
  rows: readonly (readonly WorkbookCell[])[];
}

/** A sheet name Excel accepts: ≤ 31 characters, none of `[]:*?/\`, not empty, unique (case-insensitive). */
function sheetName(name: string, taken: Set<string>): string {
  const clean =
    name
      .replace(/[[\]:*?/\\]/g, '-')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  let candidate = clean.slice(0, 31);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++)
    candidate = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The value written for a cell: a finite number as a number; `NaN`/±Infinity, `null` and `undefined` as an
 * empty cell; a boolean as `'true'`/`'false'`; text neutralised against formula injection (`neutraliseCell`:
 * a formula start after any leading whitespace or zero-width character gets a `'` prefix). So every written
 * cell is a string or a number, never a formula.
 */
export function workbookValue(cell: WorkbookCell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = neutraliseCell(cell);
  return text === '' ? null : text;
}

/**
 * Writes sheets as an Excel workbook (`.xlsx`, Office Open XML) with write-excel-file: one sheet per entry,
 * the header row bold, numbers as number cells (so Excel sums and sorts them), every text cell neutralised
 * ({@link workbookValue}). Runs in browsers, workers and Node.
 *
 * @example
 * const bytes = await toXlsx([{ name: 'Tiers', columns: ['Account', 'Tier 2024'], rows: [['Alpha', 'A']] }]);
 */
export async function toXlsx(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  if (sheets.length === 0) throw new RangeError('toXlsx needs at least one sheet.');
  const taken = new Set<string>();
  const written = sheets.map((sheet) => ({
    sheet: sheetName(sheet.name, taken),
    data: [
      sheet.columns.map((c) => ({
        value: workbookValue(c) ?? '',
        type: String,
        fontWeight: 'bold' as const,
      })),
      ...sheet.rows.map((row) =>
        row.map((cell) => {
          const value = workbookValue(cell);
          if (value === null) return null;
          return typeof value === 'number' ? { value, type: Number } : { value, type: String };
        }),
      ),
    ],
  }));
  const blob = await writeXlsxFile(written as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
