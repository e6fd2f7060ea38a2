import type { FieldOrAccessor, Id, IdField } from './accessor';
import { accessor, toArray } from './accessor';
import { coverage } from './coverage';
import { KamkitError } from './errors';
import { compareIds, readIds } from './id';
import { readInfluences } from './influenceLines';
import { readOptions } from './options';
import { readReportingLines } from './reportingLines';
import { reportingTree } from './reportingTree';

export { coverage } from './coverage';

/** How much say a person has in the buying decision. */
export type DecisionPower = 'high' | 'medium' | 'low';

/** A person's attitude towards you (your offer, your company). */
export type Attitude = 'positive' | 'neutral' | 'negative';

/** Coverage of the buying centre: see {@link coverage}. */
export type Coverage = 'red' | 'amber' | 'green';

/** Whether an influence line works for you (`'positive'`), against you (`'negative'`) or neither. */
export type InfluenceLineKind = 'positive' | 'neutral' | 'negative';

/** An influence line as given: `from` can sway `to`, outside the reporting hierarchy (drawn dotted). */
export interface InfluenceInput {
  from: Id;
  to: Id;
  /**
   * Whether the line works for you; missing (or `null`) means `'neutral'`. Read case-insensitively. Not to be
   * confused with the `kind` of a path step (`InfluenceStepKind`).
   */
  kind?: InfluenceLineKind | null;
}

/** Options of {@link stakeholderMap}. */
export interface StakeholderMapOptions<T, L extends InfluenceInput = InfluenceInput> {
  /** The person's id. Default: the field `id`, falling back to the record's index. Ids must be unique. */
  id?: IdField<T>;
  /** The id of the person's manager; `null`, `undefined` or `''` for a person at the top. Default: the field `parentId`. */
  parentId?: FieldOrAccessor<T, unknown>;
  /**
   * Second (dotted) reporting line(s): a manager id or an array of ids, outside the tree. Default: the field
   * `secondaryParentId`.
   */
  secondaryParentId?: FieldOrAccessor<T, unknown>;
  /** Influence lines `{ from, to }` between people, possibly across organisations (e.g. a consultancy). */
  influences?: Iterable<L>;
  /** `'high' | 'medium' | 'low'` (case-insensitive). Default: the field `decisionPower`. */
  decisionPower?: FieldOrAccessor<T, unknown>;
  /** `'positive' | 'neutral' | 'negative'` (case-insensitive). Default: the field `attitude`. */
  attitude?: FieldOrAccessor<T, unknown>;
  /** Relationship strength, a finite number on your own scale. Default: the field `relationship`. */
  relationship?: FieldOrAccessor<T, unknown>;
  /** `true` for a key contact. Default: the field `keyContact`. */
  keyContact?: FieldOrAccessor<T, unknown>;
  /**
   * Who is a key stakeholder. Default: high decision power and a neutral attitude — the person to win over.
   */
  isKeyStakeholder?: (person: Omit<StakeholderNode<T>, 'keyStakeholder'>) => boolean;
}

/** One person in the validated hierarchy. */
export interface StakeholderNode<T> {
  /** The person's id. */
  id: Id;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input. */
  index: number;
  /** The manager's id, or `null` at the top of a tree (feed this to d3-hierarchy's `stratify`). */
  parentId: Id | null;
  /** Second (dotted) reporting lines, by id ascending (the primary manager is not repeated). */
  secondaryParentIds: Id[];
  /** Direct reports, by id ascending. */
  children: Id[];
  /** 0 at the top of a tree. */
  depth: number;
  /** The id of the person at the top of this person's tree (tells organisations apart in a forest). */
  rootId: Id;
  /** Decision power, or `null` when missing or not `'high' | 'medium' | 'low'`. */
  decisionPower: DecisionPower | null;
  /** Attitude, or `null` when missing or not `'positive' | 'neutral' | 'negative'`. */
  attitude: Attitude | null;
  /** Relationship strength, or `null` when missing or not a finite number. */
  relationship: number | null;
  /** `true` only when the value read is `true`. */
  keyContact: boolean;
  /** Whether the person is a key stakeholder (see {@link StakeholderMapOptions.isKeyStakeholder}). */
  keyStakeholder: boolean;
}

/** A validated influence line. */
export interface StakeholderInfluence<L extends InfluenceInput = InfluenceInput> {
  /** The person who sways. */
  from: Id;
  /** The person swayed. */
  to: Id;
  /** The line's kind: `'neutral'` when none was given. A `'negative'` line is never a route of `influencePaths`. */
  kind: InfluenceLineKind;
  /** The line as given. */
  datum: L;
  /** Its position in `influences`. */
  index: number;
}

/** Result of {@link stakeholderMap}. */
export interface StakeholderMapResult<T, L extends InfluenceInput = InfluenceInput> {
  /** Everyone, depth-first from the top: trees by root id ascending, children by id ascending. */
  rows: StakeholderNode<T>[];
  /** The ids of the people at the top of each tree, ascending (several for a forest). */
  roots: Id[];
  /** The influence lines, in input order. */
  influences: StakeholderInfluence<L>[];
  /** The dotted reporting lines: `from` reports (dotted) to `to`; by `from`, then `to`, ascending. */
  secondaryLines: { from: Id; to: Id }[];
  /** The key stakeholders, in `rows` order. */
  keyStakeholders: StakeholderNode<T>[];
  /** {@link coverage} of all people in the map. */
  coverage: Coverage;
  /** Every person by id. */
  byId: ReadonlyMap<Id, StakeholderNode<T>>;
}

const POWERS: readonly DecisionPower[] = ['high', 'medium', 'low'];
const ATTITUDES: readonly Attitude[] = ['positive', 'neutral', 'negative'];

function readEnum<E extends string>(value: unknown, allowed: readonly E[]): E | null {
  if (typeof value !== 'string') return null;
  const normal = value.trim().toLowerCase();
  return (allowed as readonly string[]).includes(normal) ? (normal as E) : null;
}

/**
 * Validates a stakeholder org chart — who reports to whom, dotted reporting and influence lines — and
 * annotates each person with decision power, attitude, relationship strength and key-contact status.
 *
 * Rules (structure is strict, values are lenient):
 * - Ids must be unique strings or finite numbers (`DUPLICATE_ID`, `INVALID_ID`). A `parentId` of `null`,
 *   `undefined` or `''` marks a person at the top; several people at the top form a forest (e.g. the client and
 *   an external consultancy). Otherwise it must name a person in the list (`MISSING_PARENT`, with the person's
 *   `id` and `index`; `INVALID_ID` when it is not a string or finite number).
 * - Following managers upwards must end at the top: a cycle throws `CYCLE` naming the smallest id in it. When
 *   people are given but nobody is at the top, `NO_ROOT` is thrown (checked before cycles, as d3-hierarchy's
 *   `stratify` does). An empty list gives an empty map.
 * - Secondary (dotted) reporting lines must name other people in the list (`MISSING_PARENT`, `CYCLE` for a
 *   person's own id); they are not part of the tree and may form loops with it.
 * - Influence lines `{ from, to, kind? }` must name people in the list (`MISSING_PERSON` with the unknown `id`,
 *   the line's `index` and `field` `influences[i].from`/`.to`); `from === to` throws `INVALID_OPTION`. `kind`
 *   is `'positive' | 'neutral' | 'negative'` (case-insensitive; missing or `null` is `'neutral'`); any other
 *   value throws `INVALID_OPTION` (`influences[i].kind`), since a misspelt `'negativ'` must not become a route.
 * - Values never throw: decision power and attitude are read case-insensitively and are `null` when missing
 *   or unknown; relationship is `null` unless a finite number; key contact is `true` only for `true`.
 * - Key stakeholders default to high decision power and a neutral attitude; `isKeyStakeholder` overrides.
 * - `rows` are depth-first from the top (roots by id, children by id), independent of input order; `parentId`
 *   is ready for d3-hierarchy's `stratify().parentId((d) => d.parentId)`.
 *
 * @example
 * const map = stakeholderMap(people, { influences: [{ from: 'consultant', to: 'evp' }] });
 * map.keyStakeholders.map((p) => p.id); // ['evp']
 * map.coverage; // 'amber'
 */
export function stakeholderMap<T, L extends InfluenceInput = InfluenceInput>(
  people: Iterable<T>,
  options: StakeholderMapOptions<T, L> = {},
): StakeholderMapResult<T, L> {
  // The stages: ids, the reporting lines, the tree they form (checked), each person annotated, the influences.
  const o = readOptions(options);
  const array = toArray(people, 'people');
  const ids = readIds(array, o.id);
  const indexById = new Map<Id, number>();
  ids.forEach((id, i) => {
    indexById.set(id, i);
  });
  const readParent = accessor<T, unknown>((o.parentId ?? 'parentId') as string, 'parentId');
  const readSecondary = accessor<T, unknown>(
    (o.secondaryParentId ?? 'secondaryParentId') as string,
    'secondaryParentId',
  );
  const readPower = accessor<T, unknown>((o.decisionPower ?? 'decisionPower') as string, 'decisionPower');
  const readAttitude = accessor<T, unknown>((o.attitude ?? 'attitude') as string, 'attitude');
  const readRelationship = accessor<T, unknown>((o.relationship ?? 'relationship') as string, 'relationship');
  const readKeyContact = accessor<T, unknown>((o.keyContact ?? 'keyContact') as string, 'keyContact');
  const isKey =
    o.isKeyStakeholder ??
    ((p: Omit<StakeholderNode<T>, 'keyStakeholder'>) =>
      p.decisionPower === 'high' && p.attitude === 'neutral');
  if (typeof isKey !== 'function') {
    throw new KamkitError('INVALID_OPTION', 'isKeyStakeholder must be a function (person) => boolean.', {
      field: 'isKeyStakeholder',
    });
  }
  const { parents, secondaries } = readReportingLines(array, ids, indexById, readParent, readSecondary);
  const tree = reportingTree(ids, parents, indexById);

  // Depth-first from the top, annotating each person: values never throw.
  const rows: StakeholderNode<T>[] = [];
  const nodeById = new Map<Id, StakeholderNode<T>>();
  const stack: { index: number; depth: number; rootId: Id }[] = [];
  for (let r = tree.roots.length - 1; r >= 0; r--) {
    const index = tree.roots[r] as number;
    stack.push({ index, depth: 0, rootId: ids[index] as Id });
  }
  while (stack.length > 0) {
    const { index, depth, rootId } = stack.pop() as { index: number; depth: number; rootId: Id };
    const datum = array[index] as T;
    const relationship = readRelationship(datum, index, array);
    const children = tree.children[index] as number[];
    const base: Omit<StakeholderNode<T>, 'keyStakeholder'> = {
      id: ids[index] as Id,
      datum,
      index,
      parentId: parents[index] as Id | null,
      secondaryParentIds: secondaries[index] as Id[],
      children: children.map((k) => ids[k] as Id),
      depth,
      rootId,
      decisionPower: readEnum(readPower(datum, index, array), POWERS),
      attitude: readEnum(readAttitude(datum, index, array), ATTITUDES),
      relationship: typeof relationship === 'number' && Number.isFinite(relationship) ? relationship : null,
      keyContact: readKeyContact(datum, index, array) === true,
    };
    const node: StakeholderNode<T> = { ...base, keyStakeholder: Boolean(isKey(base)) };
    rows.push(node);
    nodeById.set(node.id, node);
    for (let c = children.length - 1; c >= 0; c--) {
      stack.push({ index: children[c] as number, depth: depth + 1, rootId });
    }
  }

  const influences = readInfluences(o.influences, indexById);

  const secondaryLines: { from: Id; to: Id }[] = [];
  for (const node of [...rows].sort((a, b) => compareIds(a.id, b.id))) {
    for (const to of node.secondaryParentIds) secondaryLines.push({ from: node.id, to });
  }

  return {
    rows,
    roots: tree.roots.map((i) => ids[i] as Id),
    influences,
    secondaryLines,
    keyStakeholders: rows.filter((p) => p.keyStakeholder),
    coverage: coverage(rows),
    byId: nodeById,
  };
}
