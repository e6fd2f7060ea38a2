import type { scoring as en } from '../en/scoring';
import type { MessageShape } from '../types';
import { matrix } from './matrix';

/** Die Wörter der Scoring-Diagramme (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const scoring: MessageShape<typeof en> = {
  matrix,
  title: 'Scoring-Matrix: {growth} und {harmony}',
  growth: 'Wachstumspotenzial',
  harmony: 'Harmonie',
  quadrants: {
    'high-high': 'Schlüsselkonten',
    'high-low': 'Entwicklungskonten',
    'low-high': 'Erhaltungskonten',
    'low-low': 'Gelegenheitskonten',
  },
  finding: {
    count: 'inKey',
    one: '{inKey:integer} von {count:integer} Konten liegt im Quadranten „{quadrant}“; den höchsten Gesamtscore hat {name} ({score} von 100).',
    other:
      '{inKey:integer} von {count:integer} Konten liegen im Quadranten „{quadrant}“; den höchsten Gesamtscore hat {name} ({score} von 100).',
  },
  restItem: '{name}: {count:integer}',
  axes: 'Senkrecht: {growth}; waagerecht: {harmony}; beide 0–100, geteilt bei {split}.',
  splitBoth: '{growth} (Wachstum) und {harmony} (Harmonie)',
  incomplete: {
    one: '{count:integer} Konto ist aus unvollständigen Kriterien bewertet.',
    other: '{count:integer} Konten sind aus unvollständigen Kriterien bewertet.',
  },
  tooltipScores: '{growthName} {growth} · {harmonyName} {harmony}',
  tooltipTotal: 'Gesamtscore {total} · Rang {rank:integer} von {count:integer}',
  tooltipIssues: '{kind}: {issues}',
  incompleteWord: 'Unvollständig',
  clampedWord: 'Begrenzt',
  issue: {
    text: '{name} ist Text, keine Zahl',
    'non-finite': '{name} ist keine endliche Zahl',
    missing: '{name} fehlt',
    'below-scale': '{name} unter der Skala',
    'above-scale': '{name} über der Skala',
  },
  excluded: {
    one: '{count:integer} Konto ausgelassen (kein verwendbares Kriterium für {axes}).',
    other: '{count:integer} Konten ausgelassen (kein verwendbares Kriterium für {axes}).',
  },
  rank: 'Rang',
  total: 'Gesamtscore',
  note: 'Hinweis',
};
