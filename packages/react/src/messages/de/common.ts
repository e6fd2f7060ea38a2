import type { common as en } from '../en/common';
import type { MessageShape } from '../types';

/** Wörter, die alle Diagramme teilen (Deutsch). */
export const common: MessageShape<typeof en> = {
  showTable: 'Datentabelle anzeigen',
  hideTable: 'Datentabelle ausblenden',
  explorer:
    '{title}. Mit den Pfeiltasten zwischen den Datenpunkten wechseln, mit Eingabe oder Leertaste auswählen, mit Escape die Auswahl aufheben.',
  explorerGrid:
    '{title}. Mit den Pfeiltasten zwischen Zeilen und Spalten wechseln, mit Eingabe oder Leertaste auswählen, mit Escape die Auswahl aufheben.',
  explorerRole: 'Diagramm-Navigator',
  selected: '{name} ausgewählt.',
  selectionCleared: 'Auswahl aufgehoben.',
  legendLabel: 'Legende: eine Reihe antippen, um sie ein- oder auszublenden',
  empty: 'Keine Daten vorhanden.',
  leftOut: 'Ausgelassen: {reasons}.',
  excluded: {
    missing: { one: '{count:integer} Wert fehlt', other: '{count:integer} Werte fehlen' },
    text: {
      one: '{count:integer} Wert ist Text statt Zahl',
      other: '{count:integer} Werte sind Text statt Zahlen',
    },
    'non-finite': {
      one: '{count:integer} Wert ist keine endliche Zahl',
      other: '{count:integer} Werte sind keine endlichen Zahlen',
    },
    zero: { one: '{count:integer} Wert ist null', other: '{count:integer} Werte sind null' },
    negative: { one: '{count:integer} Wert ist negativ', other: '{count:integer} Werte sind negativ' },
    unknown: {
      one: '{count:integer} Datensatz wurde ausgelassen',
      other: '{count:integer} Datensätze wurden ausgelassen',
    },
  },
  errorTitle: 'Dieses Diagramm kann nicht gezeichnet werden',
  errorCode: 'Fehlercode: {code}',
  errors: {
    NOT_ITERABLE: 'Die Daten sind keine Liste von Datensätzen.',
    INVALID_SIZE: '{field} ist keine gültige Pixelzahl: {value}.',
    INVALID_OPTION: 'Die Option {field} ist ungültig.',
    DUPLICATE_ID: 'Zwei Datensätze haben dieselbe ID ({id}).',
    INVALID_ID: 'Ein Datensatz hat eine ID, die weder Text noch Zahl ist.',
    generic: 'Die Daten können nicht dargestellt werden ({code}).',
  },
  yes: 'ja',
  no: 'nein',
};
