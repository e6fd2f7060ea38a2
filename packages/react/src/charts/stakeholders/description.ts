import type {
  Id,
  InfluenceInput,
  InfluencePath,
  InfluenceStepKind,
  StakeholderMapResult,
  StakeholderNode,
} from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { stakeholders } from '../../messages/en/stakeholders';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { namesList } from '../../primitives/text';
import type { StakeholderTree } from './types';

type Text = MessageShape<typeof stakeholders>;

const STEP: Record<InfluenceStepKind, keyof Text['steps']> = {
  influence: 'influence',
  'reports-to': 'reportsTo',
  manages: 'manages',
  'dotted-reports-to': 'dottedReportsTo',
  'dotted-manages': 'dottedManages',
};

/** What stage 5 needs. */
export interface DescriptionInput<T, L extends InfluenceInput> {
  map: StakeholderMapResult<T, L>;
  trees: readonly StakeholderTree[];
  target: StakeholderNode<T> | null;
  path: InfluencePath<T, L> | null;
  pathFrom: Id | undefined;
  collapsed: number;
  maxCards: number;
  nameOf: (node: StakeholderNode<T>) => string;
  titleOf: (node: StakeholderNode<T>) => string;
  orgOf: (node: StakeholderNode<T>) => string;
  text: Text;
  format: Formatters;
}

/** A person's attitude and decision power in words ("neutral", "high decision power"). */
export function attitudeText(node: StakeholderNode<unknown>, text: Text): string {
  return node.attitude === null ? text.attitudeUnknown : text.attitude[node.attitude];
}
export function powerText(node: StakeholderNode<unknown>, text: Text, format: Formatters): string {
  return node.decisionPower === null
    ? text.powerUnknown
    : translate(text.powerPhrase, { power: text.power[node.decisionPower] }, format);
}

/**
 * Stage 5, description: the coverage and why (core's `coverage` rule in words), the highlighted path in words,
 * and the `<desc>`: people and organisations, key stakeholders, coverage, path, and how many people are
 * collapsed into "+N" cards.
 */
export function describeMap<T, L extends InfluenceInput>(input: DescriptionInput<T, L>) {
  const { map, text, format, nameOf } = input;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const people = map.rows;
  const coverage = map.coverage;
  let coverageReason: string;
  if (coverage === 'green') {
    const champion = people.find((p) => p.attitude === 'positive' && p.decisionPower === 'high');
    coverageReason = champion ? t(text.coverageGreen, { name: nameOf(champion) }) : text.coverageGreenAnyone;
  } else if (coverage === 'amber') {
    const champions = people.filter((p) => p.attitude === 'positive' && p.decisionPower === 'medium');
    coverageReason = t(text.coverageAmber, { names: namesList(champions.map(nameOf), 3) });
  } else coverageReason = text.coverageRed;
  const coverageLabel = text.coverageLevel[coverage];
  const pathText = describePath(input);
  if (people.length === 0) return { coverageLabel, coverageReason, pathText, description: text.empty };
  const organisations = [...new Set(input.trees.map((tr) => tr.organisation).filter((o) => o !== ''))];
  const where =
    organisations.length > 1
      ? t(text.whereOrganisations, { count: organisations.length, names: namesList(organisations, 4) })
      : organisations.length === 1
        ? t(text.whereOrganisation, { name: organisations[0] as string })
        : map.roots.length > 1
          ? t(text.whereTrees, { count: map.roots.length })
          : '';
  const keys = map.keyStakeholders;
  const description = [
    t(text.summary, { count: people.length, where }),
    keys.length === 0
      ? text.noKeyStakeholder
      : t(text.keyStakeholders, { count: keys.length, names: namesList(keys.map(nameOf), 4) }),
    t(text.coverageSentence, { coverage: coverageLabel, reason: coverageReason }),
    pathText,
    input.collapsed > 0 ? t(text.collapsedNote, { count: input.collapsed, max: input.maxCards }) : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  return { coverageLabel, coverageReason, pathText, description };
}

/** The path in words: "Win X (…) through A (…) → influence.", or why there is none. */
function describePath<T, L extends InfluenceInput>(input: DescriptionInput<T, L>): string {
  const { target, path, text, format, nameOf } = input;
  if (!target) return '';
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const home = input.orgOf(target);
  const about = (node: StakeholderNode<T>, withPower: boolean) => {
    const org = input.orgOf(node);
    const where = org !== '' && org !== home ? org : input.titleOf(node);
    return [where, attitudeText(node, text), withPower ? powerText(node, text, format) : '']
      .filter((s) => s !== '')
      .join(', ');
  };
  const who = t(text.about, { name: nameOf(target), about: about(target, true) });
  if (path && path.length === 0) return t(text.pathAlready, { name: nameOf(target) });
  if (path) {
    const steps = path.steps.map((step, i) => {
      const person = path.people[i] as StakeholderNode<T>;
      return t(text.pathStep, {
        name: nameOf(person),
        about: about(person, false),
        step: text.steps[STEP[step.kind]],
      });
    });
    return t(text.pathWin, { who, steps: steps.join(' → ') });
  }
  const start = input.pathFrom === undefined ? undefined : input.map.byId.get(input.pathFrom);
  if (start) return t(text.pathNoneFrom, { start: nameOf(start), who });
  return t(text.pathNone, { who });
}
