/**
 * A message with the plural forms of `Intl.PluralRules` (`one`, `other`, and `zero`/`two`/`few`/`many` where a
 * language has them). The form is chosen by the number given as the parameter named in `count` (default
 * `'count'`); `other` is required and used when the language's form is missing.
 */
export interface PluralMessage {
  /** The parameter whose number picks the form. Default `'count'`. */
  count?: string;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * One message of a catalogue: a template (`'{vital} of {count} accounts'`) or its plural forms. Placeholders are
 * `{name}` or `{name:format}` with `format` one of `integer`, `value`, `tick`, `percent`, `percent1` (a share
 * with one decimal) and `number`; a number without a format is written as `number` (up to 2 decimals), a
 * string as it is. Write a literal brace as `{{` or `}}`.
 */
export type Message = string | PluralMessage;

/**
 * A catalogue's shape as a second language must provide it: a plain string where English has one, a string or
 * plural forms where English has plural forms (a language may need forms English does not), groups nested alike.
 * A group must not have a key named `other` (that makes it read as plural forms).
 */
export type MessageShape<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends string | PluralMessage
      ? Message
      : MessageShape<T[K]>;
};

/** Any subset of a catalogue, key by key (what the `messages` prop takes). */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends string
    ? string
    : T[K] extends string | PluralMessage
      ? Message
      : DeepPartial<T[K]>;
};

/** The values a message interpolates: numbers are formatted with the chart's formatters, strings are data. */
export type MessageParams = Readonly<Record<string, string | number>>;
