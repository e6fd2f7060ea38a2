import type { Formatters } from '../format/createFormat';
import type { common } from '../messages/en/common';
import { translate } from '../messages/translate';
import type { MessageShape } from '../messages/types';
import { devWarn } from './dev';

/**
 * "Left out: 12 values are text, not numbers; 3 values are missing." — the records an analysis excluded,
 * counted by reason (in the order the reasons first occur), in the chart's language; `''` when none. A reason the
 * catalogue does not know is counted as left out. In development, a console warning names the field, so a CSV
 * loaded without converting its numbers is found at once.
 */
export function leftOutNote(
  excluded: readonly { reason: string }[],
  field: string,
  messages: MessageShape<typeof common>,
  format: Formatters,
): string {
  if (excluded.length === 0) return '';
  const counts = new Map<string, number>();
  for (const record of excluded) counts.set(record.reason, (counts.get(record.reason) ?? 0) + 1);
  const byReason = messages.excluded as Record<string, (typeof messages.excluded)['unknown']>;
  const reasons = Array.from(counts, ([reason, count]) =>
    translate(byReason[reason] ?? messages.excluded.unknown, { count }, format),
  );
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
    devWarn(
      `${excluded.length} record(s) left out of the field "${field}": ${Array.from(counts, ([r, c]) => `${c} ${r}`).join(', ')}.`,
    );
  return translate(messages.leftOut, { reasons: reasons.join('; ') }, format);
}
