import type { whale as en } from '../en/whale';
import type { MessageShape } from '../types';

/** Die Wörter der WhaleCurve (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const whale: MessageShape<typeof en> = {
  title: 'Walkurve des Gewinns',
  legendProfitable: 'Profitable Konten',
  lossMaking: 'Verlustbringende Konten',
  lossOrZero: 'Konten ohne Gewinn oder mit Verlust',
  withoutProfit: 'Konten ohne Gewinn',
  legendShare: '{share:percent} = Gesamtgewinn',
  legendBreakEven: 'Gewinnschwelle',
  referenceShare: 'Gesamtgewinn {total:value} = {share:percent}',
  referenceValue: 'Gewinnschwelle ({zero:value})',
  empty: 'Keine Konten mit bekanntem Gewinn.',
  noProfitLoss: {
    one: 'Kein Konto macht Gewinn: {count:integer} Konto verliert {loss:value}.',
    other: 'Kein Konto macht Gewinn: {count:integer} Konten verlieren zusammen {loss:value}.',
  },
  noProfitNoLoss: 'Kein Konto macht Gewinn oder Verlust.',
  findingShare:
    'Scheitelpunkt: Die besten {top} der Konten erzielen {level} des Gewinns; die übrigen {rest} vernichten {destroyed}.',
  findingValue:
    'Scheitelpunkt: Die besten {top} der Konten erzielen {level:value}; die übrigen {rest} vernichten {destroyed:value}, es bleiben {total:value}.',
  annotationValue:
    'Scheitelpunkt: Die besten {top} der Konten erzielen {level:value}; die übrigen {rest} vernichten {destroyed:value}.',
  noLoss:
    'Kein Konto macht Verlust: Die besten {top} der Konten erzielen den gesamten Gewinn, die übrigen {rest} keinen.',
  single: 'Ein einziges Konto erzielt den gesamten Gewinn.',
  allAdd: 'Kein Konto macht Verlust: Jedes Konto trägt zum Gewinn bei.',
  modeNote:
    'Der Gesamtgewinn beträgt {total:value} und ist nicht positiv; das Diagramm zeigt daher den kumulierten Gewinn statt Anteilen am Gesamtgewinn.',
  modeNoteCurrency:
    'Der Gesamtgewinn beträgt {total:value} und ist nicht positiv; das Diagramm zeigt daher den kumulierten Gewinn in {currency} statt Anteilen am Gesamtgewinn.',
  summary: {
    one: '{count:integer} Konto: {parts}; Gesamtgewinn {total:value}.',
    other: '{count:integer} Konten: {parts}; Gesamtgewinn {total:value}.',
  },
  partProfit: {
    one: '{count:integer} erzielt einen Gewinn von {value:value}',
    other: '{count:integer} erzielen einen Gewinn von {value:value}',
  },
  partLoss: {
    one: '{count:integer} verliert {value:value}',
    other: '{count:integer} verlieren {value:value}',
  },
  partEven: { one: '{count:integer} ist ausgeglichen', other: '{count:integer} sind ausgeglichen' },
  xAxis: 'Anteil der Konten, profitabelste zuerst',
  yAxisShare: 'Kumulierter Anteil am Gesamtgewinn',
  yAxisValue: 'Kumulierter Gewinn',
  yAxisValueCurrency: 'Kumulierter Gewinn ({currency})',
  tooltipValue: 'Gewinn: {value:value}, Rang {rank:integer} von {count:integer}',
  tooltipLoss: 'Gewinn: {value:value} (Verlust), Rang {rank:integer} von {count:integer}',
  tooltipReachShare: 'Die besten {count:integer} ({accounts}) erzielen {share} des Gewinns',
  tooltipReachValue: 'Die besten {count:integer} ({accounts}) erzielen {value:value}',
  tooltipBinTitle: 'Konten {from:integer}–{to:integer} ab dem profitabelsten ({count:integer})',
  tooltipBinValue: 'Gewinn: {value:value}',
  tooltipMore: '{names} und {more:integer} weitere',
  rank: 'Rang',
  account: 'Konto',
  value: 'Gewinn',
  accountShare: 'Anteil der Konten',
  cumulative: 'Kumulierter Gewinn',
  cumulativeShare: 'Anteil am Gesamtgewinn',
  decile: 'Anteil der Konten, profitabelste zuerst',
  accounts: 'Konten',
  captionDeciles: {
    one: '{count:integer} Konto, in Dezilen ab dem profitabelsten.',
    other: '{count:integer} Konten, in Dezilen ab dem profitabelsten.',
  },
  tableOmitted: 'Die Tabelle zeigt die ersten {shown:integer} von {count:integer} Zeilen.',
};
