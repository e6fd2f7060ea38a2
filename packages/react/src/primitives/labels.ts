import type { FieldOrAccessor, Id } from '@kamkit/core';
import { accessor } from '@kamkit/core';

/** An account's display name: a field name or `(d, i, data) => string`. */
export type LabelField<T> = FieldOrAccessor<T, string | null | undefined>;

/**
 * Builds a function that names a row: the `label` field or accessor when it gives a non-empty string,
 * otherwise the row's id. Labels are data: they are rendered as text, never as HTML.
 */
export function labeller<T>(
  label: LabelField<T> | undefined,
): (row: { datum: T; index: number; id: Id }, data: readonly T[]) => string {
  if (label === undefined) return (row) => String(row.id);
  const read = accessor<T, unknown>(label as FieldOrAccessor<T, unknown>, 'label');
  return (row, data) => {
    const value = read(row.datum, row.index, data);
    return value === null || value === undefined || value === '' ? String(row.id) : String(value);
  };
}
