import { KamkitError } from './errors';

/**
 * Returns `value`, or `fallback` when it is `undefined`; throws `KamkitError` `INVALID_OPTION` naming `field`
 * when it is not one of `allowed`.
 *
 * @example
 * const basis = oneOf(options.basis, ['value', 'count'], 'value', 'basis');
 */
export function oneOf<V extends string>(
  value: V | undefined,
  allowed: readonly V[],
  fallback: V,
  field: string,
): V {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) {
    throw new KamkitError(
      'INVALID_OPTION',
      `${field} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}; got ${JSON.stringify(value)}.`,
      { field },
    );
  }
  return value;
}

/**
 * Checks a pair of ascending limits `[first, second]` with `min < first ≤ second ≤ max` (`min` itself allowed
 * when `minInclusive`) and returns a frozen copy; throws `KamkitError` `INVALID_OPTION` naming `field` otherwise.
 *
 * @example
 * const [a, b] = limitPair(options.thresholds, [0.8, 0.95], 'thresholds', { min: 0, max: 1 });
 */
export function limitPair(
  value: readonly number[] | undefined,
  fallback: readonly [number, number],
  field: string,
  range: { min: number; max: number; minInclusive?: boolean },
): readonly [number, number] {
  if (value === undefined) return fallback;
  const ok =
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    (range.minInclusive ? (value[0] as number) >= range.min : (value[0] as number) > range.min) &&
    (value[0] as number) <= (value[1] as number) &&
    (value[1] as number) <= range.max;
  if (!ok) {
    const low = range.minInclusive ? `${range.min} ≤` : `${range.min} <`;
    throw new KamkitError(
      'INVALID_OPTION',
      `${field} must be two numbers [first, second] with ${low} first ≤ second ≤ ${range.max}; got ${formatValue(value)}.`,
      { field },
    );
  }
  return Object.freeze([value[0] as number, value[1] as number] as const);
}

function formatValue(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ')}]`;
  return String(value);
}
