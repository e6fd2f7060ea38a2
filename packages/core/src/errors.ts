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
  | 'NOT_ITERABLE';

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
 * hierarchies). Messy values (zero, negative, missing, non-numeric) are never thrown: they are returned in the
 * result's `excluded` list or handled by a documented rule.
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
