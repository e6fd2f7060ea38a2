import type { Id } from './accessor';
import { describe, KamkitError } from './errors';
import { compareIds } from './id';

/** @internal The validated reporting tree (or forest) of `stakeholderMap`, by input position. */
export interface ReportingTree {
  /** The positions of the people at the top, by id ascending. */
  roots: number[];
  /** `children[i]`: the positions of person `i`'s direct reports, by id ascending. */
  children: number[][];
}

/**
 * @internal Checks that following managers upwards ends at the top — `NO_ROOT` when people are given but nobody
 * is at the top (checked first, as d3-hierarchy's `stratify` does), `CYCLE` naming the smallest id of a cycle,
 * found walking up from every person in id order so the error does not depend on input order — and sorts the
 * roots and each person's direct reports by id.
 */
export function reportingTree(
  ids: readonly Id[],
  parents: readonly (Id | null)[],
  indexById: ReadonlyMap<Id, number>,
): ReportingTree {
  const n = ids.length;
  const roots: number[] = [];
  for (let i = 0; i < n; i++) if (parents[i] === null) roots.push(i);
  if (n > 0 && roots.length === 0) {
    throw new KamkitError(
      'NO_ROOT',
      'Nobody is at the top of the hierarchy: every person has a parentId, so the reporting lines form a cycle.',
      { field: 'parentId' },
    );
  }
  const byId = (a: number, b: number) => compareIds(ids[a] as Id, ids[b] as Id);
  // Walk up from every person in id order, so the error does not depend on input order.
  const state = new Uint8Array(n); // 0 unvisited, 1 on the current walk, 2 known to reach the top
  const byIdOrder = Array.from({ length: n }, (_, i) => i).sort(byId);
  for (const startIndex of byIdOrder) {
    const walk: number[] = [];
    let i: number | undefined = startIndex;
    while (i !== undefined && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      const parent: Id | null = parents[i] as Id | null;
      i = parent === null ? undefined : indexById.get(parent);
    }
    if (i !== undefined && state[i] === 1) {
      const cycle = walk.slice(walk.indexOf(i));
      const smallest = cycle.reduce((a, b) => (byId(a, b) <= 0 ? a : b));
      const names = cycle.map((k) => describe(ids[k])).join(' → ');
      throw new KamkitError('CYCLE', `The reporting lines form a cycle: ${names} → ${describe(ids[i])}.`, {
        id: ids[smallest] as Id,
        index: smallest,
        field: 'parentId',
      });
    }
    for (const k of walk) state[k] = 2;
  }

  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const parent = parents[i];
    if (parent !== null && parent !== undefined) children[indexById.get(parent) as number]?.push(i);
  }
  for (const list of children) list.sort(byId);
  roots.sort(byId);

  return { roots, children };
}
