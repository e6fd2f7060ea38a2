/** The dashboard charts' words (English), one group per chart. Numbers are formatted by the chart's formatters. */
export const dashboard = {
  /** MrrByPlanChart. */
  plans: {
    title: 'MRR by plan',
    /** The measure: left axis title and tooltips. */
    value: 'MRR',
    /** The merged plans' series (core's `otherPlan`). */
    otherPlan: 'Other plans',
    /** What the highlighted plan stands for, beside its name. */
    highlightNote: 'upsell',
    highlighted: '{plan} ({note})',
    empty: 'No MRR data.',
    single: 'MRR in {period}: {value:value}.',
    grew: 'MRR grew from {from:tick} in {start} to {to:tick} in {end} ({change}).',
    fell: 'MRR fell from {from:tick} in {start} to {to:tick} in {end} ({change}).',
    grewFromZero: 'MRR grew from {from:tick} in {start} to {to:tick} in {end}.',
    stayed: 'MRR stayed at {to:tick} from {start} to {end}.',
    byPlan: 'By plan in {period}: {plans}.',
    planShare: '{plan} {value:tick} ({share:percent})',
    heldShare: '{plan} held at {share:percent} of MRR.',
    roseShare: '{plan} rose from {from:percent} to {to:percent} of MRR.',
    fellShare: '{plan} fell from {from:percent} to {to:percent} of MRR.',
    hidden: { one: 'Hidden: {count:integer} plan.', other: 'Hidden: {count:integer} plans.' },
    tooltipPlan: '{plan}: {value:value} ({share:percent})',
    tooltipTotal: 'Total: {value:value}',
    period: 'Period',
    total: 'Total MRR',
  },
  /** MrrMovementsChart. */
  movements: {
    title: 'MRR movements',
    titleRange: 'MRR movements, {from} to {to}',
    value: 'MRR',
    steps: { new: 'New', expansion: 'Expansion', contraction: 'Contraction', churned: 'Churn' },
    startFallback: 'start',
    endFallback: 'end',
    legend: { total: 'Total', increase: 'Increase', decrease: 'Decrease' },
    nrr: 'NRR {rate:percent}',
    grr: 'GRR {rate:percent}',
    empty: 'No MRR data.',
    emptyPeriods: 'No MRR in {from} or {to}.',
    grew: 'MRR grew from {start:tick} to {end:tick} between {from} and {to}: {parts}{rates}.',
    fell: 'MRR fell from {start:tick} to {end:tick} between {from} and {to}: {parts}{rates}.',
    stayed: 'MRR stayed at {end:tick} between {from} and {to}: {parts}{rates}.',
    parts: 'new {new:tick}, expansion {expansion:tick}, contraction {contraction:tick}, churn {churned:tick}',
    counts:
      'Accounts: {new:integer} new, {expansion:integer} expanded, {contraction:integer} contracted, {churned:integer} churned.',
    hidden: 'Hidden: {series}.',
    tooltipTotal: 'MRR: {value:value}',
    tooltipPaying: { one: '{count:integer} account paying', other: '{count:integer} accounts paying' },
    tooltipChange: {
      one: '{change} from {count:integer} account',
      other: '{change} from {count:integer} accounts',
    },
    tooltipAfter: 'MRR after: {value:value}',
    tooltipLargest: 'Largest: {names}',
    tooltipLargestMore: 'Largest: {names} and {more:integer} more',
    step: 'Step',
    accounts: 'Accounts',
    change: 'Change in MRR',
    ratesNote: 'Net revenue retention {nrr:percent1}, gross revenue retention {grr:percent1}.',
  },
};
