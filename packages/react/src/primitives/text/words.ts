import { truncate } from '../ticks';

/** "revenue" → "Revenue". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A count with its unit in the right number: `units(1)` → "1 account", `units(12)` → "12 accounts".
 * `singular` defaults to `plural` without a final "s".
 */
export function counter(
  formatInteger: (n: number) => string,
  plural: string,
  singular = plural.replace(/s$/, ''),
): (count: number) => string {
  return (count) => `${formatInteger(count)} ${count === 1 ? singular : plural}`;
}

/** "A, B, C and 4 more": the first `max` names (each shortened to 28 characters) and how many others. */
export function namesList(names: readonly string[], max: number): string {
  const shown = names.slice(0, max).map((name) => truncate(name, 28));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
