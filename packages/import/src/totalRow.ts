import type { Cell } from './types';

const TOTAL_LABEL = /^(grand )?totals?\b|^(gesamt)?summen?\b|^gesamt(ergebnis)?\b|^ergebnis\b/i;

/**
 * @internal `true` for a report's totals row ("Grand Totals (4 records)", "Summe", "Gesamtergebnis"): its first
 * non-empty cell starts with such a label and its id cell is empty. CRM and ERP reports end with one.
 */
export function isTotalRow(row: readonly Cell[], idColumn: number | null): boolean {
  const id = idColumn === null ? null : row[idColumn];
  if (id !== null && id !== undefined && String(id).trim() !== '') return false;
  const first = row.find((c) => c !== null && c !== undefined && String(c).trim() !== '');
  return typeof first === 'string' && TOTAL_LABEL.test(first.trim());
}
