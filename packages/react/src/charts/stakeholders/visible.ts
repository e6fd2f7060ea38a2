import type { Id, StakeholderMapResult, StakeholderNode } from '@kamkit/core';
import { KamkitError } from '@kamkit/core';
import { MAX_CARDS, MAX_CARDS_LIMIT } from './options';

/** A manager's reports that are not drawn: one "+N" card. */
export interface HiddenGroup<T> {
  managerId: Id;
  /** The hidden direct reports (each stands for their whole subtree). */
  reports: StakeholderNode<T>[];
  /** Everyone in those subtrees. */
  count: number;
}

/** Stage 0 (collapse): who is drawn, and the "+N" groups. */
export interface Visible<T> {
  /** Drawn people, in core's depth-first order. */
  people: StakeholderNode<T>[];
  /** Each drawn manager's drawn reports (in core's order). */
  shown: Map<Id, StakeholderNode<T>[]>;
  /** Each drawn manager's hidden reports, when there are any. */
  hidden: Map<Id, HiddenGroup<T>>;
  /** People not drawn. */
  collapsed: number;
  /** The `maxCards` used. */
  maxCards: number;
}

/** `maxCards` checked: a whole number from 1 to {@link MAX_CARDS_LIMIT}; `undefined` is {@link MAX_CARDS}. */
export function readMaxCards(value: unknown): number {
  if (value === undefined) return MAX_CARDS;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_CARDS_LIMIT)
    return value;
  throw new KamkitError('INVALID_OPTION', `maxCards must be a whole number from 1 to ${MAX_CARDS_LIMIT}.`, {
    field: 'maxCards',
  });
}

/**
 * Stage 0: which people are drawn. Everyone when the map has at most `maxCards` people. Otherwise breadth first
 * from the tops of the trees (every top is drawn): a manager's reports are drawn when they all fit in what is
 * left of `maxCards`, else they stay behind one "+N" card. Managers in `expanded` and the managers above the
 * people in `keep` (the path to win) always show their reports — at most `maxCards` of them (people in `keep`
 * first in core's order), the rest behind a "+N" card. Cost: linear in the people.
 */
export function visiblePeople<T>(
  map: StakeholderMapResult<T, never> | StakeholderMapResult<T>,
  maxCards: number,
  expanded: ReadonlySet<Id>,
  keep: readonly Id[],
): Visible<T> {
  const rows = map.rows;
  const byId = map.byId;
  // Subtree sizes: core lists people depth first, so a report comes after their manager.
  const size = new Map<Id, number>();
  for (let i = rows.length - 1; i >= 0; i--) {
    const node = rows[i] as StakeholderNode<T>;
    const own = (size.get(node.id) ?? 0) + 1;
    size.set(node.id, own);
    if (node.parentId !== null) size.set(node.parentId, (size.get(node.parentId) ?? 0) + own);
  }
  // Managers that must open: everyone above a person to keep.
  const mustOpen = new Set<Id>();
  const kept = new Set<Id>();
  for (const id of keep) {
    kept.add(id);
    let parent = byId.get(id)?.parentId ?? null;
    while (parent !== null && !mustOpen.has(parent)) {
      mustOpen.add(parent);
      kept.add(parent);
      parent = byId.get(parent)?.parentId ?? null;
    }
  }
  const shown = new Map<Id, StakeholderNode<T>[]>();
  const hidden = new Map<Id, HiddenGroup<T>>();
  const drawn = new Set<Id>();
  const all = rows.length <= maxCards;
  let budget = maxCards - map.roots.length;
  const queue: StakeholderNode<T>[] = map.roots.map((id) => byId.get(id) as StakeholderNode<T>);
  for (const root of queue) drawn.add(root.id);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as StakeholderNode<T>;
    if (node.children.length === 0) continue;
    const reports = node.children.map((c) => byId.get(c) as StakeholderNode<T>);
    let show: StakeholderNode<T>[];
    if (all || reports.length <= budget) show = reports;
    else if (expanded.has(node.id) || mustOpen.has(node.id)) {
      const first = reports.filter((r) => kept.has(r.id));
      const others = reports.filter((r) => !kept.has(r.id));
      show = [...first, ...others.slice(0, Math.max(0, maxCards - first.length))];
    } else show = [];
    budget -= show.length;
    const showSet = new Set(show.map((r) => r.id));
    const ordered = reports.filter((r) => showSet.has(r.id));
    shown.set(node.id, ordered);
    for (const report of ordered) {
      drawn.add(report.id);
      queue.push(report);
    }
    if (ordered.length < reports.length) {
      const rest = reports.filter((r) => !showSet.has(r.id));
      hidden.set(node.id, {
        managerId: node.id,
        reports: rest,
        count: rest.reduce((sum, r) => sum + (size.get(r.id) ?? 1), 0),
      });
    }
  }
  const people = rows.filter((node) => drawn.has(node.id));
  return { people, shown, hidden, collapsed: rows.length - people.length, maxCards };
}
