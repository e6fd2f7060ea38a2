import type { AbcXyzResult, XyzClass } from '@kamkit/core';
import { leftOutNote } from '../../../contract/excluded';
import type { Formatters } from '../../../format/createFormat';
import type { abc } from '../../../messages/en/abc';
import type { ResolvedMessages } from '../../../messages/resolve';
import { translate } from '../../../messages/translate';
import { sharePercent } from '../../../primitives/share';
import { capitalise } from '../../../primitives/text';
import { TIERS } from './grid';
import { classWord, tierWord } from './labels';
import type { AbcXyzCellLayout } from './types';

/**
 * Stage 3: the finding — the cell with the most value ("AX (high value, steady) holds 33 accounts (23 %) and
 * 77 % of revenue."; the first in reading order on a tie) — and the description: the accounts per XYZ class,
 * per cell, the rule (coefficient of variation over n periods) and the records left out (by ABC or XYZ reason).
 */
export function abcXyzDescription<T>(
  result: AbcXyzResult<T>,
  cells: readonly AbcXyzCellLayout[],
  m: ResolvedMessages<typeof abc>,
  format: Formatters,
) {
  const text = m.family.matrix;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const note = leftOutNote(result.excluded, 'series', m.common, format);
  const biggest = cells.reduce<AbcXyzCellLayout | undefined>(
    (best, c) => (best === undefined || c.summary.value > best.summary.value ? c : best),
    undefined,
  );
  if (result.rows.length === 0 || !biggest) {
    const finding = t(text.empty);
    return { finding, description: [finding, note].filter(Boolean).join(' '), note };
  }
  const s = biggest.summary;
  const finding = t(text.finding, {
    cell: biggest.cell,
    tier: tierWord(text, biggest.tier),
    xyz: classWord(text, biggest.xyz),
    count: s.count,
    accounts: sharePercent(format.percent, s.accountShare),
    share: sharePercent(format.percent, s.share),
  });
  const byClass = (c: XyzClass) => TIERS.reduce((sum, tier) => sum + result.cells[`${tier}${c}`].count, 0);
  const description = [
    finding,
    t(text.byClass, {
      X: capitalise(classWord(text, 'X')),
      Y: classWord(text, 'Y'),
      Z: classWord(text, 'Z'),
      x: t(text.accounts, { count: byClass('X') }),
      y: byClass('Y'),
      z: byClass('Z'),
    }),
    t(text.byCell, { cells: cells.map((c) => `${c.cell} ${format.integer(c.summary.count)}`).join(', ') }),
    t(text.method, { periods: result.xyz.periods }),
    note,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return { finding, description, note };
}
