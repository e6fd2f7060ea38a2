/** WhitespaceMatrix's words (English). */
export const whitespace = {
  title: 'Cross-sell whitespace',
  account: 'Account',
  toWin: 'MRR to win',
  owned: 'owned',
  pilot: 'pilot',
  notOffered: 'not offered',
  finding: {
    one: 'The largest whitespace is {product} for {account} ({value:value} MRR); {count:integer} open cell is worth {total:value} MRR.',
    other:
      'The largest whitespace is {product} for {account} ({value:value} MRR); {count:integer} open cells are worth {total:value} MRR in all.',
  },
  none: 'Every account has every product it is offered: no whitespace.',
  empty: 'No accounts or products.',
  shown:
    'Showing the {shown:integer} accounts with the most MRR to win of {count:integer}; the data table lists all.',
  tipOwned: 'Owned · {value:value} MRR',
  tipPilot: 'Pilot · {value:value} MRR paid · {win} MRR to win',
  tipWhitespace: 'Whitespace · {win} MRR to win',
  tipNotOffered: 'Not offered to this account',
  unknown: 'unknown',
  legendOwned: 'Owned',
  legendPilot: 'Pilot',
  legendWhitespace: 'Whitespace (shade: MRR to win)',
  status: 'Status',
  product: 'Product',
  mrr: 'MRR',
};
