import { fieldOption, type Id, type IdField, ownOnly } from './accessor';
import { describe, KamkitError } from './errors';
import { radixOrder, sortRuns } from './order';

/**
 * Whether `value` can be an id: a string or a finite number.
 *
 * @example
 * isId('a'); // true
 * isId(Number.NaN); // false
 */
export function isId(value: unknown): value is Id {
  // `Number.isFinite` is false for anything but a finite number.
  return typeof value === 'string' || Number.isFinite(value);
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
 * {@link compareIds} for values from outside: throws `KamkitError` `INVALID_ID` (`index` 0 or 1: which argument)
 * when `a` or `b` is not an id (a string or a finite number). Exported from the package as `compareIds`.
 *
 * @example
 * ['b', 2, 'a', 10].sort(compareIds); // [2, 10, 'a', 'b']
 */
export function compareIdsChecked(a: Id, b: Id): number {
  for (const [index, id] of [a, b].entries())
    if (!isId(id))
      throw new KamkitError('INVALID_ID', `${describe(id)} is not an id (a string or a finite number).`, {
        index,
      });
  return compareIds(a, b);
}

/**
 * Reads and validates the ids of all records: each must be a string or a finite number, and unique.
 *
 * - With an `id` option (a field name or an accessor), every record must have a valid id.
 * - Without it, the id is the record's `id` field. When no record has one (`undefined`/`null`, or the record is
 *   not an object), the ids are the records' zero-based positions. Records with and without an `id` field
 *   cannot be mixed — a position could equal another record's real id — so that throws `INVALID_ID` naming
 *   the first record that breaks the pattern set by the first record.
 *
 * Throws `KamkitError` `INVALID_OPTION` for an `id` option that is not a field name or an accessor, and
 * `INVALID_ID` or `DUPLICATE_ID` naming the first offending record (in input order) and
 * its id. A field name is read without calling an accessor per record.
 */
export function readIds<T>(data: readonly T[], id: IdField<T> | null | undefined): Id[] {
  return readIdList(data, id).ids;
}

/**
 * {@link readIds} (the same rules and errors), also telling whether the ids ascend ({@link idsAscending}):
 * then they are unique without a duplicate check, and ordering positions by id is ordering them by position.
 */
export function readIdList<T>(
  data: readonly T[],
  id: IdField<T> | null | undefined,
): { ids: Id[]; ascending: boolean } {
  const field = id == null ? 'id' : fieldOption(id, 'id', 'id');
  const name = typeof field === 'string' ? field : '';
  const own = ownOnly(name);
  const ids: Id[] = new Array(data.length);
  // Whether the records carry ids (true), are identified by position (false), or neither is known yet.
  let carried: boolean | undefined;
  let ascending = true;
  let previous: Id = 0;
  for (let i = 0; i < data.length; i++) {
    const datum: unknown = data[i];
    // readField's rule, with the property load in this loop (see ownOnly).
    const value =
      typeof field === 'function'
        ? field(datum as T, i, data)
        : datum !== null && typeof datum === 'object' && (!own || Object.hasOwn(datum, name))
          ? (datum as Record<string, unknown>)[name]
          : undefined;
    const valid = isId(value);
    const positional = !valid && id == null && value == null;
    if ((!valid && !positional) || carried === positional) {
      assertUnique(ids.slice(0, i)); // a repeat before this record is met first in input order
      throw new KamkitError(
        'INVALID_ID',
        valid || positional
          ? `Record ${i} ${valid ? 'has an id' : 'has no id'}, unlike record ${i - 1}; give every record an id, or none.`
          : `Record ${i} has id ${describe(value)}; an id must be a string or a finite number.`,
        { index: i, field: 'id' },
      );
    }
    carried = !positional;
    const current = positional ? i : (value as Id);
    // The same test as idsAscending, in the same pass.
    if (i > 0 && ascending && compareIds(previous, current) >= 0) ascending = false;
    ids[i] = previous = current;
  }
  if (!ascending) assertUnique(ids);
  return { ids, ascending };
}

/**
 * Whether every id is greater than the one before it ({@link compareIds}): then they are unique, and ordering
 * positions by id is ordering them by position. True for positions (the default ids of records without an `id`
 * field) and for data sorted by id.
 * One pass over ascending ids; it stops at the first id that is not greater than the one before.
 */
export function idsAscending(ids: readonly Id[]): boolean {
  for (let i = 1; i < ids.length; i++) if (compareIds(ids[i - 1]!, ids[i]!) >= 0) return false;
  return true;
}

/**
 * Throws `KamkitError` `DUPLICATE_ID` for the first repeated id in input order, naming both records (ids are
 * compared as `Map` keys are: `1` and `'1'` differ, `-0` equals `0`). The ids are hashed, radix-sorted by hash
 * and compared only within runs of equal hashes: linear time, and without the memory of a `Set` of every id.
 */
export function assertUnique(ids: readonly Id[]): void {
  const n = ids.length;
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    // Numbers: the low 32-bit word xor the high word (`^` takes ToInt32 of both sides, exact modulo 2³²
    // for any finite double, so large ids such as 1.7e12 keep distinct hashes; −0 and 0 both give 0; fractions
    // hash like their integer part and are told apart by the exact comparison); strings: FNV-1a (a number has
    // no length). All 32 bits are sorted on, so no final mixing is needed.
    let h = typeof id === 'number' ? id ^ (id / 2 ** 32) : 0;
    for (let k = 0; k < (id as string).length; k++)
      h = Math.imul(h ^ (id as string).charCodeAt(k), 0x1000193);
    hashes[i] = h;
  }
  // Equal ids end up adjacent, in input order: the repeat with the smallest position is the first one.
  const order = radixOrder(hashes);
  sortRuns(order, hashes, ids);
  let first = 0;
  let repeat = n;
  for (let i = 1; i < n; i++) {
    const b = order[i]!;
    if (hashes[i - 1] === hashes[i] && compareIds(ids[order[i - 1]!]!, ids[b]!) === 0 && b < repeat) {
      first = order[i - 1]!;
      repeat = b;
    }
  }
  if (repeat < n) {
    throw new KamkitError(
      'DUPLICATE_ID',
      `Records ${first} and ${repeat} share the id ${describe(ids[repeat])}; ids must be unique.`,
      { index: repeat, id: ids[repeat]!, field: 'id' },
    );
  }
}
