/**
 * The ABC charts' words (English): `chart` for AbcChart, `matrix` for AbcXyzMatrix (the migration chart's group
 * follows). Numbers are formatted by the chart's formatters (see `Message`); `{accounts}` and `{share}` are shares
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
  matrix: {
    title: 'ABC/XYZ matrix: revenue and steadiness of demand',
    xAxis: 'Steadiness of demand (XYZ)',
    yAxis: 'Revenue (ABC)',
    /** Words for the tiers (rows) and the XYZ classes (columns). */
    tierA: 'high value',
    tierB: 'medium value',
    tierC: 'low value',
    classX: 'steady',
    classY: 'variable',
    classZ: 'erratic',
    /** The coefficient of variation in the column headers ("CV ≤ 0.5"). */
    cv: 'CV',
    /** A column header on one line, or its name and rule on two. */
    headerWide: '{word} · {rule}',
    headerNamed: '{name} · {word}',
    cellTitle: '{cell}: {tier}, {xyz}',
    cellCount: { one: '{count:integer} account ({share})', other: '{count:integer} accounts ({share})' },
    cellValue: 'Revenue: {value:value} ({share})',
    cellShare: '{share} of revenue',
    more: '{names} and {more:integer} more',
    finding: {
      one: '{cell} ({tier}, {xyz}) holds {count:integer} account ({accounts}) and {share} of revenue.',
      other: '{cell} ({tier}, {xyz}) holds {count:integer} accounts ({accounts}) and {share} of revenue.',
    },
    empty: 'No accounts with both a positive revenue and a usable series.',
    /** Accounts per XYZ class: `{X}` … are the capitalised class words, `{x}` the first count with its unit. */
    byClass: '{X} (X): {x}; {Y} (Y): {y:integer}; {Z} (Z): {z:integer}.',
    accounts: { one: '{count:integer} account', other: '{count:integer} accounts' },
    byCell: 'By cell: {cells}.',
    method: 'XYZ by the coefficient of variation over {periods:integer} periods.',
    cell: 'Cell',
    abc: 'ABC',
    xyz: 'XYZ',
    accountsHeader: 'Accounts',
    accountShare: 'Share of accounts',
    value: 'Revenue',
    share: 'Share of revenue',
    /** A tier or class in the table: "A (high value)". */
    examples: 'Largest accounts',
    named: '{name} ({word})',
  },
};
