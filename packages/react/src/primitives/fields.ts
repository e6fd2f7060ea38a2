import type { Accessor, NumberField } from '@kamkit/core';
import { accessor } from '@kamkit/core';

/**
 * Builds a reader of a numeric field: a field name reads `d[name]`, an accessor is called as `(d, i, data)`.
 * Returns `null` for anything that is not a finite number (strings are never parsed), so callers can tell
 * "unknown" from 0. Without a field, every record reads `null`. A field that is neither a name nor a function
 * throws core's `INVALID_OPTION` naming `option` (default `'field'`).
 *
 * @example
 * const revenue = numberReader<Account>('revenue');
 * revenue(account, 0, accounts); // 1234567, or null when missing
 */
export function numberReader<T>(
  field: NumberField<T> | undefined,
  option = 'field',
): Accessor<T, number | null> {
  if (field === undefined) return () => null;
  const read = accessor<T, unknown>(field as NumberField<T>, option);
  return (d, i, data) => {
    const value = read(d, i, data);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
}
