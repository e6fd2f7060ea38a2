import type { Id, InfluenceInput, InfluencePath, StakeholderInfluence, StakeholderNode } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { stakeholders } from '../../messages/en/stakeholders';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import type { ExplorerPoint } from '../../primitives/types';
import { qualityWord } from './cards';
import type { Rect, StakeholderCard, StakeholderMore, StakeholderTransform } from './types';

type Text = MessageShape<typeof stakeholders>;

/** The words a card's tooltip and table row share. */
export interface PersonWords<T> {
  text: Text;
  format: Formatters;
  domain: readonly [number, number];
  path: InfluencePath<unknown, InfluenceInput> | null;
  influencedBy: ReadonlyMap<Id, StakeholderInfluence<InfluenceInput>[]>;
  influencing: ReadonlyMap<Id, StakeholderInfluence<InfluenceInput>[]>;
  nameById: (id: Id) => string;
  card?: StakeholderCard<T>;
}

/** "Oliver Brennan-Hale (positive), Daniel Achterberg (negative)": the other ends of a person's lines. */
export function influenceNames(
  lines: readonly StakeholderInfluence<InfluenceInput>[] | undefined,
  end: 'from' | 'to',
  words: Pick<PersonWords<unknown>, 'text' | 'format' | 'nameById'>,
): string {
  return (lines ?? [])
    .map((line) =>
      translate(
        words.text.influenceEnd,
        { name: words.nameById(line[end]), kind: words.text.attitude[line.kind] },
        words.format,
      ),
    )
    .join(', ');
}

/** The relationship as given ("4 of 5"; a value outside the domain is written as it is) and its quality ("good"), or `null` when unknown. */
export function relationshipWords(
  card: StakeholderCard<unknown>,
  words: PersonWords<unknown>,
): { value: string; quality: string } | null {
  if (card.relationshipLevel === null || card.band === null) return null;
  const value = translate(
    words.text.relationshipOf,
    { value: card.node.relationship as number, max: words.domain[1] },
    words.format,
  );
  return { value, quality: qualityWord(card.band, words.text) };
}

/** "step 1 of 2", "the person to win", or '' off the path. */
export function stepWords(card: StakeholderCard<unknown>, words: PersonWords<unknown>): string {
  if (card.pathIndex === null || !words.path) return '';
  if (card.target) return words.text.pathTarget;
  return translate(
    words.text.pathStepOf,
    { step: card.pathIndex + 1, count: words.path.length },
    words.format,
  );
}

function toView(box: Rect, transform: StakeholderTransform, height: number) {
  const x = box.x * transform.scale + transform.tx;
  const y = box.y * transform.scale + transform.ty;
  const w = box.width * transform.scale;
  const h = box.height * transform.scale;
  // Anchor the tooltip at the card's bottom edge where it opens downwards (the explorer opens it below points
  // in the top 35 % of the chart), else at its top edge, so it does not cover the card it describes.
  return { x: x + w / 2, y: y + h < height * 0.35 ? y + h : y, box: { x, y, width: w, height: h } };
}

/**
 * Stage 6a, explorer points: one per card in tree order, then one per "+N" card, each with its item and the
 * person's fields as tooltip lines (relationship with its quality in words, attitude in words).
 */
export function stakeholderPoints<T>(
  cards: readonly StakeholderCard<T>[],
  more: readonly StakeholderMore[],
  words: PersonWords<unknown>,
  transform: StakeholderTransform,
  height: number,
): ExplorerPoint[] {
  const { text, format } = words;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const people = cards.map((card) => {
    const node = card.node as StakeholderNode<unknown>;
    const relationship = relationshipWords(card as StakeholderCard<unknown>, words);
    const by = influenceNames(words.influencedBy.get(node.id), 'from', words);
    const to = influenceNames(words.influencing.get(node.id), 'to', words);
    const step = stepWords(card as StakeholderCard<unknown>, words);
    const lines = [
      card.jobTitle,
      card.organisation,
      card.manager === null ? text.topOfHierarchy : t(text.reportsToLine, { name: card.manager }),
      card.dottedManagers.length > 0 ? t(text.dottedLine, { names: card.dottedManagers.join(', ') }) : '',
      t(text.powerLine, {
        power: node.decisionPower === null ? text.unknown : text.power[node.decisionPower],
      }),
      t(text.attitudeLine, {
        attitude: node.attitude === null ? text.unknown : text.attitude[node.attitude],
      }),
      relationship === null ? text.relationshipUnknown : t(text.relationshipLine, relationship),
      node.keyContact ? text.keyContact : '',
      node.keyStakeholder ? text.keyStakeholderLine : '',
      by ? t(text.influencedBy, { names: by }) : '',
      to ? t(text.influencesLine, { names: to }) : '',
      step ? t(text.pathLine, { step }) : '',
    ].filter((line) => line !== '');
    return { ...toView(card, transform, height), item: card.item, title: card.name, lines };
  });
  const groups = more.map((group) => ({
    ...toView(group, transform, height),
    item: group.item,
    title: group.caption,
    lines: [text.moreHint],
  }));
  return [...people, ...groups];
}
