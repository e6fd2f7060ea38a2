import type { Accessor, Id } from './accessor';
import { describe, KamkitError } from './errors';
import { compareIds, isId } from './id';

/** @internal Each person's manager and dotted reporting lines, by input position. */
export interface ReportingLines {
  /** `parents[i]`: the manager's id, or `null` at the top. */
  parents: (Id | null)[];
  /** `secondaries[i]`: the dotted reporting lines, by id ascending, without the manager. */
  secondaries: Id[][];
}

/** `null`, `undefined` and `''` name nobody: a person at the top, or no dotted line. */
function isEmptyRef(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * @internal Reads and checks the reporting lines of `stakeholderMap` person by person (manager first, then the
 * dotted lines), so the first error thrown is that of the first person in the input with a broken line: a
 * manager or dotted line that is not an id (`INVALID_ID`) or not in the list (`MISSING_PARENT`), a dotted line
 * to oneself (`CYCLE`).
 */
export function readReportingLines<T>(
  array: readonly T[],
  ids: readonly Id[],
  indexById: ReadonlyMap<Id, number>,
  readParent: Accessor<T, unknown>,
  readSecondary: Accessor<T, unknown>,
): ReportingLines {
  const n = array.length;
  const parents = new Array<Id | null>(n);
  const secondaries: Id[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const datum = array[i] as T;
    const id = ids[i] as Id;
    const parent = readParent(datum, i, array);
    if (isEmptyRef(parent)) parents[i] = null;
    else if (!isId(parent)) {
      throw new KamkitError(
        'INVALID_ID',
        `Person ${describe(id)} (record ${i}) has parentId ${describe(parent)}; it must be a string, a finite number or empty.`,
        { id, index: i, field: 'parentId' },
      );
    } else if (!indexById.has(parent)) {
      throw new KamkitError(
        'MISSING_PARENT',
        `Person ${describe(id)} (record ${i}) reports to ${describe(parent)}, who is not in the list.`,
        { id, index: i, field: 'parentId' },
      );
    } else parents[i] = parent;

    const rawSecondary = readSecondary(datum, i, array);
    const list = isEmptyRef(rawSecondary) ? [] : Array.isArray(rawSecondary) ? rawSecondary : [rawSecondary];
    const seen = new Set<Id>();
    for (const ref of list as unknown[]) {
      if (isEmptyRef(ref)) continue;
      if (!isId(ref)) {
        throw new KamkitError(
          'INVALID_ID',
          `Person ${describe(id)} (record ${i}) has a secondaryParentId ${describe(ref)}; it must be a string or a finite number.`,
          { id, index: i, field: 'secondaryParentId' },
        );
      }
      if (!indexById.has(ref)) {
        throw new KamkitError(
          'MISSING_PARENT',
          `Person ${describe(id)} (record ${i}) has a dotted reporting line to ${describe(ref)}, who is not in the list.`,
          { id, index: i, field: 'secondaryParentId' },
        );
      }
      if (ref === id) {
        throw new KamkitError(
          'CYCLE',
          `Person ${describe(id)} (record ${i}) has a dotted reporting line to themselves.`,
          { id, index: i, field: 'secondaryParentId' },
        );
      }
      if (ref !== parents[i]) seen.add(ref);
    }
    secondaries[i] = [...seen].sort(compareIds);
  }
  return { parents, secondaries };
}
