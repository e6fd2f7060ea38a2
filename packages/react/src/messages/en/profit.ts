import { matrix } from './matrix';

/** ProfitMatrix's words (English). `{x}`/`{y}` are the measures' names as written in a sentence (axis titles capitalise them). */
export const profit = {
  matrix,
  title: 'Profit matrix: {x} and {y}',
  /** Measure names by preset as written in a sentence (capitalised for axis titles and table headers); without a preset `x` and `y`. */
  measures: {
    shapiro: { x: 'cost to serve', y: 'net price' },
    revenueMargin: { x: 'revenue', y: 'contribution margin' },
    none: { x: 'x', y: 'y' },
  },
  /** Quadrant labels by preset and position (first measure x, second y). */
  quadrants: {
    shapiro: {
      'high-high': 'Carriage trade',
      'high-low': 'Aggressive',
      'low-high': 'Passive',
      'low-low': 'Bargain basement',
    },
    revenueMargin: {
      'high-high': 'Stars',
      'high-low': 'Revenue drivers',
      'low-high': 'Margin pearls',
      'low-low': 'Low value',
    },
    none: {
      'high-high': 'High {x}, high {y}',
      'high-low': 'High {x}, low {y}',
      'low-high': 'Low {x}, high {y}',
      'low-low': 'Low {x}, low {y}',
    },
  },
  /** The texts along the split lines: "median €23,350". */
  splitMedian: 'median {value}',
  splitMean: 'mean {value}',
  splitGiven: 'split {value}',
  splitSentenceMedian: 'Split at the median: {x} {xValue}, {y} {yValue}.',
  splitSentenceMean: 'Split at the mean: {x} {xValue}, {y} {yValue}.',
  splitSentenceGiven: 'Split at the given values: {x} {xValue}, {y} {yValue}.',
  /** The finding; its verb follows `most`, the size of the largest group. */
  finding: {
    count: 'most',
    one: '{most:integer} of {count:integer} accounts ({share:percent}) is {quadrant}, the largest group; {rest}.',
    other:
      '{most:integer} of {count:integer} accounts ({share:percent}) are {quadrant}, the largest group; {rest}.',
  },
  findingTie: '{names} are the largest groups ({most:integer} of {count:integer} accounts each){rest}.',
  findingOne: 'The one account, {name}, is {quadrant}.',
  /** One quadrant in the finding's list of the others: "Passive 12". */
  restItem: '{name} {count:integer}',
  axes: 'Horizontal: {x}; vertical: {y}.',
  tooltipMeasure: '{name}: {value}',
};
