/** ParetoChart's words (English). Numbers are formatted by the chart's formatters (see `Message`). */
export const pareto = {
  title: 'Pareto analysis of revenue',
  /** The measure: left axis title and table header. */
  value: 'Revenue',
  /** The finding; its plural form follows the number of ranked accounts (`count`). */
  finding: {
    one: '{vital:integer} of {count:integer} account ({share:percent}) makes {cutoff:percent} of revenue.',
    other: '{vital:integer} of {count:integer} accounts ({share:percent}) make {cutoff:percent} of revenue.',
  },
  empty: 'No accounts with a positive revenue.',
  largest: 'The largest is {name} with {value:value} ({share:percent1}). Total revenue: {total:value}.',
  legendVital: 'Vital few ({count:integer})',
  legendOther: 'Other accounts',
  legendCumulative: 'Cumulative share',
  legendCutoff: 'Cutoff {cutoff:percent}',
  /** The annotation beside the cutoff: `annotationCount` then `annotationShare`, on one or two lines. */
  annotationCount: { one: '{count:integer} account →', other: '{count:integer} accounts →' },
  annotationShare: '{cutoff:percent} of revenue',
  xAxis: 'Share of accounts, largest first',
  tooltipValue: 'Revenue: {value:value} ({share:percent1})',
  tooltipBinValue: 'Revenue: {value:value}',
  tooltipCumulative: 'Cumulative: {share:percent1}',
  tooltipRank: 'Rank {rank:integer} of {count:integer}',
  tooltipVital: 'vital few',
  tooltipBinTitle: 'Accounts {from:integer}–{to:integer} ({count:integer})',
  tooltipMore: '{names} and {more:integer} more',
  rank: 'Rank',
  ranks: 'Ranks',
  account: 'Account',
  accounts: 'Accounts',
  numberOfAccounts: 'Number of accounts',
  share: 'Share',
  cumulativeShare: 'Cumulative share',
  vital: 'Vital few',
  vitalOf: '{vital:integer} of {count:integer}',
  captionGroups:
    'Rows are groups of ranks: {count:integer} accounts in {groups:integer} groups of {sizes}, largest first.',
  captionBinned: 'Grouped: {count:integer} accounts in {columns:integer} columns.',
};
