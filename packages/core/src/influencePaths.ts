import type { Id } from './accessor';
import { KamkitError } from './errors';
import { compareIds } from './id';
import { oneOf } from './options';
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
}

/** One step of a path. */
export interface InfluenceStep<L extends InfluenceInput = InfluenceInput> {
  /** Who sways. */
  from: Id;
  /** Who is swayed. */
  to: Id;
  /** The line followed. */
  kind: InfluenceStepKind;
  /** The influence line, for `kind: 'influence'`. */
  line?: StakeholderInfluence<L>;
}

/** The shortest path from one person to the target. */
export interface InfluencePath<T, L extends InfluenceInput = InfluenceInput> {
  /** The id of the person the path starts from. */
  id: Id;
  /** That person's record. */
  datum: T;
  /** The target's id. */
  target: Id;
  /** Number of steps (0 when the target is itself a starting person). */
  length: number;
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
  /** One shortest path per starting person who can reach the target: by length ascending, then start id ascending. */
  rows: InfluencePath<T, L>[];
  /** Starting people with no path to the target, by id ascending. */
  unreachable: StakeholderNode<T>[];
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

/**
 * Who can sway whom: the shortest paths from people with a positive attitude to a target person over
 * influence lines and reporting lines of a {@link stakeholderMap}.
 *
 * Rules:
 * - Edge directions: an influence line `{ from, to }` lets `from` sway `to` (one way). A reporting line
 *   (solid or dotted) works both ways by default — a report can sway their manager and a manager their
 *   report; `reporting: 'up' | 'down' | 'none'` restricts that.
 * - Paths start at every person for whom `from` is true (default: attitude `'positive'`) and may pass through
 *   anyone for whom `through` is true (default: everyone). A target who is a starting person has a path of
 *   length 0.
 * - Each starting person gets one shortest path (fewest steps). Among equally short paths the one whose
 *   sequence of ids is smallest (ids compared as {@link compareIds}: numbers before strings, then ascending) is
 *   chosen; between two lines joining the same two people, the kind first in {@link InfluenceStepKind} order
 *   wins, then the influence line given first. So the result does not depend on input order.
 * - `rows` are by length ascending, then start id ascending; starting people who cannot reach the target are
 *   listed in `unreachable`, so nobody is lost.
 * - Throws `KamkitError` `MISSING_PERSON` when the target is not in the map, `INVALID_OPTION` for a bad option.
 *
 * @example
 * const map = stakeholderMap(people, { influences: [{ from: 'accenture', to: 'evp' }] });
 * const paths = influencePaths(map, 'evp');
 * paths.rows[0].ids; // ['accenture', 'evp'], one step over the influence line
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
  const targetNode = map.byId.get(target);
  if (targetNode === undefined) {
    throw new KamkitError(
      'MISSING_PERSON',
      `The target ${JSON.stringify(target)} is not in the stakeholder map.`,
      {
        id: target,
        field: 'target',
      },
    );
  }
  const reporting = oneOf(options.reporting, ['both', 'up', 'down', 'none'], 'both', 'reporting');
  for (const name of ['from', 'through'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new KamkitError('INVALID_OPTION', `${name} must be a function (person) => boolean.`, {
        field: name,
      });
    }
  }
  const isSource = options.from ?? ((p: StakeholderNode<T>) => p.attitude === 'positive');
  const canPass = options.through ?? (() => true);

  // Outgoing edges (who `from` can sway) and incoming edges (who can sway `to`).
  const outgoing = new Map<Id, Edge<L>[]>();
  const incoming = new Map<Id, Id[]>();
  for (const node of map.rows) {
    outgoing.set(node.id, []);
    incoming.set(node.id, []);
  }
  const add = (from: Id, to: Id, kind: InfluenceStepKind, line?: StakeholderInfluence<L>) => {
    const edge: Edge<L> = { to, kind };
    if (line !== undefined) edge.line = line;
    outgoing.get(from)?.push(edge);
    incoming.get(to)?.push(from);
  };
  for (const line of map.influences) add(line.from, line.to, 'influence', line);
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

  // Breadth-first search backwards from the target: distance = fewest steps to the target. Only the target
  // and people who may pass influence on are expanded.
  const distance = new Map<Id, number>([[target, 0]]);
  const queue: Id[] = [target];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as Id;
    const d = distance.get(v) as number;
    for (const u of incoming.get(v) ?? []) {
      if (distance.has(u)) continue;
      distance.set(u, d + 1);
      if (canPass(map.byId.get(u) as StakeholderNode<T>)) queue.push(u);
    }
  }
  const expanded = (id: Id) => id === target || canPass(map.byId.get(id) as StakeholderNode<T>);

  const sources = map.rows.filter((p) => isSource(p)).sort((a, b) => compareIds(a.id, b.id));
  const rows: InfluencePath<T, L>[] = [];
  const unreachable: StakeholderNode<T>[] = [];
  for (const source of sources) {
    const length = distance.get(source.id);
    if (length === undefined) {
      unreachable.push(source);
      continue;
    }
    const ids: Id[] = [source.id];
    const steps: InfluenceStep<L>[] = [];
    let current = source.id;
    while (current !== target) {
      const need = (distance.get(current) as number) - 1;
      // Edges are sorted by target id, kind, line index: the first fitting edge gives the smallest path.
      const edge = (outgoing.get(current) ?? []).find(
        (e) => distance.get(e.to) === need && expanded(e.to),
      ) as Edge<L>;
      const step: InfluenceStep<L> = { from: current, to: edge.to, kind: edge.kind };
      if (edge.line !== undefined) step.line = edge.line;
      steps.push(step);
      ids.push(edge.to);
      current = edge.to;
    }
    rows.push({
      id: source.id,
      datum: source.datum,
      target,
      length,
      ids,
      people: ids.map((id) => map.byId.get(id) as StakeholderNode<T>),
      steps,
    });
  }
  rows.sort((a, b) => a.length - b.length || compareIds(a.id, b.id));

  return { target, rows, unreachable };
}
