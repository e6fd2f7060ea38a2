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
 * null-prototype objects, revoked proxies and throwing getters included). Strings are quoted and cut at 40
 * characters; objects are named by kind, never walked.
 *
 * @example
 * describe(10n); // '10n'
 * describe(Object.create(null)); // 'an object'
 */
export function describe(value: unknown): string {
  try {
    return typeof value === 'string'
      ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
      : typeof value === 'bigint'
        ? `${value}n`
        : typeof value === 'symbol'
          ? value.toString()
          : typeof value === 'function'
            ? 'a function'
            : value === null || typeof value !== 'object'
              ? String(value)
              : Array.isArray(value)
                ? `an array of ${value.length}`
                : 'an object';
  } catch {
    return 'a value that cannot be shown';
  }
}
