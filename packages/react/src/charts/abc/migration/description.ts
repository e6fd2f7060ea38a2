import type { AbcState, PeriodKey } from '@kamkit/core';
import type { Formatters } from '../../../format/createFormat';
import { translate } from '../../../messages/translate';
import { TIER_STATES } from './states';
import type { AbcMoveSummary } from './types';
import type { MigrationText } from './words';

/** What {@link migrationDescription} needs. */
export interface DescriptionInput<P extends PeriodKey> {
  n: number;
  periodCount: number;
  comparable: boolean;
  flow: boolean;
  from: P | undefined;
  to: P | undefined;
  shownPeriods: readonly P[];
  states: readonly AbcState[];
  moves: AbcMoveSummary;
  countOf: (a: AbcState, b: AbcState) => number;
  rowTotal: (a: AbcState) => number;
  text: MigrationText;
  format: Formatters;
}

const TIERS = ['A', 'B', 'C'] as const;

/**
 * Stage 3: the finding ("From 2023 to 2024, 123 of 135 accounts kept their tier, 5 moved up and 3 moved down;
 * 13 gained a tier and 4 lost theirs."), or why there is nothing to compare (no accounts, fewer than two
 * periods, the same period twice), and the description: the finding, how many stayed in each tier, how many
 * are new in each tier, and in the flow view the periods it runs across.
 */
export function migrationDescription<P extends PeriodKey>(input: DescriptionInput<P>) {
  const { moves, text, format, countOf, rowTotal } = input;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const from = String(input.from);
  const to = String(input.to);
  let finding: string;
  if (input.n === 0) finding = t(text.empty);
  else if (input.periodCount < 2) finding = t(text.needPeriods);
  else if (!input.comparable) finding = t(text.choosePeriods);
  else
    finding =
      moves.tiered === 0
        ? t(text.findingNoTier, { from, to, gained: moves.gained, lost: moves.lost })
        : t(text.finding, { from, to, ...moves, count: moves.tiered });
  if (!input.comparable) return { finding, description: finding };
  const stays = TIERS.filter((tier) => rowTotal(tier) > 0).map((tier) =>
    t(text.stayedItem, { tier, kept: countOf(tier, tier), total: rowTotal(tier) }),
  );
  const others = input.states.filter((s) => !TIER_STATES.has(s));
  const fresh = TIERS.map((tier) => ({ tier, count: others.reduce((sum, s) => sum + countOf(s, tier), 0) }))
    .filter((e) => e.count > 0)
    .map((e) => t(text.newItem, e));
  const description = [
    finding,
    stays.length > 0 ? t(text.stayed, { list: stays.join(', ') }) : '',
    fresh.length > 0 ? t(text.newTiers, { list: fresh.join(', ') }) : '',
    input.flow && input.shownPeriods.length > 2
      ? t(text.flowsAcross, { periods: input.shownPeriods.map(String).join(', ') })
      : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  return { finding, description };
}
