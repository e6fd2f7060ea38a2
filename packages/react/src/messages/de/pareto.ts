import type { pareto as en } from '../en/pareto';
import type { MessageShape } from '../types';

/** Die Wörter des ParetoChart (Deutsch). */
export const pareto: MessageShape<typeof en> = {
  title: 'Pareto-Analyse des Umsatzes',
  value: 'Umsatz',
  finding: {
    one: '{vital:integer} von {count:integer} Konto ({share:percent}) macht {cutoff:percent} des Umsatzes aus.',
    other:
      '{vital:integer} von {count:integer} Konten ({share:percent}) machen {cutoff:percent} des Umsatzes aus.',
  },
  empty: 'Keine Konten mit positivem Umsatz.',
  largest: 'Am größten ist {name} mit {value:value} ({share:percent1}). Umsatz gesamt: {total:value}.',
  legendVital: 'Wichtige wenige ({count:integer})',
  legendOther: 'Übrige Konten',
  legendCumulative: 'Kumulierter Anteil',
  legendCutoff: 'Schwelle {cutoff:percent}',
  annotationCount: { one: '{count:integer} Konto →', other: '{count:integer} Konten →' },
  annotationShare: '{cutoff:percent} des Umsatzes',
  xAxis: 'Anteil der Konten, größte zuerst',
  tooltipValue: 'Umsatz: {value:value} ({share:percent1})',
  tooltipBinValue: 'Umsatz: {value:value}',
  tooltipCumulative: 'Kumuliert: {share:percent1}',
  tooltipRank: 'Rang {rank:integer} von {count:integer}',
  tooltipVital: 'wichtige wenige',
  tooltipBinTitle: 'Konten {from:integer}–{to:integer} ({count:integer})',
  tooltipMore: '{names} und {more:integer} weitere',
  rank: 'Rang',
  ranks: 'Ränge',
  account: 'Konto',
  accounts: 'Konten',
  numberOfAccounts: 'Anzahl Konten',
  share: 'Anteil',
  cumulativeShare: 'Kumulierter Anteil',
  vital: 'Wichtige wenige',
  vitalOf: '{vital:integer} von {count:integer}',
  captionGroups:
    'Zeilen sind Ranggruppen: {count:integer} Konten in {groups:integer} Gruppen zu {sizes}, größte zuerst.',
  captionBinned: 'Gruppiert: {count:integer} Konten in {columns:integer} Säulen.',
};
