import type { profit as en } from '../en/profit';
import type { MessageShape } from '../types';
import { matrix } from './matrix';

/** Die Wörter der Profitmatrix (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const profit: MessageShape<typeof en> = {
  matrix,
  title: 'Profitmatrix: {x} und {y}',
  measures: {
    shapiro: { x: 'Betreuungskosten', y: 'Nettopreis' },
    revenueMargin: { x: 'Umsatz', y: 'Deckungsbeitrag' },
    none: { x: 'x', y: 'y' },
  },
  quadrants: {
    shapiro: {
      'high-high': 'Premiumkunden',
      'high-low': 'Aggressive Kunden',
      'low-high': 'Passive Kunden',
      'low-low': 'Schnäppchenkunden',
    },
    revenueMargin: {
      'high-high': 'Stars',
      'high-low': 'Umsatztreiber',
      'low-high': 'Margenperlen',
      'low-low': 'Geringer Wert',
    },
    none: {
      'high-high': '{x} hoch, {y} hoch',
      'high-low': '{x} hoch, {y} niedrig',
      'low-high': '{x} niedrig, {y} hoch',
      'low-low': '{x} niedrig, {y} niedrig',
    },
  },
  splitMedian: 'Median {value}',
  splitMean: 'Mittelwert {value}',
  splitGiven: 'Grenze {value}',
  splitSentenceMedian: 'Geteilt am Median: {x} {xValue}, {y} {yValue}.',
  splitSentenceMean: 'Geteilt am Mittelwert: {x} {xValue}, {y} {yValue}.',
  splitSentenceGiven: 'Geteilt an den vorgegebenen Werten: {x} {xValue}, {y} {yValue}.',
  finding: {
    count: 'most',
    one: '{most:integer} von {count:integer} Konten ({share:percent}) liegt im Quadranten „{quadrant}“ – die größte Gruppe; {rest}.',
    other:
      '{most:integer} von {count:integer} Konten ({share:percent}) liegen im Quadranten „{quadrant}“ – die größte Gruppe; {rest}.',
  },
  findingTie: '{names} sind die größten Gruppen (je {most:integer} von {count:integer} Konten){rest}.',
  findingOne: 'Das einzige Konto, {name}, liegt im Quadranten „{quadrant}“.',
  restItem: '{name} {count:integer}',
  axes: 'Waagerecht: {x}; senkrecht: {y}.',
  tooltipMeasure: '{name}: {value}',
};
