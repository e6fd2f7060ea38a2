import type { MrrMovementsResult } from '@kamkit/core';
import { leftOutNote } from '../../../contract/excluded';
import type { Formatters } from '../../../format/createFormat';
import type { dashboard } from '../../../messages/en/dashboard';
import type { ResolvedMessages } from '../../../messages/resolve';
import { translate } from '../../../messages/translate';

interface DescriptionInput<T> {
  result: MrrMovementsResult<T>;
  empty: boolean;
  hasPeriods: boolean;
  fromText: string;
  toText: string;
  nrr: string | null;
  grr: string | null;
  /** Names of the hidden series, in legend order. */
  hidden: readonly string[];
  m: ResolvedMessages<typeof dashboard>;
  format: Formatters;
}

/**
 * Stage 3: the finding ("MRR grew from $1.8M to $2M between Jan 2024 and Dec 2024: new $120K, expansion $80K,
 * contraction $20K, churn $30K; NRR 99%, GRR 95%."), the accounts per movement, the hidden series and the
 * records left out by reason; the table's note with both retention rates.
 */
export function movementsDescription<T>(input: DescriptionInput<T>) {
  const { result, m, format } = input;
  const text = m.family.movements;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  let finding: string;
  if (input.empty) {
    finding = input.hasPeriods
      ? t(text.emptyPeriods, { from: input.fromText, to: input.toText })
      : text.empty;
  } else {
    const rates = [input.nrr, input.grr].filter(Boolean).join(', ');
    const params = {
      start: result.startMrr,
      end: result.endMrr,
      from: input.fromText,
      to: input.toText,
      parts: t(text.parts, {
        new: result.new,
        expansion: result.expansion,
        contraction: result.contraction,
        churned: result.churned,
      }),
      rates: rates ? `; ${rates}` : '',
    };
    const { startMrr: s, endMrr: e } = result;
    finding = t(e > s ? text.grew : e < s ? text.fell : text.stayed, params);
  }
  const parts = [finding];
  if (!input.empty) parts.push(t(text.counts, { ...result.counts }));
  if (input.hidden.length > 0) parts.push(t(text.hidden, { series: input.hidden.join(', ') }));
  const note = leftOutNote(result.excluded, 'value', m.common, format);
  if (note) parts.push(note);
  const rates =
    result.netRevenueRetention !== null && result.grossRevenueRetention !== null
      ? t(text.ratesNote, { nrr: result.netRevenueRetention, grr: result.grossRevenueRetention })
      : '';
  return { finding, description: parts.join(' '), tableNote: [rates, note].filter(Boolean).join(' ') };
}
