import type { ImportIssue } from '../../index';

/** The first row number an English issue message names ("… in row 3", "(row 12)"), for the German sentence. */
const rowIn = (message: string) => /\brows? (\d+)/.exec(message)?.[1];

/**
 * A problem in German, from its code, cell text and column (`@kamkit/import` words `ImportIssue.message` in
 * English). Errors end with "Zeile übersprungen.", as the English ones end with "Row skipped.".
 */
export function issueDe(issue: ImportIssue): string {
  const field = issue.column ? `„${issue.column}“` : 'Der Wert';
  const value = issue.value === undefined ? '' : `„${issue.value}“`;
  const skipped = issue.message.endsWith('Row skipped.') || issue.message.endsWith('Rows skipped.');
  const end = skipped ? ' Zeile übersprungen.' : '';
  const first = rowIn(issue.message);
  switch (issue.code) {
    case 'missing-required':
      return issue.row === null
        ? 'Eine Pflichtangabe ist keiner Spalte zugeordnet (Kundennummer und Name; bei Jahren als Zeilen Jahr und Umsatz).'
        : `${field} fehlt.${end}`;
    case 'duplicate-id':
      return `Kundennummer ${value} steht schon in Zeile ${first ?? '?'}.${end}`;
    case 'duplicate-year':
      return issue.row === null
        ? `Die Umsatzspalte ohne Jahr wird nicht importiert: Das bestätigte Jahr hat schon eine eigene Spalte. Bitte das Jahr prüfen.`
        : `Für diesen Kunden gibt es schon eine Zeile für ${issue.value ?? 'dieses Jahr'} (Zeile ${first ?? '?'}).${end}`;
    case 'duplicate-month':
      return `Für diesen Kunden gibt es schon MRR für ${issue.value ?? 'diesen Monat'} (Zeile ${first ?? '?'}).${end}`;
    case 'not-a-number':
      return `${field}: ${value} ist keine Zahl.${end}`;
    case 'not-an-integer':
      return `${field}: ${value} muss eine ganze Zahl sein.${end}`;
    case 'not-a-date':
      return `${field}: ${value} ist kein Datum (z. B. 31.12.2024 oder 2024-12-31).${end}`;
    case 'not-a-year':
      return `${field}: ${value} ist kein Jahr wie 2024.${end}`;
    case 'out-of-range':
      return `${field}: ${value} liegt außerhalb des erlaubten Bereichs.${end}`;
    case 'negative-revenue':
      return `${field} ist negativ (${issue.value ?? ''}); so übernommen (z. B. Gutschriften). Bitte das Vorzeichen prüfen.`;
    case 'unknown-value':
      return `${field}: ${value} ist kein bekannter Wert; bleibt leer.`;
    case 'formula-like':
      return `${field} beginnt wie eine Formel; als Text übernommen, als Text angezeigt und beim Export entschärft.`;
    case 'conflicting-value':
      return `${field}: ${value} weicht von Zeile ${first ?? '?'} desselben Kunden ab; der Wert aus Zeile ${first ?? '?'} bleibt.`;
    case 'no-revenue':
      return issue.row === null
        ? 'Keine Umsatzspalten gefunden (z. B. „Umsatz 2024“); bitte in der Tabelle zuordnen.'
        : 'Die Zeile hat in keinem Jahr einen Umsatz.';
    case 'malformed-row':
      return `Die Zeile ist nicht sauber aufgebaut (Anführungszeichen oder Zellenzahl); Zellen können verschoben sein.`;
    case 'unknown-account':
      return `Kunde ${value} steht nicht in der Kundentabelle; seine MRR-Zeile wird nicht importiert.`;
    case 'total-row':
      return 'Das sieht nach einer Summenzeile des Berichts aus; nicht importiert.';
  }
}
