import type { FieldOrAccessor, Id, IdField } from './accessor';
import { accessor, toArray } from './accessor';
import { describe, KamkitError } from './errors';
import { compareIds, isId, readIds } from './id';
import { readInfluences } from './influenceLines';
import { readOptions } from './options';

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

function isEmptyRef(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Coverage of a buying centre by people with a positive attitude ("champions"):
 * `'green'` when a person with a positive attitude has high decision power; `'amber'` when one has medium
 * decision power and none high; `'red'` when no person with a positive attitude has high or medium decision
 * power (including an empty list). People whose attitude or decision power is unknown (`null`) do not count,
 * nor do entries that are not objects (holes, `null`).
 * Pass a subset to measure one organisation, e.g. `coverage(map.rows.filter((p) => p.rootId === 'ceo'))`.
 *
 * @example
 * coverage(map.rows); // 'amber': our champions have medium decision power at most
 */
export function coverage(
  people: Iterable<{ attitude: Attitude | null; decisionPower: DecisionPower | null }>,
): Coverage {
  let best: Coverage = 'red';
  const list = toArray(people, 'people');
  for (let i = 0; i < list.length; i++) {
    const person = list[i];
    // A hole, null or a non-object is nobody: it cannot count as a champion.
    if (person === null || typeof person !== 'object' || person.attitude !== 'positive') continue;
    if (person.decisionPower === 'high') return 'green';
    if (person.decisionPower === 'medium') best = 'amber';
  }
  return best;
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

  const rootIndexes: number[] = [];
  for (let i = 0; i < n; i++) if (parents[i] === null) rootIndexes.push(i);
  if (n > 0 && rootIndexes.length === 0) {
    throw new KamkitError(
      'NO_ROOT',
      'Nobody is at the top of the hierarchy: every person has a parentId, so the reporting lines form a cycle.',
      { field: 'parentId' },
    );
  }

  // Cycle check: walk up from every person (in id order, so the error does not depend on input order).
  const state = new Uint8Array(n); // 0 unvisited, 1 on the current walk, 2 known to reach the top
  const byIdOrder = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    compareIds(ids[a] as Id, ids[b] as Id),
  );
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
      const smallest = cycle.reduce((a, b) => (compareIds(ids[a] as Id, ids[b] as Id) <= 0 ? a : b));
      const names = cycle.map((k) => describe(ids[k])).join(' → ');
      throw new KamkitError('CYCLE', `The reporting lines form a cycle: ${names} → ${describe(ids[i])}.`, {
        id: ids[smallest] as Id,
        index: smallest,
        field: 'parentId',
      });
    }
    for (const k of walk) state[k] = 2;
  }

  const childIndexes: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const parent = parents[i];
    if (parent !== null && parent !== undefined) childIndexes[indexById.get(parent) as number]?.push(i);
  }
  const byId = (a: number, b: number) => compareIds(ids[a] as Id, ids[b] as Id);
  for (const list of childIndexes) list.sort(byId);
  rootIndexes.sort(byId);

  const rows: StakeholderNode<T>[] = [];
  const nodeById = new Map<Id, StakeholderNode<T>>();
  const stack: { index: number; depth: number; rootId: Id }[] = [];
  for (let r = rootIndexes.length - 1; r >= 0; r--) {
    const index = rootIndexes[r] as number;
    stack.push({ index, depth: 0, rootId: ids[index] as Id });
  }
  while (stack.length > 0) {
    const { index, depth, rootId } = stack.pop() as { index: number; depth: number; rootId: Id };
    const datum = array[index] as T;
    const relationship = readRelationship(datum, index, array);
    const base: Omit<StakeholderNode<T>, 'keyStakeholder'> = {
      id: ids[index] as Id,
      datum,
      index,
      parentId: parents[index] as Id | null,
      secondaryParentIds: secondaries[index] as Id[],
      children: (childIndexes[index] as number[]).map((k) => ids[k] as Id),
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
    const children = childIndexes[index] as number[];
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
    roots: rootIndexes.map((i) => ids[i] as Id),
    influences,
    secondaryLines,
    keyStakeholders: rows.filter((p) => p.keyStakeholder),
    coverage: coverage(rows),
    byId: nodeById,
  };
}
