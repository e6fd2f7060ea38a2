import type {
  Id,
  InfluenceInput,
  InfluencePath,
  InfluencePathsResult,
  StakeholderInfluence,
  StakeholderMapResult,
  StakeholderNode,
} from '@kamkit/core';
import { accessor, influencePaths, KamkitError, stakeholderMap } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkChartInput } from '../../contract/errors';
import { optionValues } from '../../contract/options';
import { createFormat } from '../../format/createFormat';
import { stakeholders as deStakeholders } from '../../messages/de/stakeholders';
import { stakeholders as enStakeholders } from '../../messages/en/stakeholders';
import { resolveMessages } from '../../messages/resolve';
import { toArray } from '../../primitives/data';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { cardsOf, moreCardsOf } from './cards';
import { describeMap } from './description';
import type { StakeholderLayoutOptions, StakeholderOrientation } from './options';
import { MAP_KEYS, STAKEHOLDER_OPTIONS } from './options';
import type { PersonWords } from './points';
import { stakeholderPoints } from './points';
import { routeLines, stepKey } from './routing';
import { stakeholderTable } from './table';
import { placeTrees } from './tree';
import type { StakeholderLayout } from './types';
import { fitViewport } from './viewport';
import { readMaxCards, visiblePeople } from './visible';

/** The catalogues of the stakeholders family in the built-in languages. */
const CATALOGUES = { en: enStakeholders, de: deStakeholders };
/** Default card size. */
const NODE_WIDTH = 200;
const NODE_HEIGHT = 96;
const DOMAIN: readonly [number, number] = [1, 5];

/** Core's validated map with the options core does not read. */
export type StakeholderLayoutInput<T, L extends InfluenceInput> = Omit<
  StakeholderLayoutOptions<T, L>,
  (typeof MAP_KEYS)[number]
>;

/** `relationshipDomain` checked: two finite numbers, the first smaller. */
function readDomain(value: unknown): readonly [number, number] {
  if (value === undefined) return DOMAIN;
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    (value[0] as number) < (value[1] as number)
  )
    return [value[0] as number, value[1] as number];
  throw new KamkitError(
    'INVALID_OPTION',
    'relationshipDomain must be [weak, strong], finite, weak < strong.',
    {
      field: 'relationshipDomain',
    },
  );
}

/** The target, core's best paths to them and the highlighted one (`pathFrom`'s, else core's rows[0]). */
function targetAndPath<T, L extends InfluenceInput>(
  map: StakeholderMapResult<T, L>,
  options: StakeholderLayoutInput<T, L>,
) {
  let target: StakeholderNode<T> | null = null;
  let paths: InfluencePathsResult<T, L> | null = null;
  let path: InfluencePath<T, L> | null = null;
  const targetId = options.target === null ? undefined : (options.target ?? map.keyStakeholders[0]?.id);
  if (targetId !== undefined) {
    paths = influencePaths(map, targetId, options.paths);
    target = map.byId.get(targetId) ?? null;
    path =
      options.pathFrom !== undefined
        ? (paths.rows.find((p) => Object.is(p.id, options.pathFrom)) ?? null)
        : (paths.rows[0] ?? null);
  }
  return { target, paths, path };
}

/**
 * Computes the stakeholder map's layout from core's validated map, in named stages: collapse (who is drawn) →
 * tree placement → card text → line routing → viewport fit → description → points and table. The highlighted
 * path is core's best (`influencePaths` rows[0]: supporters first, fewest steps, strongest weakest
 * relationship) unless `pathFrom` names another start. Throws core's `KamkitError` for a target naming nobody
 * or a bad option; {@link useStakeholderLayout} turns that into the error state.
 *
 * @example
 * const layout = computeStakeholderLayout(stakeholderMap(people, { influences }), { width: 900 });
 * layout.pathText; // "Win Catherine Okafor-Lindqvist (…) through Oliver Brennan-Hale (…) → influence."
 */
export function computeStakeholderLayout<T, L extends InfluenceInput = InfluenceInput>(
  map: StakeholderMapResult<T, L>,
  options: StakeholderLayoutInput<T, L>,
): StakeholderLayout<T, L> {
  const format = createFormat({ locale: options.locale });
  const m = resolveMessages(options.locale, options.messages, 'stakeholders', CATALOGUES);
  const text = m.family;
  const domain = readDomain(options.relationshipDomain);
  const maxCards = readMaxCards(options.maxCards);
  const orientation: StakeholderOrientation =
    options.orientation === 'left-right' ? 'left-right' : 'top-down';
  const topDown = orientation === 'top-down';
  const W = Math.max(80, options.nodeWidth ?? NODE_WIDTH);
  const H = Math.max(48, options.nodeHeight ?? NODE_HEIGHT);
  const geometry = { topDown, cb: topDown ? W : H, cd: topDown ? H : W, depthGap: topDown ? 56 : 72 };
  const data = rowsData(map.rows);
  const nameRow = labeller(options.label ?? ('name' as LabelField<T>));
  const nameOf = (node: StakeholderNode<T>) => nameRow(node, data);
  const readTitle = accessor<T, unknown>((options.jobTitle ?? 'title') as string, 'jobTitle');
  const readOrg = accessor<T, unknown>((options.organisation ?? 'organisation') as string, 'organisation');
  const titleOf = (node: StakeholderNode<T>) => clean(readTitle(node.datum, node.index, data));
  const orgOf = (node: StakeholderNode<T>) => clean(readOrg(node.datum, node.index, data));

  const { target, paths, path } = targetAndPath(map, options);
  const onPath = new Set<string>(path ? path.steps.map(stepKey) : []);
  const pathIndex = new Map<Id, number>(path ? path.ids.map((id, i) => [id, i]) : []);
  const keep = [...(path?.ids ?? []), ...(target ? [target.id] : [])];
  const visible = visiblePeople(map, maxCards, new Set(options.expanded ?? []), keep);
  const stackMin = options.stackLeaves === false ? Number.POSITIVE_INFINITY : (options.stackLeaves ?? 5);
  const placement = placeTrees(visible, map.roots, map.byId, geometry, stackMin, orgOf);
  const xy = (b: number, d: number): [number, number] => (topDown ? [b, d] : [d, b]);
  const cardInput = {
    visible,
    placement,
    byId: map.byId,
    xy,
    cb: geometry.cb,
    W,
    H,
    domain,
    pathIndex,
    targetId: target?.id ?? null,
    nameOf,
    titleOf,
    orgOf,
    text,
    format,
  };
  const cards = cardsOf(cardInput);
  const more = moreCardsOf(cardInput, cards);
  const routes = routeLines({
    geometry,
    placement,
    byId: map.byId,
    cards,
    more,
    secondaryLines: map.secondaryLines,
    influences: map.influences,
    onPath,
  });
  const view = fitViewport({
    boxes: [...cards.map((c) => ({ ...c, ring: c.node.keyStakeholder })), ...more],
    trees: placement.trees,
    curvePoints: routes.curvePoints,
    width: options.width,
    height: options.height,
    margin: options.margin,
  });
  const words = describeMap({
    map,
    trees: placement.trees,
    target,
    path,
    pathFrom: options.pathFrom,
    collapsed: visible.collapsed,
    maxCards,
    nameOf,
    titleOf,
    orgOf,
    text,
    format,
  });
  const influencedBy = new Map<Id, StakeholderInfluence<L>[]>();
  const influencing = new Map<Id, StakeholderInfluence<L>[]>();
  for (const line of map.influences) {
    push(influencedBy, line.to, line);
    push(influencing, line.from, line);
  }
  const personWords: PersonWords<unknown> = {
    text,
    format,
    domain,
    path: path as InfluencePath<unknown, InfluenceInput> | null,
    influencedBy: influencedBy as Map<Id, StakeholderInfluence<InfluenceInput>[]>,
    influencing: influencing as Map<Id, StakeholderInfluence<InfluenceInput>[]>,
    nameById: (id) => nameOf(map.byId.get(id) as StakeholderNode<T>),
  };
  return {
    result: map,
    format,
    orientation,
    width: view.width,
    height: view.height,
    transform: view.transform,
    nodeWidth: W,
    nodeHeight: H,
    relationshipDomain: domain,
    cards,
    more,
    collapsed: visible.collapsed,
    ...routes,
    trees: placement.trees,
    target,
    paths,
    path,
    coverage: map.coverage,
    ...words,
    title: text.title,
    points: stakeholderPoints(cards, more, personWords, view.transform, view.height),
    table: stakeholderTable(cards, personWords, words.description, m.common, options.maxTableRows),
    text,
    nameOf,
  };
}

/** The options the layout memo depends on besides core's map. */
const LAYOUT_KEYS = /* @__PURE__ */ STAKEHOLDER_OPTIONS.filter(
  (key) => !(MAP_KEYS as readonly string[]).includes(key),
);

/**
 * The stakeholder map's layout as a hook: core's `stakeholderMap` (memoised on the options it reads), then
 * {@link computeStakeholderLayout} (memoised on the others, by the one key list). Never throws: invalid data, a
 * broken hierarchy (duplicate id, missing manager, cycle), an unknown target or a bad size give
 * `{ ok: false, error }` with core's `KamkitError`, so the chart renders its error state.
 */
export function useStakeholderLayout<T, L extends InfluenceInput = InfluenceInput>(
  options: StakeholderLayoutOptions<T, L>,
): Attempt<StakeholderLayout<T, L>> {
  const o = options;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  const mapped = useMemo(
    () =>
      attempt(() => {
        const invalid = checkChartInput(o);
        if (invalid) throw invalid;
        return stakeholderMap<T, L>(toArray(o.data), {
          id: o.id,
          parentId: o.parentId,
          secondaryParentId: o.secondaryParentId,
          decisionPower: o.decisionPower,
          attitude: o.attitude,
          relationship: o.relationship,
          keyContact: o.keyContact,
          isKeyStakeholder: o.isKeyStakeholder,
          influences: o.influences,
        });
      }),
    [...optionValues(options, MAP_KEYS), o.width, o.height, o.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (mapped.ok ? attempt(() => computeStakeholderLayout(mapped.value, options)) : mapped),
    [mapped, ...optionValues(options, LAYOUT_KEYS)],
  );
}

/** The records in input order, for accessors' third argument. */
function rowsData<T>(rows: readonly StakeholderNode<T>[]): T[] {
  const data = new Array<T>(rows.length);
  for (const row of rows) data[row.index] = row.datum;
  return data;
}

function clean(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
}

function push<K, V>(index: Map<K, V[]>, key: K, value: V) {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
