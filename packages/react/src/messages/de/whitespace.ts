import type { whitespace as en } from '../en/whitespace';
import type { MessageShape } from '../types';

/** Die Wörter der Whitespace-Matrix (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const whitespace: MessageShape<typeof en> = {
  title: 'Cross-Selling-Potenzial (Whitespace)',
  account: 'Konto',
  toWin: 'Offener MRR',
  owned: 'gekauft',
  pilot: 'Pilot',
  notOffered: 'nicht angeboten',
  finding: {
    one: 'Das größte offene Potenzial ist {product} für {account} ({value:value} MRR); {count:integer} offenes Feld ist {total:value} MRR wert.',
    other:
      'Das größte offene Potenzial ist {product} für {account} ({value:value} MRR); {count:integer} offene Felder sind zusammen {total:value} MRR wert.',
  },
  none: 'Jedes Konto hat jedes angebotene Produkt: kein offenes Potenzial.',
  empty: 'Keine Konten oder Produkte.',
  shown:
    'Gezeigt werden die {shown:integer} Konten mit dem größten offenen MRR von {count:integer}; die Datentabelle listet alle.',
  tipOwned: 'Gekauft · {value:value} MRR',
  tipPilot: 'Pilot · {value:value} MRR bezahlt · {win} MRR offen',
  tipWhitespace: 'Offen · {win} MRR zu gewinnen',
  tipNotOffered: 'Diesem Konto nicht angeboten',
  unknown: 'unbekannt',
  legendOwned: 'Gekauft',
  legendPilot: 'Pilot',
  legendWhitespace: 'Offen (Schattierung: offener MRR)',
  status: 'Status',
  product: 'Produkt',
  mrr: 'MRR',
};
