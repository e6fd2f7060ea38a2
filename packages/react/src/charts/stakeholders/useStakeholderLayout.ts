import type {
  Coverage,
  FieldOrAccessor,
  Id,
  IdField,
  InfluenceInput,
  InfluencePath,
  InfluencePathsOptions,
  InfluencePathsResult,
  InfluenceStep,
  InfluenceStepKind,
  StakeholderInfluence,
  StakeholderMapOptions,
  StakeholderMapResult,
  StakeholderNode,
} from '@kamkit/core';
import { compareIds, influencePaths, KamkitError, stakeholderMap } from '@kamkit/core';
import type { HierarchyPointNode } from 'd3-hierarchy';
import { hierarchy, tree } from 'd3-hierarchy';
import { linkHorizontal, linkVertical } from 'd3-shape';
import { useMemo } from 'react';
import type { Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { fitToWidth, textWidth, wrapToWidth } from '../../primitives/measureText';
import { capitalise, namesList, round } from '../../primitives/text';
import type { ExplorerPoint, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';

/** Direction of the org chart: managers above their reports (default) or to their left. */
export type StakeholderOrientation = 'top-down' | 'left-right';

/** Kind of an influence line, for its colour: it works for us, against us, neither, or is not known. */
export type InfluenceKind = 'positive' | 'negative' | 'neutral' | 'unknown';

/** Options of {@link useStakeholderLayout}: the options of core's `stakeholderMap` plus labels and geometry. */
export interface StakeholderLayoutOptions<T, L extends InfluenceInput = InfluenceInput> {
  /** The people on the map, one record each (the caller's records are never changed). */
  people: Iterable<T>;
  /** The person's id. Default: the field `id`, else the record's index. Ids must be unique. */
  id?: IdField<T>;
  /** The id of the person's manager; empty (`null`, `undefined`, `''`) at the top of a tree. Default: the field `parentId`. */
  parentId?: FieldOrAccessor<T, unknown>;
  /** Second (dotted) reporting line(s): an id or an array of ids. Default: the field `secondaryParentId`. */
  secondaryParentId?: FieldOrAccessor<T, unknown>;
  /** `'high' | 'medium' | 'low'` (any case). Default: the field `decisionPower`. */
  decisionPower?: FieldOrAccessor<T, unknown>;
  /** `'positive' | 'neutral' | 'negative'` (any case). Default: the field `attitude`. */
  attitude?: FieldOrAccessor<T, unknown>;
  /** Relationship strength, a number from 0 to `relationshipMax`. Default: the field `relationship`. */
  relationship?: FieldOrAccessor<T, unknown>;
  /** `true` for a key contact (marked "0", as on the slide). Default: the field `keyContact`. */
  keyContact?: FieldOrAccessor<T, unknown>;
  /** Who is a key stakeholder to win. Default (core): high decision power and a neutral attitude. */
  isKeyStakeholder?: StakeholderMapOptions<T, L>['isKeyStakeholder'];
  /** The person's name, on the card, in tooltips and the table. Default: the field `name`, else the id. */
  name?: LabelField<T>;
  /** The person's job title. Default: the field `title`. (The chart's own `title` prop is its accessible title.) */
  jobTitle?: FieldOrAccessor<T, string | null | undefined>;
  /**
   * The person's organisation. Default: the field `organisation`. Each tree is labelled with its top person's
   * organisation; a card names the organisation only where it differs from that.
   */
  organisation?: FieldOrAccessor<T, string | null | undefined>;
  /** Influence lines `{ from, to }` outside the hierarchy, drawn dotted with an arrowhead, possibly across trees. */
  influences?: Iterable<L>;
  /** Colour of an influence line: `'positive' | 'negative' | 'neutral'`, anything else is unknown. Default: the field `kind`. */
  influenceKind?: FieldOrAccessor<L, unknown>;
  /**
   * The person to win, whose influence path is highlighted. Default: the first key stakeholder (in tree order);
   * `null` highlights no path.
   */
  target?: Id | null;
  /**
   * Start of the highlighted path. Default: among the shortest paths (core's `influencePaths`) the one starting
   * at the person we have the strongest relationship with, then a key contact, then core's order.
   */
  pathFrom?: Id;
  /** Options of core's `influencePaths` (who can start, who can pass influence on, reporting directions). */
  paths?: InfluencePathsOptions<T>;
  /** `'top-down'` (default) or `'left-right'`. */
  orientation?: StakeholderOrientation;
  /** Card width in pixels. Default 200. */
  nodeWidth?: number;
  /** Card height in pixels. Default 96. */
  nodeHeight?: number;
  /**
   * Top-down only: a manager with at least this many reports, none of whom has reports, gets them stacked in a
   * column under them (as org charts do), which keeps large organisations narrow. Default 5; `false` never stacks.
   */
  stackLeaves?: number | false;
  /** The top of the relationship scale (drawn as that many dots). Default 5. */
  relationshipMax?: number;
  /**
   * Width of the coordinate system. Default: the map's own width. The map is scaled down (never up) to fit
   * `width` × `height` and centred; with only one of them given, the other follows the map's aspect ratio.
   */
  width?: number;
  /** Height of the coordinate system. Default: the map's own height. See `width`. */
  height?: number;
  /** Locale of counts in texts ("1,234 people"). Default `'en-US'`. */
  locale?: string;
}

/** One person's card, in the map's coordinates (before the fit transform). */
export interface StakeholderCard<T> {
  id: Id;
  /** The validated person (decision power, attitude, relationship… as read by core). */
  node: StakeholderNode<T>;
  /** The caller's record. */
  datum: T;
  x: number;
  y: number;
  width: number;
  height: number;
  name: string;
  jobTitle: string;
  organisation: string;
  /** The manager's name, or `null` at the top of a tree. */
  manager: string | null;
  /** Names of the dotted-line managers. */
  dottedManagers: string[];
  /** The name as shown on the card (wrapped and shortened; the full name is in the tooltip and table). */
  nameLines: string[];
  titleLines: string[];
  /** The organisation line, or `null` when the card's organisation is its tree's. */
  organisationLine: string | null;
  /** Whether the card has room for the attitude in words next to its icon. */
  attitudeWord: boolean;
  /** Relationship strength clamped to 0…relationshipMax, or `null` when unknown. */
  relationshipLevel: number | null;
  /** Position on the highlighted path (0 = its start), or `null`. */
  pathIndex: number | null;
  /** The path's target. */
  target: boolean;
  /** Stacked under the manager (a column of reports). */
  stacked: boolean;
  /** The index of the card's tree in display order. */
  treeIndex: number;
}

/** A reporting line from a manager to a report. */
export interface StakeholderLink {
  key: string;
  /** The manager's id. */
  from: Id;
  /** The report's id. */
  to: Id;
  path: string;
  onPath: boolean;
}

/** A dotted reporting line or an influence line. */
export interface StakeholderLine<L extends InfluenceInput = InfluenceInput> {
  key: string;
  /** For an influence line, who sways; for a dotted reporting line, the report. */
  from: Id;
  /** For an influence line, who is swayed; for a dotted reporting line, the manager. */
  to: Id;
  path: string;
  onPath: boolean;
  /** The influence's kind (influence lines only). */
  kind: InfluenceKind;
  /** The influence line as validated by core (influence lines only). */
  line?: StakeholderInfluence<L>;
}

/** One organisation's tree. */
export interface StakeholderTree {
  rootId: Id;
  /** The top person's organisation ('' when unknown). */
  organisation: string;
  /** The organisation label as drawn (shortened to the tree's room). */
  label: string;
  labelX: number;
  labelY: number;
  /** The tree's extent. */
  box: { x: number; y: number; width: number; height: number };
  size: number;
}

/** Everything {@link StakeholderMap} draws, for custom rendering through its `children` render prop. */
export interface StakeholderLayout<T, L extends InfluenceInput = InfluenceInput> {
  /** Core's validated map, or `null` when the structure is broken. */
  result: StakeholderMapResult<T, L> | null;
  /** The structural problem (duplicate id, missing parent, cycle, unknown target…), or `null`. */
  error: KamkitError | null;
  format: Formatters;
  orientation: StakeholderOrientation;
  /** The coordinate system (viewBox). */
  width: number;
  height: number;
  /** The map's coordinates → the viewBox: `translate(tx, ty) scale(scale)` (scale ≤ 1). */
  transform: { tx: number; ty: number; scale: number };
  nodeWidth: number;
  nodeHeight: number;
  relationshipMax: number;
  cards: StakeholderCard<T>[];
  links: StakeholderLink[];
  /** Dotted (second) reporting lines. */
  secondaryLines: StakeholderLine<L>[];
  influenceLines: StakeholderLine<L>[];
  trees: StakeholderTree[];
  /** The person to win, or `null`. */
  target: StakeholderNode<T> | null;
  /** All shortest paths to the target (core's `influencePaths`), or `null`. */
  paths: InfluencePathsResult<T, L> | null;
  /** The highlighted path, or `null` (no target, or nobody can reach them). */
  path: InfluencePath<T, L> | null;
  coverage: Coverage | null;
  /** Why the coverage is what it is, in words. */
  coverageReason: string;
  /** The path in words: "Win … through … → influence." */
  pathText: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
  nameOf: (node: StakeholderNode<T>) => string;
}

/** Default card size and the gaps between cards. */
const NODE_WIDTH = 200;
const NODE_HEIGHT = 96;
/** Text rows: the name's baseline, the row height, the bottom row's distance from the bottom edge. */
export const CARD_TEXT = {
  top: 17,
  row: 14,
  left: 16,
  right: 10,
  nameSize: 12,
  titleSize: 11,
  orgSize: 10.5,
};
/** The "to win" badge on the ring above the card's top edge: its left, the y of its centre line, its size. */
export const WIN_BADGE = { x: 10, y: -5, width: 50, height: 16 };
const STACK_INDENT = 28;
const PADDING = 14;

const STEP_WORDS: Record<InfluenceStepKind, string> = {
  influence: 'influence',
  'reports-to': 'reports to',
  manages: 'manages',
  'dotted-reports-to': 'dotted reporting line',
  'dotted-manages': 'dotted line manager',
};

interface Slot<T> {
  node?: StakeholderNode<T>;
  stack?: StakeholderNode<T>[];
  half: number;
  children: Slot<T>[];
}

type Point = [number, number];

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeStakeholderLayout>[2]> = {
  height: true,
  influenceKind: true,
  jobTitle: true,
  locale: true,
  name: true,
  nodeHeight: true,
  nodeWidth: true,
  organisation: true,
  orientation: true,
  pathFrom: true,
  paths: true,
  relationshipMax: true,
  stackLeaves: true,
  target: true,
  width: true,
};

/** {@link computeStakeholderLayout} of the memoised outcome of `stakeholderMap`: the map, or its error. */
function layoutOfMapped<T, L extends InfluenceInput>(
  mapped: { result: StakeholderMapResult<T, L> | null; error: KamkitError | null },
  options: Parameters<typeof computeStakeholderLayout<T, L>>[2],
): StakeholderLayout<T, L> {
  return computeStakeholderLayout(mapped.result, mapped.error, options);
}

/**
 * Computes the stakeholder map's layout: runs core's `stakeholderMap` (and `influencePaths` to the target),
 * lays out each organisation's tree with d3-hierarchy's `tree()` (fixed card size, trees side by side without
 * overlap), routes reporting links (`linkVertical`/`linkHorizontal`), dotted reporting and influence lines
 * (curves between ports spread along the card edges), wraps the card texts, and writes the description, the
 * explorer points (tree order) and the table. Structural errors of core are caught and returned as `error`.
 * Memoised on its inputs.
 *
 * @example
 * const layout = useStakeholderLayout({ people, influences, relationship: 'relationshipStrength' });
 * layout.pathText; // "Win Catherine Okafor-Lindqvist (…) through Oliver Brennan-Hale (Brightwater Advisory, positive) → influence."
 */
export function useStakeholderLayout<T, L extends InfluenceInput = InfluenceInput>(
  options: StakeholderLayoutOptions<T, L>,
): StakeholderLayout<T, L> {
  const {
    people,
    id,
    parentId,
    secondaryParentId,
    decisionPower,
    attitude,
    relationship,
    keyContact,
    isKeyStakeholder,
    influences,
  } = options;
  const mapped = useMemo(() => {
    try {
      const result = stakeholderMap<T, L>(people, {
        id,
        parentId,
        secondaryParentId,
        decisionPower,
        attitude,
        relationship,
        keyContact,
        isKeyStakeholder,
        influences,
      });
      return { result, error: null };
    } catch (error) {
      if (error instanceof KamkitError) return { result: null, error };
      throw error;
    }
  }, [
    people,
    id,
    parentId,
    secondaryParentId,
    decisionPower,
    attitude,
    relationship,
    keyContact,
    isKeyStakeholder,
    influences,
  ]);
  return useLayoutMemo(layoutOfMapped, mapped, options, LAYOUT_KEYS);
}

function reader<D>(field: FieldOrAccessor<D, unknown> | undefined, fallback: string) {
  const f = field ?? fallback;
  return (d: D, i: number, data: readonly D[]): unknown =>
    typeof f === 'function'
      ? (f as (d: D, i: number, data: readonly D[]) => unknown)(d, i, data)
      : d !== null && typeof d === 'object'
        ? (d as Record<string, unknown>)[f as string]
        : undefined;
}

const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();

/**
 * The pure part of {@link useStakeholderLayout}: layout of an already validated map (or of its error), e.g. to
 * lay out a map on the server without React.
 *
 * @example
 * const map = stakeholderMap(people, { influences });
 * const layout = computeStakeholderLayout(map, null, { orientation: 'left-right' });
 * layout.cards.length; // everyone, in tree order
 */
export function computeStakeholderLayout<T, L extends InfluenceInput = InfluenceInput>(
  result: StakeholderMapResult<T, L> | null,
  mapError: KamkitError | null,
  options: Omit<
    StakeholderLayoutOptions<T, L>,
    | 'people'
    | 'id'
    | 'parentId'
    | 'secondaryParentId'
    | 'decisionPower'
    | 'attitude'
    | 'relationship'
    | 'keyContact'
    | 'isKeyStakeholder'
    | 'influences'
  >,
): StakeholderLayout<T, L> {
  const format = createFormat({ locale: options.locale });
  const orientation: StakeholderOrientation =
    options.orientation === 'left-right' ? 'left-right' : 'top-down';
  const topDown = orientation === 'top-down';
  const W = Math.max(80, options.nodeWidth ?? NODE_WIDTH);
  const H = Math.max(48, options.nodeHeight ?? NODE_HEIGHT);
  const relationshipMax =
    options.relationshipMax !== undefined && options.relationshipMax > 0 ? options.relationshipMax : 5;
  const rows = result?.rows ?? [];
  const data = rows.length > 0 ? rowsData(rows) : [];
  const nameRow = labeller(options.name ?? ('name' as LabelField<T>));
  const nameOf = (node: StakeholderNode<T>) => nameRow(node, data);
  const readTitle = reader(options.jobTitle as FieldOrAccessor<T, unknown>, 'title');
  const readOrg = reader(options.organisation as FieldOrAccessor<T, unknown>, 'organisation');
  const titleOf = (node: StakeholderNode<T>) => text(readTitle(node.datum, node.index, data));
  const orgOf = (node: StakeholderNode<T>) => text(readOrg(node.datum, node.index, data));
  const readKind = reader(options.influenceKind, 'kind');

  let error = mapError;
  // The target and the highlighted path.
  let targetNode: StakeholderNode<T> | null = null;
  let pathsResult: InfluencePathsResult<T, L> | null = null;
  let path: InfluencePath<T, L> | null = null;
  if (result && error === null && options.target !== null) {
    const targetId = options.target ?? result.keyStakeholders[0]?.id;
    if (targetId !== undefined) {
      try {
        pathsResult = influencePaths(result, targetId, options.paths);
        targetNode = result.byId.get(targetId) ?? null;
        path = pickPath(pathsResult, options.pathFrom);
      } catch (caught) {
        if (!(caught instanceof KamkitError)) throw caught;
        error = caught;
      }
    }
  }
  const map = error === null ? result : null;
  const people = map?.rows ?? [];

  // Edges on the path, by key.
  const onPath = new Set<string>();
  const pathIndex = new Map<Id, number>();
  if (path) {
    path.ids.forEach((pid, i) => {
      pathIndex.set(pid, i);
    });
    for (const step of path.steps) onPath.add(stepKey(step));
  }

  // ---- Trees: d3-hierarchy's tree() per organisation, in tree space (b: breadth, d: depth) ----
  const cb = topDown ? W : H; // card extent along the breadth
  const cd = topDown ? H : W; // card extent along the depth
  const breadthGap = topDown ? 24 : 16;
  const depthGap = topDown ? 56 : 72;
  const levelStep = cd + depthGap;
  const stackGap = 12;
  const stackMin = options.stackLeaves === false ? Number.POSITIVE_INFINITY : (options.stackLeaves ?? 5);
  const labelRoom = 24; // room for an organisation label (LR: between trees; TD: above them)
  const treeGap = topDown ? 64 : 28 + labelRoom;
  const byId = map?.byId ?? new Map<Id, StakeholderNode<T>>();

  const place = new Map<Id, { b: number; d: number; stacked: boolean; tree: number }>();
  const stackOf = new Map<Id, StakeholderNode<T>[]>(); // manager → stacked reports
  const trees: StakeholderTree[] = [];
  const roots = map ? [...map.roots] : [];
  const treeSize = new Map<Id, number>();
  for (const node of people) treeSize.set(node.rootId, (treeSize.get(node.rootId) ?? 0) + 1);
  // Largest organisation first (the account), then core's order (root ids ascending).
  roots.sort((a, b) => (treeSize.get(b) ?? 0) - (treeSize.get(a) ?? 0));
  let offset = 0;
  roots.forEach((rootId, treeIndex) => {
    const rootNode = byId.get(rootId) as StakeholderNode<T>;
    const slotOf = (node: StakeholderNode<T>): Slot<T> => ({ node, half: cb / 2, children: [] });
    const rootSlot = slotOf(rootNode);
    const queue: Slot<T>[] = [rootSlot];
    for (let head = 0; head < queue.length; head++) {
      const slot = queue[head] as Slot<T>;
      const node = slot.node as StakeholderNode<T>;
      const reports = node.children.map((c) => byId.get(c) as StakeholderNode<T>);
      if (topDown && reports.length >= stackMin && reports.every((r) => r.children.length === 0)) {
        // A column of reports: reserve it with a chain of spacers, one a level, as wide as the column.
        const extent = reports.length * cd + (reports.length - 1) * stackGap;
        const levels = Math.max(1, Math.ceil((extent + depthGap) / levelStep));
        let parent = slot;
        for (let k = 0; k < levels; k++) {
          const spacer: Slot<T> = { half: cb / 2 + STACK_INDENT, children: [] };
          if (k === 0) spacer.stack = reports;
          parent.children.push(spacer);
          parent = spacer;
        }
        stackOf.set(node.id, reports);
      } else {
        for (const report of reports) {
          const child = slotOf(report);
          slot.children.push(child);
          queue.push(child);
        }
      }
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
      if (n.data.node) place.set(n.data.node.id, { b: n.x + shift, d: n.y, stacked: false, tree: treeIndex });
      if (n.data.stack) {
        n.data.stack.forEach((report, j) => {
          place.set(report.id, {
            b: n.x + shift + STACK_INDENT,
            d: n.y + j * (cd + stackGap),
            stacked: true,
            tree: treeIndex,
          });
          maxD = Math.max(maxD, n.y + j * (cd + stackGap) + cd);
        });
      }
    });
    const organisation = orgOf(rootNode);
    const extentB = maxB - minB;
    const labelMax = topDown ? extentB + treeGap - 16 : Math.max(extentB, maxD);
    const [lx, ly] = topDown ? [offset, -24] : [0, offset - 10];
    const [bx, by] = topDown ? [offset, 0] : [0, offset];
    trees.push({
      rootId,
      organisation,
      label: organisation ? fitToWidth(organisation, labelMax, 12, true) : '',
      labelX: lx,
      labelY: ly,
      box: topDown
        ? { x: bx, y: by, width: extentB, height: maxD }
        : { x: bx, y: by, width: maxD, height: extentB },
      size: treeSize.get(rootId) ?? 0,
    });
    offset += extentB + treeGap;
  });

  const xy = (b: number, d: number): Point => (topDown ? [b, d] : [d, b]);
  const treeOrgOf = (node: StakeholderNode<T>) => trees[place.get(node.id)?.tree ?? 0]?.organisation ?? '';

  // ---- Cards ----
  const textWidthAvail = W - CARD_TEXT.left - CARD_TEXT.right;
  // Text rows above the bottom row (attitude, relationship, power): 4 in the default 96 px card, 1 at least.
  const rowsAvail = Math.max(1, Math.floor((H - 41) / CARD_TEXT.row) + 1);
  const influencedBy = new Map<Id, StakeholderInfluence<L>[]>();
  const influencing = new Map<Id, StakeholderInfluence<L>[]>();
  const kindOf = (line: StakeholderInfluence<L>): InfluenceKind => {
    const raw = text(readKind(line.datum, line.index, [])).toLowerCase();
    return raw === 'positive' || raw === 'negative' || raw === 'neutral' ? raw : 'unknown';
  };
  const push = <K, V>(index: Map<K, V[]>, key: K, value: V) => {
    const list = index.get(key);
    if (list) list.push(value);
    else index.set(key, [value]);
  };
  for (const line of map?.influences ?? []) {
    push(influencedBy, line.to, line);
    push(influencing, line.from, line);
  }
  // Tree order: trees in display order, each depth-first as core lists it.
  const byTree = new Map<Id, StakeholderNode<T>[]>();
  for (const node of people) push(byTree, node.rootId, node);
  const orderedPeople = roots.flatMap((rootId) => byTree.get(rootId) ?? []);
  const cards: StakeholderCard<T>[] = orderedPeople.map((node) => {
    const at = place.get(node.id) as { b: number; d: number; stacked: boolean; tree: number };
    const [x, y] = xy(at.b - cb / 2, at.d);
    const fullName = nameOf(node);
    const jobTitle = titleOf(node);
    const org = orgOf(node);
    const showOrg = org !== '' && org !== treeOrgOf(node) && rowsAvail >= 3;
    const nameWidth = textWidthAvail - (node.keyContact ? 18 : 0);
    const rowsLeft = rowsAvail - (showOrg ? 1 : 0);
    const nameTwoLines = wrapToWidth(fullName, nameWidth, CARD_TEXT.nameSize, 2, true);
    const nameWanted = nameTwoLines.length;
    const nameRows =
      jobTitle === '' || rowsLeft === 1
        ? Math.min(2, rowsLeft)
        : Math.max(1, Math.min(nameWanted, rowsLeft - 1));
    const titleRows = Math.min(2, Math.max(0, rowsLeft - Math.min(nameRows, nameWanted)));
    return {
      id: node.id,
      node,
      datum: node.datum,
      x,
      y,
      width: W,
      height: H,
      name: fullName,
      jobTitle,
      organisation: org,
      manager: node.parentId === null ? null : nameOf(byId.get(node.parentId) as StakeholderNode<T>),
      dottedManagers: node.secondaryParentIds.map((m) => nameOf(byId.get(m) as StakeholderNode<T>)),
      nameLines:
        nameRows >= nameWanted
          ? nameTwoLines
          : wrapToWidth(fullName, nameWidth, CARD_TEXT.nameSize, nameRows, true),
      titleLines: wrapToWidth(jobTitle, textWidthAvail, CARD_TEXT.titleSize, titleRows),
      organisationLine: showOrg ? fitToWidth(org, textWidthAvail, CARD_TEXT.orgSize) : null,
      attitudeWord: W >= 180,
      relationshipLevel:
        node.relationship === null ? null : Math.max(0, Math.min(relationshipMax, node.relationship)),
      pathIndex: pathIndex.get(node.id) ?? null,
      target: targetNode !== null && node.id === targetNode.id,
      stacked: at.stacked,
      treeIndex: at.tree,
    };
  });
  const cardById = new Map(cards.map((c) => [c.id, c]));

  // ---- Reporting links ----
  const vertical = linkVertical<{ source: Point; target: Point }, Point>();
  const horizontal = linkHorizontal<{ source: Point; target: Point }, Point>();
  const link = topDown ? vertical : horizontal;
  const links: StakeholderLink[] = [];
  for (const card of cards) {
    const parentId = card.node.parentId;
    if (parentId === null) continue;
    const p = place.get(parentId) as { b: number; d: number };
    const c = place.get(card.id) as { b: number; d: number };
    let d: string;
    if (card.stacked) {
      // Trunk down the manager's left, then into the report's left edge.
      const trunk = p.b - cb / 2 + 14;
      d = `M${round(trunk)},${round(p.d + cd)}V${round(c.d + cd / 2)}H${round(c.b - cb / 2)}`;
    } else {
      d =
        link({
          source: xy(round(p.b), round(p.d + cd)),
          target: xy(round(c.b), round(c.d)),
        }) ?? '';
    }
    const key = `link:${keyOf(card.id)}`;
    links.push({ key, from: parentId, to: card.id, path: d, onPath: onPath.has(key) });
  }

  // ---- Dotted reporting lines and influence lines: curves between ports on the card edges ----
  interface End {
    line: number;
    which: 0 | 1;
    id: Id;
    side: 'near' | 'far';
    other: number;
    pos: number;
  }
  interface Pending {
    key: string;
    from: Id;
    to: Id;
    kind: InfluenceKind;
    line?: StakeholderInfluence<L>;
    secondary: boolean;
    ends: [End, End];
    arc: boolean;
  }
  const pending: Pending[] = [];
  const addLine = (
    from: Id,
    to: Id,
    key: string,
    secondary: boolean,
    kind: InfluenceKind,
    line?: StakeholderInfluence<L>,
  ) => {
    const s = place.get(from) as { b: number; d: number };
    const t = place.get(to) as { b: number; d: number };
    const index = pending.length;
    const sameLevel = Math.abs(s.d - t.d) < cd / 2;
    const up = t.d < s.d;
    const sideS = sameLevel || up ? 'near' : 'far';
    const sideT = sameLevel || !up ? 'near' : 'far';
    const entry: Pending = {
      key,
      from,
      to,
      kind,
      secondary,
      arc: sameLevel,
      ends: [
        { line: index, which: 0, id: from, side: sideS, other: t.b, pos: s.b },
        { line: index, which: 1, id: to, side: sideT, other: s.b, pos: t.b },
      ],
    };
    if (line) entry.line = line;
    pending.push(entry);
  };
  for (const sl of map?.secondaryLines ?? []) {
    addLine(sl.from, sl.to, `secondary:${keyOf(sl.from)}:${keyOf(sl.to)}`, true, 'unknown');
  }
  for (const line of map?.influences ?? []) {
    addLine(line.from, line.to, `influence:${line.index}`, false, kindOf(line), line);
  }
  // Spread the ends on each card side; keep the middle free where a reporting link attaches.
  const groups = new Map<string, End[]>();
  for (const entry of pending) {
    for (const end of entry.ends) {
      push(groups, `${keyOf(end.id)}|${end.side}`, end);
    }
  }
  for (const ends of groups.values()) {
    const first = ends[0] as End;
    const node = byId.get(first.id) as StakeholderNode<T>;
    const at = place.get(first.id) as { b: number; d: number; stacked: boolean };
    const card = cardById.get(first.id) as StakeholderCard<T>;
    let lo = at.b - cb / 2 + 12;
    const hi = at.b + cb / 2 - 12;
    if (topDown && first.side === 'near' && node.keyStakeholder)
      lo = Math.max(lo, at.b - cb / 2 + WIN_BADGE.x + WIN_BADGE.width + 6);
    if (first.side === 'far' && stackOf.has(first.id)) lo = Math.max(lo, at.b - cb / 2 + 26);
    const centreTaken =
      (first.side === 'near' && node.parentId !== null && !card.stacked) ||
      (first.side === 'far' && node.children.length > 0 && !stackOf.has(first.id));
    ends.sort((a, b) => a.other - b.other || a.line - b.line || a.which - b.which);
    const spread = (list: End[], from: number, to: number) => {
      list.forEach((end, i) => {
        end.pos = from + ((to - from) * (i + 1)) / (list.length + 1);
      });
    };
    if (centreTaken) {
      const left = ends.filter((e) => e.other < at.b);
      const right = ends.filter((e) => e.other >= at.b);
      spread(left, lo - 6, at.b - 6);
      spread(right, at.b + 6, hi + 6);
    } else spread(ends, lo - 6, hi + 6);
  }
  const pathOf = (entry: Pending) => {
    const [s, t] = entry.ends;
    const ps = place.get(s.id) as { b: number; d: number };
    const pt = place.get(t.id) as { b: number; d: number };
    const edge = (end: End, at: { d: number }) => (end.side === 'near' ? at.d : at.d + cd);
    const out = (end: End) => (end.side === 'near' ? -1 : 1);
    const s0: Point = [s.pos, edge(s, ps)];
    // The arrow's tip just off the card (off the ring of a key stakeholder).
    const gap = (byId.get(t.id) as StakeholderNode<T>).keyStakeholder ? 7 : 1.5;
    const t0: Point = [t.pos, edge(t, pt) + out(t) * gap];
    const bend = entry.arc
      ? Math.min(depthGap * 0.8, 22 + Math.abs(t0[0] - s0[0]) * 0.12)
      : Math.max(16, Math.abs(t0[1] - s0[1]) / 2);
    const c1: Point = [s0[0], s0[1] + out(s) * bend];
    const c2: Point = [t0[0], t0[1] + out(t) * bend];
    const pts = [s0, c1, c2, t0].map(([b, d]) => xy(round(b), round(d)));
    const [a, b, c, e] = pts as [Point, Point, Point, Point];
    return { d: `M${a[0]},${a[1]}C${b[0]},${b[1]} ${c[0]},${c[1]} ${e[0]},${e[1]}`, pts };
  };
  const curveBounds: Point[] = [];
  const secondaryLines: StakeholderLine<L>[] = [];
  const influenceLines: StakeholderLine<L>[] = [];
  for (const entry of pending) {
    const { d, pts } = pathOf(entry);
    curveBounds.push(...pts);
    const out: StakeholderLine<L> = {
      key: entry.key,
      from: entry.from,
      to: entry.to,
      path: d,
      onPath: onPath.has(entry.key),
      kind: entry.kind,
    };
    if (entry.line) out.line = entry.line;
    (entry.secondary ? secondaryLines : influenceLines).push(out);
  }

  // ---- Bounds, viewBox and fit ----
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  const grow = (ax: number, ay: number, bx: number, by: number) => {
    x0 = Math.min(x0, ax);
    y0 = Math.min(y0, ay);
    x1 = Math.max(x1, bx);
    y1 = Math.max(y1, by);
  };
  for (const card of cards) {
    const ring = card.node.keyStakeholder ? 6 : 0;
    grow(
      card.x - ring,
      card.y - (card.node.keyStakeholder ? -WIN_BADGE.y + WIN_BADGE.height / 2 + 1 : 0),
      card.x + W + ring,
      card.y + H + ring,
    );
  }
  for (const t of trees) {
    if (t.label) grow(t.labelX, t.labelY - 13, t.labelX + textWidth(t.label, 12, true), t.labelY + 4);
  }
  for (const [px, py] of curveBounds) grow(px, py, px, py);
  const natural =
    cards.length > 0
      ? { width: Math.ceil(x1 - x0 + 2 * PADDING), height: Math.ceil(y1 - y0 + 2 * PADDING) }
      : { width: 480, height: 80 };
  let width = options.width ?? natural.width;
  let height = options.height ?? natural.height;
  let scale = 1;
  if (options.width !== undefined || options.height !== undefined) {
    scale = Math.min(
      1,
      options.width !== undefined ? options.width / natural.width : 1,
      options.height !== undefined ? options.height / natural.height : 1,
    );
    if (options.width === undefined) width = Math.ceil(natural.width * scale);
    if (options.height === undefined) height = Math.ceil(natural.height * scale);
  }
  const tx = cards.length > 0 ? (width - natural.width * scale) / 2 + (PADDING - x0) * scale : 0;
  const ty = cards.length > 0 ? (height - natural.height * scale) / 2 + (PADDING - y0) * scale : 0;
  const transform = { tx: round(tx), ty: round(ty), scale: Math.round(scale * 10000) / 10000 };
  const toView = (px: number, py: number): Point => [
    px * transform.scale + transform.tx,
    py * transform.scale + transform.ty,
  ];

  // ---- Words ----
  const decimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 });
  const strength = (value: number) => `${decimal.format(value)} of ${decimal.format(relationshipMax)}`;
  const attitudeWords = (node: StakeholderNode<T>) => node.attitude ?? 'attitude unknown';
  const powerWords = (node: StakeholderNode<T>) =>
    node.decisionPower ? `${node.decisionPower} decision power` : 'decision power unknown';
  const organisations = [...new Set(trees.map((t) => t.organisation).filter((o) => o !== ''))];
  const n = people.length;
  const peopleText = `${format.integer(n)} ${n === 1 ? 'person' : 'people'}`;
  const keys = map?.keyStakeholders ?? [];
  const coverage = map?.coverage ?? null;
  let coverageReason = '';
  if (coverage === 'green') {
    const champion = people.find((p) => p.attitude === 'positive' && p.decisionPower === 'high');
    coverageReason = champion
      ? `${nameOf(champion)} (positive) has high decision power.`
      : 'A person with a positive attitude has high decision power.';
  } else if (coverage === 'amber') {
    const champions = people.filter((p) => p.attitude === 'positive' && p.decisionPower === 'medium');
    coverageReason = `Our most powerful supporters have medium decision power (${namesList(champions.map(nameOf), 3)}).`;
  } else if (coverage === 'red') {
    coverageReason = 'Nobody with a positive attitude has high or medium decision power.';
  }

  const describe = (node: StakeholderNode<T>, home: string, withPower: boolean) => {
    const org = orgOf(node);
    const where = org !== '' && org !== home ? org : titleOf(node);
    return [where, attitudeWords(node), withPower ? powerWords(node) : ''].filter((s) => s !== '').join(', ');
  };
  let pathText = '';
  if (targetNode) {
    const home = orgOf(targetNode);
    const who = `${nameOf(targetNode)} (${describe(targetNode, home, true)})`;
    if (path && path.length === 0) pathText = `${nameOf(targetNode)} is already on our side.`;
    else if (path) {
      const parts = path.steps.map((step, i) => {
        const person = path?.people[i] as StakeholderNode<T>;
        return `${nameOf(person)} (${describe(person, home, false)}) → ${STEP_WORDS[step.kind]}`;
      });
      pathText = `Win ${who} through ${parts.join(' → ')}.`;
    } else if (options.pathFrom !== undefined && byId.has(options.pathFrom)) {
      const start = byId.get(options.pathFrom) as StakeholderNode<T>;
      pathText = `No path of influence leads from ${nameOf(start)} to ${who}.`;
    } else {
      pathText = `No path of influence reaches ${who} yet: nobody with a positive attitude is connected to them.`;
    }
  }
  let description: string;
  if (error) description = `The stakeholder map cannot be drawn: ${error.message}`;
  else if (n === 0) description = 'No people on the stakeholder map.';
  else {
    const orgText =
      organisations.length > 1
        ? ` in ${format.integer(organisations.length)} organisations (${namesList(organisations, 4)})`
        : organisations.length === 1
          ? ` at ${organisations[0]}`
          : roots.length > 1
            ? ` in ${format.integer(roots.length)} separate trees`
            : '';
    const keyText =
      keys.length === 0
        ? 'No key stakeholder to win.'
        : `${format.integer(keys.length)} key ${keys.length === 1 ? 'stakeholder' : 'stakeholders'} to win: ${namesList(keys.map(nameOf), 4)}.`;
    description = [
      `Stakeholder map of ${peopleText}${orgText}.`,
      keyText,
      `Coverage: ${coverage}. ${coverageReason}`,
      pathText,
    ]
      .filter((s) => s !== '')
      .join(' ');
  }

  // ---- Explorer points and table ----
  const influenceText = (lines: StakeholderInfluence<L>[] | undefined, end: 'from' | 'to') =>
    (lines ?? [])
      .map((line) => {
        const kind = kindOf(line);
        return `${nameOf(byId.get(line[end]) as StakeholderNode<T>)}${kind === 'unknown' ? '' : ` (${kind})`}`;
      })
      .join(', ');
  const stepOf = (card: StakeholderCard<T>) =>
    card.pathIndex === null || !path
      ? ''
      : card.target
        ? 'the person to win'
        : `step ${format.integer(card.pathIndex + 1)} of ${format.integer(path.length)}`;
  const points: ExplorerPoint[] = cards.map((card) => {
    const node = card.node;
    const lines = [
      card.jobTitle,
      card.organisation,
      card.manager === null ? 'Top of the hierarchy' : `Reports to ${card.manager}`,
      card.dottedManagers.length > 0 ? `Dotted line to ${card.dottedManagers.join(', ')}` : '',
      `Decision power: ${node.decisionPower ?? 'unknown'}`,
      `Attitude: ${node.attitude ?? 'unknown'}`,
      `Relationship: ${node.relationship === null ? 'unknown' : strength(node.relationship)}`,
      node.keyContact ? 'Key contact' : '',
      node.keyStakeholder ? 'Key stakeholder: to win' : '',
      influencedBy.has(node.id) ? `Influenced by ${influenceText(influencedBy.get(node.id), 'from')}` : '',
      influencing.has(node.id) ? `Influences ${influenceText(influencing.get(node.id), 'to')}` : '',
      card.pathIndex !== null ? `Path to win: ${stepOf(card)}` : '',
    ].filter((line) => line !== '');
    const [bx, by] = toView(card.x, card.y);
    const bh = H * transform.scale;
    // Anchor the tooltip at the card's bottom edge where it opens downwards (the explorer opens it below points
    // in the top 35 % of the chart), else at its top edge, so it does not cover the card it describes.
    const anchorY = by + bh < height * 0.35 ? by + bh : by;
    return {
      x: bx + (W * transform.scale) / 2,
      y: anchorY,
      box: { x: bx, y: by, width: W * transform.scale, height: bh },
      title: card.name,
      lines,
    };
  });
  const table: TableSpec = {
    caption: description,
    columns: [
      { key: 'name', label: 'Name' },
      { key: 'title', label: 'Title' },
      { key: 'organisation', label: 'Organisation' },
      { key: 'manager', label: 'Reports to' },
      { key: 'dotted', label: 'Dotted line to' },
      { key: 'power', label: 'Decision power' },
      { key: 'attitude', label: 'Attitude' },
      { key: 'relationship', label: 'Relationship', numeric: true },
      { key: 'keyContact', label: 'Key contact' },
      { key: 'keyStakeholder', label: 'Key stakeholder' },
      { key: 'influencedBy', label: 'Influenced by' },
      { key: 'influences', label: 'Influences' },
      { key: 'path', label: 'Path to win' },
    ],
    rows: cards.map((card) => [
      card.name,
      card.jobTitle,
      card.organisation,
      card.manager ?? '—',
      card.dottedManagers.join(', '),
      card.node.decisionPower ?? 'unknown',
      card.node.attitude ?? 'unknown',
      card.node.relationship === null ? 'unknown' : strength(card.node.relationship),
      card.node.keyContact ? 'yes' : 'no',
      card.node.keyStakeholder ? 'to win' : 'no',
      influenceText(influencedBy.get(card.id), 'from'),
      influenceText(influencing.get(card.id), 'to'),
      capitalise(stepOf(card)),
    ]),
    raw: cards.map((card) => [
      card.name,
      card.jobTitle,
      card.organisation,
      card.manager,
      card.dottedManagers.join(', ') || null,
      card.node.decisionPower,
      card.node.attitude,
      card.node.relationship,
      card.node.keyContact,
      card.node.keyStakeholder,
      influenceText(influencedBy.get(card.id), 'from') || null,
      influenceText(influencing.get(card.id), 'to') || null,
      card.pathIndex,
    ]),
  };

  return {
    result: map,
    error,
    format,
    orientation,
    width,
    height,
    transform,
    nodeWidth: W,
    nodeHeight: H,
    relationshipMax,
    cards,
    links,
    secondaryLines,
    influenceLines,
    trees,
    target: targetNode,
    paths: pathsResult,
    path,
    coverage: error ? null : coverage,
    coverageReason,
    pathText,
    description,
    points,
    table,
    nameOf,
  };
}

/** The records in input order, for accessors' third argument. */
function rowsData<T>(rows: readonly StakeholderNode<T>[]): T[] {
  const data = new Array<T>(rows.length);
  for (const row of rows) data[row.index] = row.datum;
  return data;
}

/** A stable string for an id in keys (numbers and strings never collide). */
function keyOf(id: Id): string {
  return typeof id === 'number' ? `n${id}` : `s${id}`;
}

/** The key of the drawn line a step follows. */
function stepKey(step: InfluenceStep<InfluenceInput>): string {
  switch (step.kind) {
    case 'influence':
      return `influence:${step.line?.index ?? -1}`;
    case 'reports-to':
      return `link:${keyOf(step.from)}`;
    case 'manages':
      return `link:${keyOf(step.to)}`;
    case 'dotted-reports-to':
      return `secondary:${keyOf(step.from)}:${keyOf(step.to)}`;
    default:
      return `secondary:${keyOf(step.to)}:${keyOf(step.from)}`;
  }
}

/**
 * The path to highlight: the one from `pathFrom` when given (and able to reach the target), else among the
 * shortest the one from the person with the strongest relationship, then a key contact, then core's order.
 */
function pickPath<T, L extends InfluenceInput>(
  paths: InfluencePathsResult<T, L>,
  pathFrom: Id | undefined,
): InfluencePath<T, L> | null {
  if (pathFrom !== undefined) return paths.rows.find((p) => p.id === pathFrom) ?? null;
  const first = paths.rows[0];
  if (!first) return null;
  const shortest = paths.rows.filter((p) => p.length === first.length);
  const strength = (p: InfluencePath<T, L>) => p.people[0]?.relationship ?? Number.NEGATIVE_INFINITY;
  return (
    [...shortest].sort(
      (a, b) =>
        strength(b) - strength(a) ||
        Number(b.people[0]?.keyContact) - Number(a.people[0]?.keyContact) ||
        compareIds(a.id, b.id),
    )[0] ?? null
  );
}
