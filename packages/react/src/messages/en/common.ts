/** Words every chart shares (English). */
export const common = {
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  /** The explorer's accessible name; `{title}` is the chart's title. */
  explorer:
    '{title}. Use the arrow keys to move between data points, Enter or Space to select, Escape to clear the selection.',
  explorerGrid:
    '{title}. Use the arrow keys to move across rows and columns, Enter or Space to select, Escape to clear the selection.',
  explorerRole: 'chart explorer',
  /** Announced after a selection; `{name}` is the item's title. */
  selected: '{name} selected.',
  selectionCleared: 'Selection cleared.',
  /** A series button in a legend (`aria-pressed` says whether it is shown). */
  legendLabel: 'Legend: press a series to show or hide it',
  empty: 'No data to show.',
  /** Reasons records were left out, with their count. */
  /** Records left out, by reason: `{reasons}` joins the `excluded` sentences. */
  leftOut: 'Left out: {reasons}.',
  excluded: {
    missing: { one: '{count:integer} value is missing', other: '{count:integer} values are missing' },
    text: {
      one: '{count:integer} value is text, not a number',
      other: '{count:integer} values are text, not numbers',
    },
    'non-finite': {
      one: '{count:integer} value is not a finite number',
      other: '{count:integer} values are not finite numbers',
    },
    zero: { one: '{count:integer} value is zero', other: '{count:integer} values are zero' },
    negative: { one: '{count:integer} value is negative', other: '{count:integer} values are negative' },
    unknown: { one: '{count:integer} record was left out', other: '{count:integer} records were left out' },
  },
  /** The error state: `{message}` is the reason, `{code}` the KamkitError code. */
  errorTitle: 'This chart cannot be drawn',
  errorCode: 'Error code: {code}',
  errors: {
    NOT_ITERABLE: 'The data is not a list of records.',
    INVALID_SIZE: '{field} is not a usable number of pixels: {value}.',
    INVALID_OPTION: 'The option {field} is not valid.',
    DUPLICATE_ID: 'Two records have the same id ({id}).',
    INVALID_ID: 'A record has an id that is not a string or a number.',
    generic: 'The data cannot be drawn ({code}).',
  },
  yes: 'yes',
  no: 'no',
};
