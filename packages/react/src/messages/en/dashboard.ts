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
};
