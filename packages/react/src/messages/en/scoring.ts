import { matrix } from './matrix';

/** The scoring charts' words (English). Axis names as written in a sentence; axis titles capitalise them. */
export const scoring = {
  matrix,
  title: 'Scoring matrix: {growth} and {harmony}',
  growth: 'growth potential',
  harmony: 'harmony',
  /** McDonald & Rogers' key account portfolio matrix, by position (growth first, harmony second). */
  quadrants: {
    'high-high': 'Key',
    'high-low': 'Key development',
    'low-high': 'Maintenance',
    'low-low': 'Opportunistic',
  },
  /** The finding; its verb follows `inKey`, the accounts in the high-high quadrant. */
  finding: {
    count: 'inKey',
    one: '{inKey:integer} of {count:integer} accounts is in the {quadrant} quadrant; the highest total score is {name} ({score} of 100).',
    other:
      '{inKey:integer} of {count:integer} accounts are in the {quadrant} quadrant; the highest total score is {name} ({score} of 100).',
  },
  /** The finding when only one account is scored: its noun is singular whatever the quadrant holds. */
  findingOfOne:
    '{inKey:integer} of 1 account is in the {quadrant} quadrant; the highest total score is {name} ({score} of 100).',
  /** One quadrant in the list of the others: "Maintenance: 12". */
  restItem: '{name}: {count:integer}',
  axes: 'Vertical: {growth}; horizontal: {harmony}; both 0–100, split at {split}.',
  splitBoth: '{growth} (growth) and {harmony} (harmony)',
  incomplete: {
    one: '{count:integer} account is scored from incomplete criteria.',
    other: '{count:integer} accounts are scored from incomplete criteria.',
  },
  tooltipScores: '{growthName} {growth} · {harmonyName} {harmony}',
  tooltipTotal: 'Total score {total} · rank {rank:integer} of {count:integer}',
  tooltipIssues: '{kind}: {issues}',
  incompleteWord: 'Incomplete',
  clampedWord: 'Clamped',
  issue: {
    text: '{name} is text, not a number',
    'non-finite': '{name} is not a finite number',
    missing: '{name} missing',
    'below-scale': '{name} below its scale',
    'above-scale': '{name} above its scale',
  },
  /** Accounts core left out because an axis had no usable criterion (`axes`: "growth potential or harmony"). */
  excluded: {
    one: '{count:integer} account left out (no usable {axes} criterion).',
    other: '{count:integer} accounts left out (no usable {axes} criterion).',
  },
  rank: 'Rank',
  total: 'Total score',
  note: 'Note',
  /** ScoreBreakdown: one account's criteria as a waterfall per axis. */
  breakdown: {
    title: 'Score breakdown of {name}',
    titleEmpty: 'Score breakdown',
    criterion: 'Criterion',
    weight: 'Weight',
    value: 'Value',
    points: 'Points',
    total: 'Total score',
    missing: 'missing',
    notScored: 'not scored',
    legendMissing: 'Missing: not scored',
    /** The legend's names of the two axes (title case: a legend entry starts a line; the sentences use `growth`/`harmony`). */
    legendGrowth: 'Growth potential',
    legendHarmony: 'Harmony',
    /** The headline: "78.3 of 100 · Acme". */
    headlineOf: 'of 100 · {name}',
    headline:
      'Rank {rank:integer} of {count:integer} · {quadrant} quadrant · {growthName} {growth} · {harmonyName} {harmony}',
    finding:
      '{name} scores {total} of 100 (rank {rank:integer} of {count:integer}, {quadrant}): {growthName} {growth}, {harmonyName} {harmony}.',
    best: '{criterion} contributes most (+{points} to {axis}).',
    dropped: {
      one: '{names} is missing; the other {axis} weights were renormalised.',
      other: '{names} are missing; the other {axis} weights were renormalised.',
    },
    clamped: 'Clamped to the scale: {names}.',
    unscored: '{name} has no score: no usable {axes} criterion.',
    noAccount: 'No account with the id {id}.',
    empty: 'No accounts to break down.',
    tipTotal: '{total} of 100 · rank {rank:integer} of {count:integer}',
    tipQuadrant: '{quadrant} quadrant',
    tipAxis: '{score} of 100',
    tipAxisWeight: 'Weight in the total: {weight}',
    tipValue: 'Value: {value}',
    tipNotScored: 'Not scored: the other {axis} weights were renormalised',
    tipScore: 'Value: {value} → score {score} of 100',
    tipScoreClamped: 'Value: {value} (outside its scale, clamped) → score {score} of 100',
    tipWeight: 'Weight: {weight} ({share:percent1} of {axis})',
    tipContribution: 'Contribution: +{points} to {axis}, +{total} to the total',
    criterionTitle: '{name} ({axis})',
    axis: 'Axis',
    weightShare: 'Weight share',
    score: 'Score (0–100)',
    toAxis: 'Contribution to axis',
    toTotal: 'Contribution to total',
    note: 'Note',
    noteMissing: 'missing: not scored',
    noteClamped: 'outside its scale: clamped',
  },
  /** ScoringTable: every account's rating per criterion, the weights and the weighted totals. */
  table: {
    title: 'Scoring table: {axes}',
    both: '{growth} and {harmony}',
    account: 'Account',
    rank: 'Rank',
    total: 'Total score',
    weight: 'weight {share:percent}',
    sortBy: 'Sort by',
    finding: {
      one: '{count:integer} account rated on {criteria:integer} criteria; the highest {column} is {name} ({score}).',
      other:
        '{count:integer} accounts rated on {criteria:integer} criteria; the highest {column} is {name} ({score}).',
    },
    empty: 'No accounts to rate.',
    shown: 'Showing the first {shown:integer} of {count:integer} accounts; the data table lists all of them.',
    tipRating: '{criterion}: {value} → {score} of 100',
    tipMissing: '{criterion}: missing',
    tipAxis: '{name}: {score} of 100',
    tipRank: 'Rank {rank:integer} of {count:integer}',
  },
};
