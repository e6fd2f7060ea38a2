import type { Id } from './accessor';
import { describe, KamkitError } from './errors';
import { compareIds } from './id';
import { integerOption, oneOf, readOptions } from './options';
import type {
  InfluenceInput,
  StakeholderInfluence,
  StakeholderMapResult,
  StakeholderNode,
} from './stakeholderMap';

/**
 * The kind of line a step follows, in tie-breaking order: an influence line; a report swaying their manager;
 * a manager swaying a report; the same two over a dotted (secondary) reporting line.
 */
export type InfluenceStepKind =
  | 'influence'
  | 'reports-to'
  | 'manages'
  | 'dotted-reports-to'
  | 'dotted-manages';

/** Which reporting lines can carry influence, and in which direction. */
export type ReportingDirection = 'both' | 'up' | 'down' | 'none';

/** Default of {@link InfluencePathsOptions.maxDepth}. */
export const INFLUENCE_MAX_DEPTH = 10;
/** Default of {@link InfluencePathsOptions.maxPaths}. */
export const INFLUENCE_MAX_PATHS = 50;
/** Largest allowed `maxDepth`: no buying centre has chains of influence longer than this. */
const DEPTH_LIMIT = 100;
/** Largest allowed `maxPaths`. */
const PATHS_LIMIT = 1000;

/** Options of {@link influencePaths}. */
export interface InfluencePathsOptions<T> {
  /** Who can start a path. Default: people with a positive attitude. */
  from?: (person: StakeholderNode<T>) => boolean;
  /** Who may pass influence on in the middle of a path. Default: everyone. */
  through?: (person: StakeholderNode<T>) => boolean;
  /**
   * Reporting lines (solid and dotted) as paths of influence: `'both'` (default) — a report can sway their
   * manager and a manager their report; `'up'` — only reports sway managers; `'down'` — only managers sway
   * reports; `'none'` — only influence lines count.
   */
  reporting?: ReportingDirection;
  /**
   * Longest path, in steps: an integer from 1 to 100. Default {@link INFLUENCE_MAX_DEPTH} (10). People further
   * away count as unreachable, so a long reporting chain costs no more than this many levels.
   */
  maxDepth?: number;
  /**
   * Most paths returned (the best ones by the ranking rule): an integer from 1 to 1000. Default
   * {@link INFLUENCE_MAX_PATHS} (50); the number left out is `omitted`.
   */
  maxPaths?: number;
}

/** One step of a path. */
export interface InfluenceStep<L extends InfluenceInput = InfluenceInput> {
  /** Who sways. */
  from: Id;
  /** Who is swayed. */
  to: Id;
  /** The line followed (not the influence line's own `kind`, which is on `line`). */
  kind: InfluenceStepKind;
  /** The influence line, for `kind: 'influence'`. */
  line?: StakeholderInfluence<L>;
}

/** The best path from one person to the target (see the ranking rule of {@link influencePaths}). */
export interface InfluencePath<T, L extends InfluenceInput = InfluenceInput> {
  /** The id of the person the path starts from. */
  id: Id;
  /** That person's record. */
  datum: T;
  /** The target's id. */
  target: Id;
  /** Number of steps (0 when the target is itself a starting person). */
  length: number;
  /** `true` when everyone on the path before the target has a positive attitude: supporters all the way. */
  supportive: boolean;
  /**
   * The weakest relationship among the people before the target (the target is on every path, so it is left
   * out); `null` when one of them has no known relationship or the path has no steps.
   */
  weakestRelationship: number | null;
  /** The people on the path, from the start to the target. */
  ids: Id[];
  /** The same people as nodes of the map. */
  people: StakeholderNode<T>[];
  /** The steps, in order. */
  steps: InfluenceStep<L>[];
}

/** Result of {@link influencePaths}. */
export interface InfluencePathsResult<T, L extends InfluenceInput = InfluenceInput> {
  /** The target's id. */
  target: Id;
  /** The best path of each starting person who can reach the target, best first, at most `maxPaths`. */
  rows: InfluencePath<T, L>[];
  /** Reachable starting people whose paths were left out by `maxPaths`. */
  omitted: number;
  /** Starting people with no path of at most `maxDepth` steps to the target, by id ascending. */
  unreachable: StakeholderNode<T>[];
  /** The depth limit used. */
  maxDepth: number;
  /** The path limit used. */
  maxPaths: number;
}

const KIND_ORDER: Record<InfluenceStepKind, number> = {
  influence: 0,
  'reports-to': 1,
  manages: 2,
  'dotted-reports-to': 3,
  'dotted-manages': 4,
};

interface Edge<L extends InfluenceInput> {
  to: Id;
  kind: InfluenceStepKind;
  line?: StakeholderInfluence<L>;
}

/** Fewest steps to the target and the best weakest relationship over such paths, per person. */
interface Reach {
  distance: Map<Id, number>;
  /** Max over shortest paths of the min relationship before the target (−∞ unknown, +∞ at the target). */
  widest: Map<Id, number>;
  /** Whether a person may be the next step on a path of this kind (the target, or one who passes influence on). */
  passes: (id: Id) => boolean;
}

/**
 * Who can sway whom: the best path from each starting person (default: people with a positive attitude) to a
 * target person over influence lines and reporting lines of a {@link stakeholderMap}, best paths first.
 *
 * Rules:
 * - Edge directions: an influence line `{ from, to }` lets `from` sway `to` (one way); a `'negative'` line
 *   (one that works against you) is never a route, `'positive'` and `'neutral'` (or missing) lines are. A
 *   reporting line (solid or dotted) works both ways by default — a report can sway their manager and a
 *   manager their report; `reporting: 'up' | 'down' | 'none'` restricts that.
 * - Paths start at every person for whom `from` is true and may pass through anyone for whom `through` is
 *   true (default: everyone). A target who is a starting person has a path of length 0.
 * - Ranking rule, for the path each person gets and for the order of `rows`: (1) supporters first — a path
 *   on which everyone before the target has a positive attitude (`supportive`) beats any other, even a
 *   shorter one; (2) fewest steps; (3) the path whose weakest relationship is strongest (`relationship` of
 *   the people before the target; unknown counts as weaker than any number); (4) the smallest sequence of ids
 *   ({@link compareIds}), and between two lines joining the same two people the kind first in
 *   {@link InfluenceStepKind} order, then the influence line given first. So the result does not depend on
 *   input order. `rows` are ordered by (1)–(3), then by start id.
 * - Bounded work: paths longer than `maxDepth` steps (default 10, at most 100) are not followed — their starting
 *   people are `unreachable` — and only the best `maxPaths` (default 50, at most 1000) are built; `omitted`
 *   counts the rest. The search is linear in people and lines plus `maxPaths × maxDepth`, so a 10,000-person
 *   reporting chain is cheap. Starting people who cannot reach the target are listed in `unreachable`, so
 *   nobody is lost.
 * - Throws `KamkitError` `MISSING_PERSON` when the target is not in the map, `INVALID_OPTION` for a bad option
 *   (including `maxDepth`/`maxPaths` that are not integers within their bounds).
 *
 * @example
 * const map = stakeholderMap(people, {
 *   influences: [
 *     { from: 'consultant', to: 'evp', kind: 'positive' },
 *     { from: 'cfo', to: 'evp', kind: 'negative' }, // drawn, never a route
 *   ],
 * });
 * const paths = influencePaths(map, 'evp');
 * paths.rows[0].ids; // ['consultant', 'evp']: a supporter, one step over the positive line
 */
export function influencePaths<T, L extends InfluenceInput = InfluenceInput>(
  map: StakeholderMapResult<T, L>,
  target: Id,
  options: InfluencePathsOptions<T> = {},
): InfluencePathsResult<T, L> {
  if (map === null || typeof map !== 'object' || !(map.byId instanceof Map)) {
    throw new KamkitError('INVALID_OPTION', 'influencePaths needs the result of stakeholderMap.', {
      field: 'map',
    });
  }
  if (!map.byId.has(target)) {
    throw new KamkitError('MISSING_PERSON', `The target ${describe(target)} is not in the stakeholder map.`, {
      id: target,
      field: 'target',
    });
  }
  const o = readOptions(options);
  const reporting = oneOf(o.reporting, ['both', 'up', 'down', 'none'], 'both', 'reporting');
  for (const name of ['from', 'through'] as const) {
    if (o[name] != null && typeof o[name] !== 'function') {
      throw new KamkitError('INVALID_OPTION', `${name} must be a function (person) => boolean.`, {
        field: name,
      });
    }
  }
  const maxDepth = integerOption(o.maxDepth, INFLUENCE_MAX_DEPTH, 'maxDepth', 1, DEPTH_LIMIT);
  const maxPaths = integerOption(o.maxPaths, INFLUENCE_MAX_PATHS, 'maxPaths', 1, PATHS_LIMIT);
  const isSource = o.from ?? ((p: StakeholderNode<T>) => p.attitude === 'positive');
  const canPass = o.through ?? (() => true);
  const node = (id: Id) => map.byId.get(id) as StakeholderNode<T>;
  const positive = (id: Id) => node(id).attitude === 'positive';

  const outgoing = buildEdges(map, reporting);
  const incoming = new Map<Id, Id[]>();
  for (const [from, edges] of outgoing) {
    for (const edge of edges) {
      const list = incoming.get(edge.to);
      if (list === undefined) incoming.set(edge.to, [from]);
      else list.push(from);
    }
  }
  const passAll = (id: Id) => id === target || canPass(node(id));
  const passSupporters = (id: Id) => id === target || (positive(id) && canPass(node(id)));
  const any = search(target, incoming, outgoing, node, maxDepth, passAll, () => true);
  const supporters = search(target, incoming, outgoing, node, maxDepth, passSupporters, positive);

  const candidates: { source: StakeholderNode<T>; reach: Reach; supportive: boolean }[] = [];
  const unreachable: StakeholderNode<T>[] = [];
  for (const source of map.rows) {
    if (!isSource(source)) continue;
    if (supporters.distance.has(source.id)) candidates.push({ source, reach: supporters, supportive: true });
    else if (any.distance.has(source.id)) candidates.push({ source, reach: any, supportive: false });
    else unreachable.push(source);
  }
  unreachable.sort((a, b) => compareIds(a.id, b.id));
  const key = (c: (typeof candidates)[number]) => ({
    length: c.reach.distance.get(c.source.id) as number,
    widest: c.reach.widest.get(c.source.id) as number,
  });
  candidates.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (
      Number(b.supportive) - Number(a.supportive) ||
      ka.length - kb.length ||
      (ka.widest === kb.widest ? 0 : ka.widest > kb.widest ? -1 : 1) ||
      compareIds(a.source.id, b.source.id)
    );
  });
  const rows = candidates
    .slice(0, maxPaths)
    .map((c) => buildPath(c.source, target, c.reach, c.supportive, outgoing, node));
  return { target, rows, omitted: candidates.length - rows.length, unreachable, maxDepth, maxPaths };
}

/** Outgoing edges per person (who each can sway), sorted by target id, kind and line index. */
function buildEdges<T, L extends InfluenceInput>(
  map: StakeholderMapResult<T, L>,
  reporting: ReportingDirection,
): Map<Id, Edge<L>[]> {
  const outgoing = new Map<Id, Edge<L>[]>();
  for (const node of map.rows) outgoing.set(node.id, []);
  const add = (from: Id, to: Id, kind: InfluenceStepKind, line?: StakeholderInfluence<L>) => {
    const edge: Edge<L> = { to, kind };
    if (line !== undefined) edge.line = line;
    outgoing.get(from)?.push(edge);
  };
  // A negative line works against you: it is kept on the map (and drawn) but never carries a path.
  for (const line of map.influences) if (line.kind !== 'negative') add(line.from, line.to, 'influence', line);
  const up = reporting === 'both' || reporting === 'up';
  const down = reporting === 'both' || reporting === 'down';
  for (const node of map.rows) {
    if (node.parentId !== null) {
      if (up) add(node.id, node.parentId, 'reports-to');
      if (down) add(node.parentId, node.id, 'manages');
    }
    for (const manager of node.secondaryParentIds) {
      if (up) add(node.id, manager, 'dotted-reports-to');
      if (down) add(manager, node.id, 'dotted-manages');
    }
  }
  for (const edges of outgoing.values()) {
    edges.sort(
      (a, b) =>
        compareIds(a.to, b.to) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.line?.index ?? 0) - (b.line?.index ?? 0),
    );
  }
  return outgoing;
}

/**
 * Breadth-first search backwards from the target, up to `maxDepth` steps: fewest steps to the target for every
 * person `admit` accepts, expanding only people who `passes`; then, in order of distance, the widest (best
 * weakest relationship) among the shortest paths.
 */
function search<T, L extends InfluenceInput>(
  target: Id,
  incoming: ReadonlyMap<Id, Id[]>,
  outgoing: ReadonlyMap<Id, Edge<L>[]>,
  node: (id: Id) => StakeholderNode<T>,
  maxDepth: number,
  passes: (id: Id) => boolean,
  admit: (id: Id) => boolean,
): Reach {
  const distance = new Map<Id, number>([[target, 0]]);
  const order: Id[] = [target];
  for (let head = 0; head < order.length; head++) {
    const v = order[head] as Id;
    const d = distance.get(v) as number;
    if (d >= maxDepth || !passes(v)) continue;
    for (const u of incoming.get(v) ?? []) {
      if (distance.has(u) || !admit(u)) continue;
      distance.set(u, d + 1);
      order.push(u);
    }
  }
  const widest = new Map<Id, number>([[target, Number.POSITIVE_INFINITY]]);
  for (let k = 1; k < order.length; k++) {
    const u = order[k] as Id;
    const need = (distance.get(u) as number) - 1;
    let best = Number.NEGATIVE_INFINITY;
    for (const edge of outgoing.get(u) ?? []) {
      if (distance.get(edge.to) !== need || !passes(edge.to)) continue;
      best = Math.max(best, widest.get(edge.to) as number);
    }
    widest.set(u, Math.min(node(u).relationship ?? Number.NEGATIVE_INFINITY, best));
  }
  return { distance, widest, passes };
}

/** Follows the first fitting edge from `source` at every step: the smallest sequence of ids among the best. */
function buildPath<T, L extends InfluenceInput>(
  source: StakeholderNode<T>,
  target: Id,
  reach: Reach,
  supportive: boolean,
  outgoing: ReadonlyMap<Id, Edge<L>[]>,
  node: (id: Id) => StakeholderNode<T>,
): InfluencePath<T, L> {
  const ids: Id[] = [source.id];
  const steps: InfluenceStep<L>[] = [];
  let current = source.id;
  while (current !== target) {
    const need = (reach.distance.get(current) as number) - 1;
    const width = reach.widest.get(current) as number;
    const edge = (outgoing.get(current) ?? []).find(
      (e) =>
        reach.distance.get(e.to) === need &&
        reach.passes(e.to) &&
        (reach.widest.get(e.to) as number) >= width,
    ) as Edge<L>;
    const step: InfluenceStep<L> = { from: current, to: edge.to, kind: edge.kind };
    if (edge.line !== undefined) step.line = edge.line;
    steps.push(step);
    ids.push(edge.to);
    current = edge.to;
  }
  const width = reach.widest.get(source.id) as number;
  return {
    id: source.id,
    datum: source.datum,
    target,
    length: steps.length,
    supportive,
    weakestRelationship: Number.isFinite(width) ? width : null,
    ids,
    people: ids.map(node),
    steps,
  };
}
