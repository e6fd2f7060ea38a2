import type { Id, StakeholderNode } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { stakeholders } from '../../messages/en/stakeholders';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { truncateText, wrapText } from '../../primitives/text';
import type { Place, TreePlacement } from './tree';
import type { StakeholderCard, StakeholderMore } from './types';
import type { Visible } from './visible';

/** Text rows: the name's baseline, the row height, the left and right padding, the fonts. */
const NAME_SIZE = 12;
export const CARD_TEXT = {
  top: 17,
  row: 14,
  left: 16,
  right: 10,
  nameSize: NAME_SIZE,
  titleSize: 11,
  orgSize: 10.5,
};
/** The "to win" badge on the ring above the card's top edge: its left, the y of its centre line, its size. */
export const WIN_BADGE = { x: 10, y: -5, width: 50, height: 16 };
const NAME_FONT = { size: NAME_SIZE, bold: true } as const;
/** The attitude word's font and the room the relationship chip and the power bars keep on the bottom row. */
const WORD_FONT = 11;
const BOTTOM_RIGHT = 96;

/**
 * The quality band of a relationship value on `[lo, hi]`: five equal bands, 1 (very weak) … 5 (very good); a
 * value on a band's upper edge belongs to the upper band, values outside the domain are clamped, `null` stays
 * `null`.
 */
export function qualityBand(value: number | null, [lo, hi]: readonly [number, number]): number | null {
  if (value === null) return null;
  const share = Math.min(1, Math.max(0, (value - lo) / (hi - lo)));
  return Math.min(5, Math.floor(share * 5) + 1);
}

const QUALITY = ['veryWeak', 'weak', 'fair', 'good', 'veryGood'] as const;

/** The band's word ("good"). */
export function qualityWord(band: number, text: MessageShape<typeof stakeholders>): string {
  return text.quality[QUALITY[band - 1] ?? 'fair'];
}

/** What stage 2 needs from the layout. */
export interface CardInput<T> {
  visible: Visible<T>;
  placement: TreePlacement<T>;
  byId: ReadonlyMap<Id, StakeholderNode<T>>;
  xy: (b: number, d: number) => [number, number];
  cb: number;
  W: number;
  H: number;
  domain: readonly [number, number];
  pathIndex: ReadonlyMap<Id, number>;
  targetId: Id | null;
  nameOf: (node: StakeholderNode<T>) => string;
  titleOf: (node: StakeholderNode<T>) => string;
  orgOf: (node: StakeholderNode<T>) => string;
  text: MessageShape<typeof stakeholders>;
  format: Formatters;
}

/**
 * Stage 2, card text: one card per drawn person in tree order (trees in display order, each depth first), with
 * the name and title wrapped to the card (text module: measured, not counted), the organisation where it
 * differs from the tree's, the attitude word where it fits, and the relationship's value, band and text.
 */
export function cardsOf<T>(input: CardInput<T>): StakeholderCard<T>[] {
  const { placement, byId, W, H, text, format } = input;
  const textWidth = W - CARD_TEXT.left - CARD_TEXT.right;
  // Text rows above the bottom row (attitude, relationship, power): 4 in the default 96 px card, 1 at least.
  const rowsAvail = Math.max(1, Math.floor((H - 41) / CARD_TEXT.row) + 1);
  const [lo, hi] = input.domain;
  const byTree = new Map<Id, StakeholderNode<T>[]>();
  for (const node of input.visible.people) {
    const list = byTree.get(node.rootId);
    if (list) list.push(node);
    else byTree.set(node.rootId, [node]);
  }
  const treeOrg = (at: Place) => placement.trees[at.tree]?.organisation ?? '';
  return placement.roots.flatMap((rootId) =>
    (byTree.get(rootId) ?? []).map((node) => {
      const at = placement.place.get(node.id) as Place;
      const [x, y] = input.xy(at.b - input.cb / 2, at.d);
      const name = input.nameOf(node);
      const jobTitle = input.titleOf(node);
      const org = input.orgOf(node);
      const showOrg = org !== '' && org !== treeOrg(at) && rowsAvail >= 3;
      const nameWidth = textWidth - (node.keyContact ? 18 : 0);
      const rowsLeft = rowsAvail - (showOrg ? 1 : 0);
      const twoLines = wrapText(name, nameWidth, NAME_FONT, 2);
      const nameRows =
        jobTitle === '' || rowsLeft === 1
          ? Math.min(2, rowsLeft)
          : Math.max(1, Math.min(twoLines.length, rowsLeft - 1));
      const titleRows = Math.min(2, Math.max(0, rowsLeft - Math.min(nameRows, twoLines.length)));
      const level = node.relationship === null ? null : Math.max(lo, Math.min(hi, node.relationship));
      const attitude = node.attitude === null ? text.unknown : text.attitude[node.attitude];
      const wordRoom = W - CARD_TEXT.left - 17 - BOTTOM_RIGHT;
      return {
        id: node.id,
        node,
        datum: node.datum,
        item: { kind: 'person' as const, id: node.id, datum: node.datum, accounts: [node.datum] },
        x,
        y,
        width: W,
        height: H,
        name,
        jobTitle,
        organisation: org,
        manager: node.parentId === null ? null : input.nameOf(byId.get(node.parentId) as StakeholderNode<T>),
        dottedManagers: node.secondaryParentIds.map((m) => input.nameOf(byId.get(m) as StakeholderNode<T>)),
        nameLines: nameRows >= twoLines.length ? twoLines : wrapText(name, nameWidth, NAME_FONT, nameRows),
        titleLines: wrapText(jobTitle, textWidth, CARD_TEXT.titleSize, titleRows),
        organisationLine: showOrg ? truncateText(org, textWidth, CARD_TEXT.orgSize) : null,
        attitudeWord: wordRoom >= 30 ? truncateText(attitude, wordRoom, WORD_FONT) : null,
        relationshipLevel: level,
        relationshipShare: level === null ? null : (level - lo) / (hi - lo),
        band: qualityBand(level, input.domain),
        relationshipText:
          node.relationship === null
            ? null
            : translate(text.relationshipCard, { value: node.relationship, max: hi }, format),
        pathIndex: input.pathIndex.get(node.id) ?? null,
        target: input.targetId !== null && node.id === input.targetId,
        stacked: at.stacked,
        treeIndex: at.tree,
      };
    }),
  );
}

/** Stage 2b: the "+N" cards, one per manager with hidden reports, in the order of their managers' cards. */
export function moreCardsOf<T>(input: CardInput<T>, cards: readonly StakeholderCard<T>[]): StakeholderMore[] {
  const { placement, text, format } = input;
  const out: StakeholderMore[] = [];
  for (const card of cards) {
    const group = input.visible.hidden.get(card.id);
    const at = placement.morePlace.get(card.id);
    if (!group || !at) continue;
    const [x, y] = input.xy(at.b - input.cb / 2, at.d);
    const accounts = group.reports.map((r) => r.datum);
    out.push({
      key: `more:${String(card.id)}`,
      managerId: card.id,
      count: group.count,
      item: { kind: 'bin', id: `more:${String(card.id)}`, datum: null, accounts },
      x,
      y,
      width: input.W,
      height: input.H,
      text: translate(text.more, { count: group.count }, format),
      caption: translate(text.moreTitle, { count: group.count, name: card.name }, format),
      captionLines: wrapText(
        translate(text.moreTitle, { count: group.count, name: card.name }, format),
        input.W - 2 * CARD_TEXT.left,
        CARD_TEXT.titleSize,
        // As many lines (at most 2) as fit under the count in the card's lower half.
        Math.max(0, Math.min(2, Math.floor((input.H / 2 - 4) / CARD_TEXT.row))),
      ),
      stacked: at.stacked,
    });
  }
  return out;
}
