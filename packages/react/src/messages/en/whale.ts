/**
 * WhaleCurve's words (English). Numbers are formatted by the chart's formatters (see `Message`); `{top}`,
 * `{rest}`, `{level}` and `{destroyed}` are shares already written so a part never rounds to 0 % or 100 %.
 */
export const whale = {
  title: 'Whale curve of profit',
  legendProfitable: 'Profitable accounts',
  /** The segment after the peak: with losses only, with losses and zeros, with zeros only. */
  lossMaking: 'Loss-making accounts',
  lossOrZero: 'Accounts at zero or a loss',
  withoutProfit: 'Accounts without profit',
  legendShare: '{share:percent} = total profit',
  legendBreakEven: 'Break-even',
  /** The label on the reference line. */
  referenceShare: 'Total profit {total:value} = {share:percent}',
  referenceValue: 'Break-even ({zero:value})',
  empty: 'No accounts with a known profit.',
  noProfitLoss: {
    one: 'No account makes a profit: {count:integer} account loses {loss:value}.',
    other: 'No account makes a profit: {count:integer} accounts lose {loss:value} in total.',
  },
  noProfitNoLoss: 'No account makes a profit or a loss.',
  findingShare:
    'Peak: the top {top} of accounts make {level} of profit; the remaining {rest} destroy {destroyed}.',
  findingValue:
    'Peak: the top {top} of accounts make {level:value}; the remaining {rest} destroy {destroyed:value}, leaving {total:value}.',
  /** The annotation beside the peak in mode `'value'` (the curve's end shows what is left). */
  annotationValue:
    'Peak: the top {top} of accounts make {level:value}; the remaining {rest} destroy {destroyed:value}.',
  noLoss:
    'No account loses money: the top {top} of accounts make all profit; the remaining {rest} make none.',
  single: 'A single account makes all profit.',
  allAdd: 'No account loses money: every account adds to profit.',
  /** Why the chart shows values, when total profit is not positive. */
  modeNote:
    'Total profit is {total:value}, not positive, so the chart shows cumulative profit instead of shares of the total.',
  modeNoteCurrency:
    'Total profit is {total:value}, not positive, so the chart shows cumulative profit in {currency} instead of shares of the total.',
  /** "144 accounts: 122 make a profit of 17,254,160, 22 lose 94,880; total profit 17,159,280." */
  summary: {
    one: '{count:integer} account: {parts}; total profit {total:value}.',
    other: '{count:integer} accounts: {parts}; total profit {total:value}.',
  },
  partProfit: {
    one: '{count:integer} makes a profit of {value:value}',
    other: '{count:integer} make a profit of {value:value}',
  },
  partLoss: { one: '{count:integer} loses {value:value}', other: '{count:integer} lose {value:value}' },
  partEven: { one: '{count:integer} breaks even', other: '{count:integer} break even' },
  xAxis: 'Share of accounts, most profitable first',
  yAxisShare: 'Cumulative share of total profit',
  yAxisValue: 'Cumulative profit',
  yAxisValueCurrency: 'Cumulative profit ({currency})',
  tooltipValue: 'Profit: {value:value}, rank {rank:integer} of {count:integer}',
  tooltipLoss: 'Profit: {value:value} (loss), rank {rank:integer} of {count:integer}',
  tooltipReachShare: 'Top {count:integer} ({accounts}) make {share} of profit',
  tooltipReachValue: 'Top {count:integer} ({accounts}) make {value:value}',
  tooltipBinTitle: 'Accounts {from:integer}–{to:integer} from the most profitable ({count:integer})',
  tooltipBinValue: 'Profit: {value:value}',
  tooltipMore: '{names} and {more:integer} more',
  rank: 'Rank',
  account: 'Account',
  value: 'Profit',
  accountShare: 'Share of accounts',
  cumulative: 'Cumulative profit',
  cumulativeShare: 'Share of total profit',
  decile: 'Share of accounts, most profitable first',
  accounts: 'Accounts',
  captionDeciles: {
    one: '{count:integer} account, by decile from the most profitable.',
    other: '{count:integer} accounts, by decile from the most profitable.',
  },
  /** Under the table when `maxTableRows` cut it. */
  tableOmitted: 'The table lists the first {shown:integer} of {count:integer} rows.',
};
