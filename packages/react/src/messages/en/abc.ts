/**
 * The ABC charts' words (English): `chart` for AbcChart (more groups follow for the matrix and the migration
 * chart). Numbers are formatted by the chart's formatters (see `Message`); `{accounts}` and `{share}` are shares
 * already written so a part never rounds to 0 % or 100 %.
 */
export const abc = {
  chart: {
    title: 'ABC analysis of revenue',
    /** The accessible name of the per-tier summary above the plot. */
    summaryLabel: 'Tiers',
    summaryCount: {
      one: '{count:integer} account ({accounts})',
      other: '{count:integer} accounts ({accounts})',
    },
    summaryShare: '{share} of revenue',
    legendTier: 'Tier {tier}',
    /** The finding, tier by tier (`{tiers}` joins them with "; "): the first tier names the measure. */
    finding: '{tiers}.',
    findingFirst: {
      one: '{tier}: {count:integer} account ({accounts}) makes {share} of revenue',
      other: '{tier}: {count:integer} accounts ({accounts}) make {share} of revenue',
    },
    findingNext: {
      one: '{tier}: {count:integer} account ({accounts}) makes {share}',
      other: '{tier}: {count:integer} accounts ({accounts}) make {share}',
    },
    findingNone: '{tier}: no accounts',
    empty: 'No accounts with a positive revenue.',
    ruleAllA: 'All accounts have the same revenue, so every one is A.',
    ruleComputed: 'Limits computed from the curve (Ultsch & Lötsch 2015): A above {ab}, B from {bc}.',
    noValue: 'no value',
    ruleCount: 'Tiers by share of accounts: A the top {a:percent}, B up to {b:percent}, C the rest.',
    ruleValue: 'Tiers by cumulative share of revenue: A up to {a:percent}, B up to {b:percent}, C the rest.',
    ruleTies: 'Equal values share a tier.',
    total: 'Total revenue: {total:value}.',
    /** Band labels over the plot, most detailed first: the most detailed that fits every band is drawn. */
    bandLabel: { one: '{tier} · {count:integer} account', other: '{tier} · {count:integer} accounts' },
    bandLabelShort: '{tier} · {count:integer}',
    tooltipTier: 'Tier {tier} · rank {rank:integer} of {count:integer}',
    tooltipValue: 'Revenue: {value:value} ({share})',
    tooltipCumulative: 'Cumulative: {share:percent1} of revenue',
    tooltipBinTitle: 'Accounts {from:integer}–{to:integer} ({count:integer})',
    tooltipBinTier: 'Tier {tier}',
    tooltipBinValue: 'Revenue: {value:value}',
    tooltipMore: '{names} and {more:integer} more',
    xAxis: 'Share of accounts, largest first',
    yAxis: 'Cumulative share of revenue',
    rank: 'Rank',
    account: 'Account',
    value: 'Revenue',
    share: 'Share',
    cumulativeShare: 'Cumulative share',
    tier: 'Tier',
    ranks: 'Ranks',
    accounts: 'Accounts',
    accountShare: 'Share of accounts',
    valueShare: 'Share of revenue',
    captionTiers: {
      one: '{count:integer} account, summarised by tier.',
      other: '{count:integer} accounts, summarised by tier.',
    },
    tableOmitted: 'The table lists the first {shown:integer} of {count:integer} rows.',
  },
};
