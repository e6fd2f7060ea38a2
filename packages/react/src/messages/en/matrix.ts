/**
 * Words of the 2 × 2 bubble matrices (profit matrix and scoring matrix), English. Both families carry them under
 * `matrix`, so either chart can be imported alone.
 */
export const matrix = {
  /** What a bubble's area shows when the chart is sized, in the sentence "Bubble area shows revenue". */
  size: 'revenue',
  sizeHeader: 'Revenue',
  sizeNote: 'Bubble area shows {size} (largest: {name}, {value:value}).',
  sizeFinding: '{quadrant} holds the most {size} ({share:percent}).',
  tooltipSize: '{size}: {value}',
  unknown: 'unknown',
  quadrant: 'Quadrant',
  inQuadrant: '{name} quadrant',
  account: 'Account',
  accounts: 'Accounts',
  share: 'Share',
  /** A summary column: the mean of a measure (its name as written in a sentence). */
  mean: 'Mean {measure}',
  summaryCaption: {
    one: '{finding} Summary by quadrant of {count:integer} account.',
    other: '{finding} Summary by quadrant of {count:integer} accounts.',
  },
  emptyNone: 'No accounts to place on the matrix.',
  emptyExcluded: 'No account could be placed on the matrix.',
  /** The quadrant counts in the legend: "Key (12)". */
  legendCount: '{name} ({count:integer})',
};
