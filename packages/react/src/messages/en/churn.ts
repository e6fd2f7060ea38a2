/** ChurnRiskRanking's words (English). Numbers are formatted by the chart's formatters (see `Message`). */
export const churn = {
  title: 'Accounts at risk',
  /** The measure: column heading, table header and tooltips. */
  value: 'MRR',
  /** The finding; its plural form follows the number of queued accounts (`count`). */
  finding: {
    one: '{count:integer} account at risk holds {value:value} MRR ({share}).',
    other: '{count:integer} accounts at risk hold {value:value} MRR ({share}).',
  },
  noneAtRisk: {
    one: 'No accounts at risk among {count:integer} account.',
    other: 'No accounts at risk among {count:integer} accounts.',
  },
  nothingAssessed: 'No account could be assessed.',
  empty: 'No accounts to assess.',
  /** The queue's order, as the description states it. */
  order: {
    importance: 'Ranked by importance (ABC tier of MRR), then by time in the queue.',
    mrr: 'Ranked by MRR, then by time in the queue.',
    'expected-loss': 'Ranked by expected loss, then by MRR.',
    risk: 'Ranked by risk, then by importance.',
    waiting: 'Ranked by time in the queue, longest first.',
    custom: 'Ranked by a custom order.',
  },
  first: 'First: {name} (tier {tier}, {value:value} MRR, {days}).',
  longest: 'Longest in the queue: {name} ({days}).',
  flaggedCount: {
    one: '{count:integer} of them was flagged by the account team.',
    other: '{count:integer} of them were flagged by the account team.',
  },
  listed: 'Listed: the top {shown:integer}; {more}.',
  expectedLoss: 'Expected loss over all accounts: {value:value} MRR.',
  leftOut: {
    one: '{count:integer} account left out (MRR missing or negative, or no usable signal).',
    other: '{count:integer} accounts left out (MRR missing or negative, or no usable signal).',
  },
  more: {
    one: 'and {count:integer} more account at risk ({value:value} MRR)',
    other: 'and {count:integer} more accounts at risk ({value:value} MRR)',
  },
  moreShort: '+{count:integer} more at risk ({value:value} MRR)',
  moreShorter: '+{count:integer} more ({value:value})',
  moreShortest: '+{count:integer} more',
  /** The header above the rows: the MRR at risk, then these words. */
  headlineText: 'MRR at risk',
  headlineDetail: '{share} of all MRR · {count:integer} of {total:integer} accounts at risk',
  /** Column headings. */
  columnRank: '#',
  columnTier: 'Tier',
  columnAccount: 'Account',
  columnRisk: 'Risk',
  columnDays: 'Waiting',
  columnDaysShort: 'Days',
  /** Risk levels, and the level with its 0–100 score. */
  levels: { high: 'High', medium: 'Medium', low: 'Low' },
  levelScore: '{level} · {risk}',
  legend: { high: 'High risk', medium: 'Medium risk', low: 'Low risk' },
  /** Days in the queue. */
  days: { one: '{count:integer} day', other: '{count:integer} days' },
  daysUnknown: 'unknown',
  /** Importance when it was given as a rank instead of a tier. */
  importanceRank: '#{rank:integer}',
  importanceUnknown: '–',
  /** Why an account is queued. */
  reasons: {
    flagged: 'flagged by the account team',
    risk: 'risk level reached',
    both: 'flagged, and risk level reached',
  },
  tooltipMrr: 'MRR: {value:value} ({share} of all MRR)',
  tooltipImportance: 'Importance: tier {tier}',
  tooltipImportanceRank: 'Importance: rank {rank:integer}',
  tooltipRisk: 'Risk: {level} ({risk} of 100)',
  tooltipDays: 'In the queue: {days}',
  tooltipReason: 'Queued: {reason}',
  tooltipRank: 'Rank {rank:integer} of {count:integer} at risk',
  tooltipSignal: 'Strongest signal: {signal} (+{contribution})',
  tooltipLoss: 'Expected loss: {value}',
  tooltipIncomplete: 'Incomplete: {signals} missing',
  /** Table headers and notes. */
  tableRank: 'Rank',
  tableTier: 'Importance',
  tableShare: 'Share of MRR',
  tableLevel: 'Risk level',
  tableRisk: 'Risk score',
  tableDays: 'Days in queue',
  tableReason: 'Queued because',
  tableLoss: 'Expected loss',
  tableFirst: 'The first {shown:integer} of {count:integer} accounts at risk are listed.',
};
