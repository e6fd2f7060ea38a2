import type { Formatters } from '../format/createFormat';
import type { Message, MessageParams, PluralMessage } from './types';

/** Plural rules by locale, built once per page. */
const pluralRules = /* @__PURE__ */ new Map<string, Intl.PluralRules>();

function pluralOf(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** The template of a plural message for the number in `params[message.count ?? 'count']`. */
function pick(message: PluralMessage, params: MessageParams, locale: string): string {
  const count = params[message.count ?? 'count'];
  if (typeof count !== 'number') return message.other;
  return message[pluralOf(locale, count)] ?? message.other;
}

const PLACEHOLDER = /\{\{|\}\}|\{([A-Za-z0-9_]+)(?::([A-Za-z0-9]+))?\}/g;

/**
 * Writes a message: picks the plural form (`Intl.PluralRules` of the formatters' locale), then replaces each
 * `{name}` / `{name:format}` with the parameter, numbers formatted by the chart's formatters (`integer`,
 * `value`, `tick`, `percent`, `percent1`, `number`; a number without a format is `number`). A placeholder
 * without a parameter stays as written, so a missing value is visible instead of silently dropped. The result
 * is text: callers render it as a React text node, never as HTML.
 *
 * @example
 * translate('{vital:integer} of {count:integer} accounts', { vital: 12, count: 1500 }, format); // "12 of 1,500 accounts"
 */
export function translate(message: Message, params: MessageParams, format: Formatters): string {
  const template = typeof message === 'string' ? message : pick(message, params, format.locale);
  return template.replace(PLACEHOLDER, (whole, name?: string, kind?: string) => {
    if (whole === '{{') return '{';
    if (whole === '}}') return '}';
    const value = params[name as string];
    if (value === undefined) return whole;
    if (typeof value === 'string') return value;
    switch (kind) {
      case 'integer':
        return format.integer(value);
      case 'value':
        return format.value(value);
      case 'tick':
        return format.tick(value);
      case 'percent':
        return format.percent(value);
      case 'percent1':
        return format.percent(value, 1);
      default:
        return format.number(value);
    }
  });
}
