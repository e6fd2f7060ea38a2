import { describe, KamkitError } from './errors';

/** Throws `KamkitError` `INVALID_OPTION` naming `field`: `message` followed by the value it got. */
export function invalidOption(field: string, message: string, value: unknown): never {
  throw new KamkitError('INVALID_OPTION', `${field} ${message}; got ${describe(value)}.`, { field });
}

/**
 * The options object of a function: `null` and `undefined` mean "all defaults" (an empty object); anything
 * else that is not an object (a number, a string, a function) throws `KamkitError` `INVALID_OPTION` naming
 * `field` (default `'options'`; e.g. `'abc'` for nested options). The object is read, never modified.
 *
 * @example
 * const o = readOptions(options); // {} for null/undefined
 */
export function readOptions<O extends object>(options: O | null | undefined, field = 'options'): Partial<O> {
  if (options == null) return {};
  if (typeof options !== 'object') invalidOption(field, 'must be an object', options);
  return options;
}

/**
 * Returns `value`, or `fallback` when it is `undefined` or `null`; throws `KamkitError` `INVALID_OPTION` naming
 * `field` when it is not one of `allowed`.
 *
 * @example
 * const basis = oneOf(options.basis, ['value', 'count'], 'value', 'basis');
 */
export function oneOf<V extends string>(
  value: V | null | undefined,
  allowed: readonly V[],
  fallback: V,
  field: string,
): V {
  if (value == null) return fallback;
  if (!allowed.includes(value))
    invalidOption(field, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  return value;
}

/**
 * An integer option in `[min, max]`, or `fallback` when it is `undefined` or `null`; throws `KamkitError`
 * `INVALID_OPTION` naming `field` otherwise. `max` is the option's documented bound.
 *
 * @example
 * const maxPlans = integerOption(options.maxPlans, 20, 'maxPlans', 1, 1000);
 */
export function integerOption(
  value: unknown,
  fallback: number,
  field: string,
  min: number,
  max: number,
): number {
  if (value == null) return fallback;
  if (!(Number.isInteger(value) && (value as number) >= min && (value as number) <= max))
    invalidOption(field, `must be an integer from ${min} to ${max}`, value);
  return value as number;
}

/**
 * An array option: every position holds a value (no holes) and there are at most `max` entries. Returns the
 * array (not copied), or `fallback` when `value` is `undefined` or `null`; throws `KamkitError`
 * `INVALID_OPTION` naming `field` (or `field[i]` for a hole) otherwise. Entries are checked by the caller.
 *
 * @example
 * const plans = listOption(options.plans, [], 'plans', 1000);
 */
export function listOption<V>(
  value: readonly V[] | null | undefined,
  fallback: readonly V[],
  field: string,
  max: number,
): readonly V[] {
  if (value == null) return fallback;
  if (!Array.isArray(value)) invalidOption(field, 'must be an array', value);
  if (value.length > max) invalidOption(field, `may hold at most ${max} entries`, value.length);
  for (let i = 0; i < value.length; i++)
    if (!(i in value)) invalidOption(`${field}[${i}]`, 'is a hole', undefined);
  return value;
}

/**
 * Checks a pair of ascending limits `[first, second]` with `min < first ≤ second ≤ max` (`min` itself allowed
 * when `minInclusive`) and returns a frozen copy, or `fallback` when `value` is `undefined` or `null`; throws
 * `KamkitError` `INVALID_OPTION` naming `field` otherwise.
 *
 * @example
 * const [a, b] = limitPair(options.thresholds, [0.8, 0.95], 'thresholds', { min: 0, max: 1 });
 */
export function limitPair(
  value: readonly number[] | null | undefined,
  fallback: readonly [number, number],
  field: string,
  range: { min: number; max: number; minInclusive?: boolean },
): readonly [number, number] {
  if (value == null) return fallback;
  const a = Array.isArray(value) && value.length === 2 ? value[0] : undefined;
  const b = Array.isArray(value) && value.length === 2 ? value[1] : undefined;
  const ok =
    Number.isFinite(a) &&
    Number.isFinite(b) &&
    (range.minInclusive ? (a as number) >= range.min : (a as number) > range.min) &&
    (a as number) <= (b as number) &&
    (b as number) <= range.max;
  if (!ok) {
    const low = range.minInclusive ? `${range.min} ≤` : `${range.min} <`;
    invalidOption(
      field,
      `must be two numbers [first, second] with ${low} first ≤ second ≤ ${range.max}`,
      value,
    );
  }
  return Object.freeze([a as number, b as number] as const);
}
