import type { Accessor, Id, IdField } from './accessor';
import { toAccessor } from './accessor';
import { KamkitError } from './errors';

/**
 * The default id: the record's `id` field when it is a string or a finite number, otherwise the record's
 * zero-based position in the input.
 */
export function defaultId(datum: unknown, index: number): Id {
  if (datum !== null && typeof datum === 'object') {
    const id = (datum as { id?: unknown }).id;
    if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return id;
  }
  return index;
}

/**
 * Total order on ids used to break ties: numbers before strings, numbers ascending, strings by UTF-16 code
 * units (not locale-dependent, so results are the same on every machine).
 *
 * @example
 * ['b', 2, 'a', 10].sort(compareIds); // [2, 10, 'a', 'b']
 */
export function compareIds(a: Id, b: Id): number {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a - b;
    return -1;
  }
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads and validates the ids of all records: each must be a string or a finite number and unique.
 * Throws `KamkitError` `INVALID_ID` or `DUPLICATE_ID` naming the record's index and id.
 */
export function readIds<T>(data: readonly T[], id: IdField<T> | undefined): Id[] {
  const read: Accessor<T, Id> = id === undefined ? defaultId : toAccessor<T, Id>(id);
  const ids = new Array<Id>(data.length);
  const seen = new Map<Id, number>();
  for (let i = 0; i < data.length; i++) {
    const value = read(data[i] as T, i, data);
    if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
      throw new KamkitError(
        'INVALID_ID',
        `Record ${i} has id ${String(value)}; an id must be a string or a finite number.`,
        { index: i, field: 'id' },
      );
    }
    const previous = seen.get(value);
    if (previous !== undefined) {
      throw new KamkitError(
        'DUPLICATE_ID',
        `Records ${previous} and ${i} share the id ${JSON.stringify(value)}; ids must be unique.`,
        { index: i, id: value, field: 'id' },
      );
    }
    seen.set(value, i);
    ids[i] = value;
  }
  return ids;
}
