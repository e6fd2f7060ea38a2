import type { AbcOverTimeRow, AbcState, PeriodKey } from '@kamkit/core';
import type { Formatters } from '../../../format/createFormat';
import type { abc } from '../../../messages/en/abc';
import { translate } from '../../../messages/translate';
import type { MessageShape } from '../../../messages/types';
import { namesList } from '../../../primitives/text';
import type { Pair } from './states';
import type { AbcMoveDirection } from './types';

export type MigrationText = MessageShape<typeof abc>['migration'];

/** The name of a state: the tier's letter, or the catalogue's words for no revenue, no record, invalid. */
export function stateLabelOf(text: MigrationText): (state: AbcState) => string {
  return (state) =>
    state === 'none'
      ? (text.stateNone as string)
      : state === 'absent'
        ? (text.stateAbsent as string)
        : state === 'invalid'
          ? (text.stateInvalid as string)
          : state;
}

/** The words of a move's direction. */
export function directionWord(text: MigrationText, direction: AbcMoveDirection): string {
  return (
    direction === 'up'
      ? text.directionUp
      : direction === 'down'
        ? text.directionDown
        : direction === 'same'
          ? text.directionSame
          : text.directionOther
  ) as string;
}

/** The tooltip's names line of a move: the first four accounts (largest first) and how many more. */
export function namesLine<T, P extends PeriodKey>(
  pair: Pair | undefined,
  rows: readonly AbcOverTimeRow<T, P>[],
  labelOf: (row: AbcOverTimeRow<T, P>) => string,
  text: MigrationText,
  format: Formatters,
): string {
  if (!pair) return '';
  const named = pair.indices.slice(0, 4).map((i) => labelOf(rows[i] as AbcOverTimeRow<T, P>));
  const more = pair.count - named.length;
  return more > 0 ? translate(text.more, { names: namesList(named, 4), more }, format) : namesList(named, 4);
}

/**
 * The table's "largest accounts" of an earlier state: the first four accounts in it (largest first, in full)
 * and how many more; `''` for a state without accounts.
 */
export function stateExamples<T, P extends PeriodKey>(
  main: Map<string, Pair>,
  rows: readonly AbcOverTimeRow<T, P>[],
  labelOf: (row: AbcOverTimeRow<T, P>) => string,
  text: MigrationText,
  format: Formatters,
): (state: AbcState) => string {
  return (state) => {
    const indices: number[] = [];
    for (const [key, pair] of main) if (key.startsWith(`${state}|`)) indices.push(...pair.indices);
    indices.sort((a, b) => a - b);
    const named = indices
      .slice(0, 4)
      .map((i) => labelOf(rows[i] as AbcOverTimeRow<T, P>))
      .join(', ');
    const more = indices.length - Math.min(4, indices.length);
    return more > 0 ? translate(text.more, { names: named, more }, format) : named;
  };
}
