/**
 * Stable machine-readable codes of {@link KamkitError}. They are part of the public API: match on `code`,
 * never on the message.
 */
export type KamkitErrorCode =
  | 'DUPLICATE_ID'
  | 'INVALID_ID'
  | 'INVALID_OPTION'
  | 'INVALID_WEIGHTS'
  | 'MISSING_PARENT'
  | 'MISSING_PERSON'
  | 'CYCLE'
  | 'NO_ROOT'
  | 'NOT_ITERABLE'
  | 'OVERFLOW';

/** Where a structural problem was found: the record's position in the input, its id, the field or option. */
export interface KamkitErrorDetails {
  /** The record's id, when it has one. */
  id?: string | number;
  /** The record's zero-based position in the input iterable. */
  index?: number;
  /** The field or option that is wrong (e.g. `'id'`, `'cutoff'`, `'criteria[2].weight'`). */
  field?: string;
}

/**
 * The one error type kamkit throws, for structural problems only (duplicate ids, invalid options, broken
 * hierarchies) and for sums beyond the range of numbers (`OVERFLOW`: a total above ±`Number.MAX_VALUE`, about
 * 1.8·10³⁰⁸). Messy values (zero, negative, missing, text, non-numeric) are never thrown: they are returned in
 * the result's `excluded` list or handled by a documented rule. Errors thrown by the caller's own code —
 * accessors, getters, iterators — pass through unchanged.
 *
 * @example
 * try {
 *   pareto(rows, { value: 'revenue' });
 * } catch (error) {
 *   if (error instanceof KamkitError && error.code === 'DUPLICATE_ID') {
 *     console.warn(`Row ${error.index} repeats id ${error.id}`);
 *   }
 * }
 */
export class KamkitError extends Error {
  /** Stable code; see {@link KamkitErrorCode}. */
  declare readonly code: KamkitErrorCode;
  /** The offending record's id, if any. */
  declare readonly id?: string | number;
  /** The offending record's zero-based input position, if any. */
  declare readonly index?: number;
  /** The offending field or option name, if any. */
  declare readonly field?: string;

  constructor(code: KamkitErrorCode, message: string, details: KamkitErrorDetails = {}) {
    super(message);
    Object.assign(this, { name: 'KamkitError', code }, details);
  }
}

/**
 * A short description of any value for an error message; never throws (BigInt, Symbol, circular and
 * null-prototype objects, revoked proxies and throwing getters included). Arrays show their first items, other
 * objects their kind.
 *
 * @example
 * describe(10n); // '10n'
 * describe(Object.create(null)); // 'an object'
 */
export function describe(value: unknown, depth = 0): string {
  try {
    if (typeof value === 'string')
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'function') return 'a function';
    if (value === null || typeof value !== 'object') return Object.is(value, -0) ? '-0' : String(value);
    if (Array.isArray(value)) {
      if (depth > 0) return 'an array';
      const items: string[] = [];
      for (let i = 0; i < Math.min(value.length, 4); i++)
        items.push(i in value ? describe(value[i], 1) : 'hole');
      return `[${items.join(', ')}${value.length > 4 ? ', …' : ''}]`;
    }
    if (value instanceof Date) return 'a Date';
    const keys = Object.keys(value);
    return keys.length === 0
      ? 'an object'
      : `an object with ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''}`;
  } catch {
    return 'a value that cannot be shown';
  }
}
