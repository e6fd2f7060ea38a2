import type { Id, StakeholderNode } from '@kamkit/core';
import type { HierarchyPointNode } from 'd3-hierarchy';
import { hierarchy, tree } from 'd3-hierarchy';
import { truncateText } from '../../primitives/text';
import type { StakeholderTree } from './types';
import type { Visible } from './visible';

/** Where a card (or a "+N" card) sits in tree space: `b` along the breadth, `d` along the depth. */
export interface Place {
  b: number;
  d: number;
  stacked: boolean;
  tree: number;
}

/** The geometry every later stage shares. */
export interface TreeGeometry {
  topDown: boolean;
  /** Card extent along the breadth and along the depth. */
  cb: number;
  cd: number;
  depthGap: number;
}

/** Stage 1's result: places by person id and by manager id for the "+N" cards, trees in display order. */
export interface TreePlacement<T> {
  place: Map<Id, Place>;
  morePlace: Map<Id, Place>;
  /** Managers whose reports are stacked in a column (the "+N" card last when there is one). */
  stackOf: Map<Id, StakeholderNode<T>[]>;
  trees: StakeholderTree[];
  /** Roots in display order (largest organisation first). */
  roots: Id[];
}

interface Slot<T> {
  node?: StakeholderNode<T>;
  /** A "+N" card of this manager. */
  more?: Id;
  /** A column of stacked reports (and the manager's "+N" card after them when `stackMore`). */
  stack?: StakeholderNode<T>[];
  stackMore?: Id;
  half: number;
  children: Slot<T>[];
}

/** Indent of a stacked column, its gap, the label font (12 px bold). */
export const STACK_INDENT = 28;
const STACK_GAP = 12;
const LABEL_FONT = { size: 12, bold: true } as const;

/**
 * Stage 1, tree placement: each organisation's tree with d3-hierarchy's `tree()` (fixed card size, trees side by
 * side without overlap, largest organisation first). A manager with at least `stackMin` drawn reports, none of
 * whom shows reports (top-down only), gets them stacked in a column under them, reserved by a chain of spacer
 * slots one level each. A "+N" card is one more report (at the end of a column, or a slot of its own).
 */
export function placeTrees<T>(
  visible: Visible<T>,
  roots: readonly Id[],
  byId: ReadonlyMap<Id, StakeholderNode<T>>,
  geometry: TreeGeometry,
  stackMin: number,
  orgOf: (node: StakeholderNode<T>) => string,
): TreePlacement<T> {
  const { topDown, cb, cd, depthGap } = geometry;
  const breadthGap = topDown ? 24 : 16;
  const levelStep = cd + depthGap;
  const treeGap = topDown ? 64 : 52;
  const place = new Map<Id, Place>();
  const morePlace = new Map<Id, Place>();
  const stackOf = new Map<Id, StakeholderNode<T>[]>();
  const trees: StakeholderTree[] = [];
  const treeSize = new Map<Id, number>();
  for (const node of visible.people) treeSize.set(node.rootId, (treeSize.get(node.rootId) ?? 0) + 1);
  const ordered = [...roots].sort((a, b) => (treeSize.get(b) ?? 0) - (treeSize.get(a) ?? 0));
  const opens = (id: Id) => (visible.shown.get(id)?.length ?? 0) > 0 || visible.hidden.has(id);
  let offset = 0;
  ordered.forEach((rootId, treeIndex) => {
    const rootNode = byId.get(rootId) as StakeholderNode<T>;
    const slotOf = (node: StakeholderNode<T>): Slot<T> => ({ node, half: cb / 2, children: [] });
    const rootSlot = slotOf(rootNode);
    const queue: Slot<T>[] = [rootSlot];
    for (let head = 0; head < queue.length; head++) {
      const slot = queue[head] as Slot<T>;
      const node = slot.node as StakeholderNode<T>;
      const reports = visible.shown.get(node.id) ?? [];
      const more = visible.hidden.has(node.id);
      const count = reports.length + (more ? 1 : 0);
      if (topDown && count >= stackMin && reports.every((r) => !opens(r.id))) {
        const extent = count * cd + (count - 1) * STACK_GAP;
        const levels = Math.max(1, Math.ceil((extent + depthGap) / levelStep));
        let parent = slot;
        for (let k = 0; k < levels; k++) {
          const spacer: Slot<T> = { half: cb / 2 + STACK_INDENT, children: [] };
          if (k === 0) {
            spacer.stack = reports;
            if (more) spacer.stackMore = node.id;
          }
          parent.children.push(spacer);
          parent = spacer;
        }
        stackOf.set(node.id, reports);
        continue;
      }
      for (const report of reports) {
        const child = slotOf(report);
        slot.children.push(child);
        queue.push(child);
      }
      if (more) slot.children.push({ more: node.id, half: cb / 2, children: [] });
    }
    const laid = tree<Slot<T>>()
      .nodeSize([1, levelStep])
      .separation(
        (a, b) => a.data.half + b.data.half + (a.parent === b.parent ? breadthGap : breadthGap * 1.5),
      )(hierarchy(rootSlot, (s) => s.children));
    let minB = Number.POSITIVE_INFINITY;
    let maxB = Number.NEGATIVE_INFINITY;
    let maxD = 0;
    laid.each((n: HierarchyPointNode<Slot<T>>) => {
      minB = Math.min(minB, n.x - n.data.half);
      maxB = Math.max(maxB, n.x + n.data.half);
      maxD = Math.max(maxD, n.y + cd);
    });
    const shift = offset - minB;
    laid.each((n: HierarchyPointNode<Slot<T>>) => {
      const b = n.x + shift;
      if (n.data.node) place.set(n.data.node.id, { b, d: n.y, stacked: false, tree: treeIndex });
      if (n.data.more !== undefined)
        morePlace.set(n.data.more, { b, d: n.y, stacked: false, tree: treeIndex });
      const column = n.data.stack;
      if (!column) return;
      const at = (j: number) => ({
        b: b + STACK_INDENT,
        d: n.y + j * (cd + STACK_GAP),
        stacked: true,
        tree: treeIndex,
      });
      column.forEach((report, j) => {
        place.set(report.id, at(j));
      });
      if (n.data.stackMore !== undefined) morePlace.set(n.data.stackMore, at(column.length));
      const rows = column.length + (n.data.stackMore !== undefined ? 1 : 0);
      maxD = Math.max(maxD, n.y + (rows - 1) * (cd + STACK_GAP) + cd);
    });
    const organisation = orgOf(rootNode);
    const extentB = maxB - minB;
    const labelMax = topDown ? extentB + treeGap - 16 : Math.max(extentB, maxD);
    trees.push({
      rootId,
      organisation,
      label: organisation ? truncateText(organisation, labelMax, LABEL_FONT) : '',
      labelX: topDown ? offset : 0,
      labelY: topDown ? -24 : offset - 10,
      box: topDown
        ? { x: offset, y: 0, width: extentB, height: maxD }
        : { x: 0, y: offset, width: maxD, height: extentB },
      size: treeSize.get(rootId) ?? 0,
    });
    offset += extentB + treeGap;
  });
  return { place, morePlace, stackOf, trees, roots: ordered };
}

/** The label font of a tree, for the viewport's bounds. */
export const TREE_LABEL_FONT = LABEL_FONT;
