import type { dashboard as en } from '../en/dashboard';
import type { MessageShape } from '../types';

/** Die Wörter der Dashboard-Diagramme (Deutsch), eine Gruppe je Diagramm. */
export const dashboard: MessageShape<typeof en> = {
  plans: {
    title: 'MRR nach Tarif',
    value: 'MRR',
    otherPlan: 'Übrige Tarife',
    highlightNote: 'Upsell',
    highlighted: '{plan} ({note})',
    empty: 'Keine MRR-Daten.',
    single: 'MRR im {period}: {value:value}.',
    grew: 'Der MRR stieg von {from:tick} im {start} auf {to:tick} im {end} ({change}).',
    fell: 'Der MRR sank von {from:tick} im {start} auf {to:tick} im {end} ({change}).',
    grewFromZero: 'Der MRR stieg von {from:tick} im {start} auf {to:tick} im {end}.',
    stayed: 'Der MRR blieb von {start} bis {end} bei {to:tick}.',
    byPlan: 'Nach Tarif im {period}: {plans}.',
    planShare: '{plan} {value:tick} ({share:percent})',
    heldShare: '{plan} hielt {share:percent} des MRR.',
    roseShare: 'Der Anteil von {plan} am MRR stieg von {from:percent} auf {to:percent}.',
    fellShare: 'Der Anteil von {plan} am MRR sank von {from:percent} auf {to:percent}.',
    hidden: { one: 'Ausgeblendet: {count:integer} Tarif.', other: 'Ausgeblendet: {count:integer} Tarife.' },
    tooltipPlan: '{plan}: {value:value} ({share:percent})',
    tooltipTotal: 'Gesamt: {value:value}',
    period: 'Zeitraum',
    total: 'MRR gesamt',
  },
};
