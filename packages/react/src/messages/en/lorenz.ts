/** LorenzChart's words (English). Numbers are formatted by the chart's formatters (see `Message`). */
export const lorenz = {
  title: 'Concentration of revenue (Lorenz curve)',
  legendCurve: 'Lorenz curve',
  legendEquality: 'Line of equality',
  legendArea: 'Concentration (area = Gini ÷ 2)',
  /** The Gini figure of the headline and the finding; `{gini}` has 2 decimals. */
  gini: 'Gini {gini}',
  /** The Gini in words, by band (see `describeGini`): below 0.3, 0.5, 0.7, and from 0.7. */
  giniEven: 'revenue is spread fairly evenly',
  giniModerate: 'revenue is moderately concentrated',
  giniHigh: 'revenue is highly concentrated',
  giniVeryHigh: 'revenue is very highly concentrated',
  /** Said instead of the band when there is one account. */
  giniSingle: 'a single account makes all revenue',
  /** The finding: `{gini}` is the figure ("Gini 0.63"), `{words}` the band. */
  finding: '{gini}: {words}.',
  empty: 'No accounts with a positive revenue.',
  /** The Herfindahl–Hirschman index and its numbers equivalent 1/HHI (`{equivalent}`: 1 decimal below 10). */
  hhi: 'HHI {points:integer} points: as concentrated as {equivalent} accounts of equal size.',
  hhiSingle: 'HHI {points:integer} points: as concentrated as a single account.',
  corrected: 'Gini corrected for a small number of accounts.',
  /** `{largest}`, `{smallest}`: shares written so a part never rounds to 0 % or 100 %. */
  shares:
    'The largest {top:percent} of accounts make {largest} of revenue; the smallest {half:percent} make {smallest}.',
  total: {
    one: '{count:integer} account, total revenue {total:value}.',
    other: '{count:integer} accounts, total revenue {total:value}.',
  },
  /** The marker's label, on one line or as these two. */
  markerHead: 'Largest {top:percent}:',
  markerTail: '{share} of revenue',
  /** Axis titles, longest first: the longest that fits is drawn. */
  xAxis: 'Cumulative share of accounts, smallest first',
  xAxisShort: 'Share of accounts, smallest first',
  xAxisShortest: 'Accounts, smallest first',
  yAxis: 'Cumulative share of revenue',
  yAxisShort: 'Share of revenue',
  yAxisShortest: 'Revenue',
  tooltipValue: 'Revenue: {value:value} ({share})',
  tooltipBinValue: 'Revenue: {value:value}',
  tooltipReach: 'Smallest {count:integer} ({accounts}) make {share} of revenue',
  tooltipBinTitle: 'Accounts {from:integer}–{to:integer} from the smallest ({count:integer})',
  tooltipMore: '{names} and {more:integer} more',
  position: 'From the smallest',
  account: 'Account',
  value: 'Revenue',
  accountShare: 'Cumulative share of accounts',
  valueShare: 'Cumulative share of revenue',
  decile: 'Share of accounts, smallest first',
  accounts: 'Accounts',
  /** Under the table when `maxTableRows` cut it. */
  tableOmitted: 'The table lists the first {shown:integer} of {count:integer} rows.',
  captionDeciles: {
    one: '{count:integer} account, by decile from the smallest.',
    other: '{count:integer} accounts, by decile from the smallest.',
  },
};
