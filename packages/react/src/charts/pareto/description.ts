import { leftOutNote } from '../../contract/excluded';
import type { Formatters } from '../../format/createFormat';
import type { pareto } from '../../messages/en/pareto';
import type { ResolvedMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import type { Ranked } from './marks';

/**
 * Stage 4: the finding and the description in the chart's language. The finding states the vital few ("12 of 60
 * accounts (20 %) make 80 % of revenue."), or why nothing is drawn; the description adds the largest account,
 * the total and the records left out, counted by reason.
 */
export function paretoDescription<T>(
  r: Ranked<T>,
  m: ResolvedMessages<typeof pareto>,
  format: Formatters,
  valueField: string,
) {
  const { analysis, n } = r;
  const text = m.family;
  const finding =
    n === 0
      ? text.empty
      : translate(
          text.finding,
          { vital: analysis.vitalCount, count: n, share: analysis.vitalShare, cutoff: analysis.cutoff },
          format,
        );
  const note = leftOutNote(analysis.excluded, valueField, m.common, format);
  const largest =
    n === 0
      ? ''
      : translate(
          text.largest,
          {
            name: r.labelAt(0),
            value: r.valueAt(0),
            share: r.valueAt(0) / analysis.total,
            total: analysis.total,
          },
          format,
        );
  const description = [finding, largest, note].filter((part) => part !== '').join(' ');
  return { finding, description, note };
}
