import type { matrix as en } from '../en/matrix';
import type { MessageShape } from '../types';

/** Wörter der 2 × 2-Blasenmatrizen (Profitmatrix und Scoring-Matrix), Deutsch: dieselben Schlüssel wie Englisch. */
export const matrix: MessageShape<typeof en> = {
  size: 'Umsatz',
  sizeHeader: 'Umsatz',
  sizeNote: 'Die Blasenfläche zeigt {size} (größte: {name}, {value:value}).',
  sizeFinding: 'Im Quadranten „{quadrant}“ liegt der größte Anteil am {size} ({share:percent}).',
  tooltipSize: '{size}: {value}',
  unknown: 'unbekannt',
  quadrant: 'Quadrant',
  inQuadrant: 'Quadrant {name}',
  account: 'Konto',
  accounts: 'Konten',
  share: 'Anteil',
  mean: 'Ø {measure}',
  summaryCaption: {
    one: '{finding} Zusammenfassung nach Quadranten für {count:integer} Konto.',
    other: '{finding} Zusammenfassung nach Quadranten für {count:integer} Konten.',
  },
  emptyNone: 'Keine Konten für die Matrix vorhanden.',
  emptyExcluded: 'Kein Konto konnte in der Matrix platziert werden.',
  legendCount: '{name} ({count:integer})',
};
