import type { ConcentrationResult } from '@kamkit/core';
import { leftOutNote } from '../../contract/excluded';
import type { Formatters } from '../../format/createFormat';
import { lorenz as enLorenz } from '../../messages/en/lorenz';
import type { ResolvedMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { curveValueAt } from '../../primitives/curve';
import { sharePercent } from '../../primitives/share';
import { MARKER_SHARE } from './marks';
import type { GiniVariant } from './options';

/**
 * The Gini coefficient in words, from the catalogue (English by default): below 0.3 `giniEven` ("revenue is
 * spread fairly evenly"), below 0.5 `giniModerate`, below 0.7 `giniHigh`, else `giniVeryHigh` (a boundary
 * value belongs to the band above it).
 *
 * @example
 * describeGini(0.63); // "revenue is highly concentrated"
 * describeGini(0.63, messagesDe.lorenz); // "Der Umsatz ist stark konzentriert"
 */
export function describeGini(gini: number, text: MessageShape<typeof enLorenz> = enLorenz): string {
  if (gini < 0.3) return text.giniEven as string;
  if (gini < 0.5) return text.giniModerate as string;
  if (gini < 0.7) return text.giniHigh as string;
  return text.giniVeryHigh as string;
}

/** What {@link lorenzDescription} returns. */
export interface LorenzWords {
  gini: number | null;
  giniText: string;
  giniWords: string;
  hhiText: string;
  finding: string;
  description: string;
  /** "Left out: …" — the records core excluded, by reason; `''` when none. */
  note: string;
}

/**
 * Stage 3: the Gini (per `variant`; the corrected one falls back to the population Gini for one account) and
 * the Herfindahl–Hirschman index in words, the finding ("Gini 0.63: revenue is highly concentrated.") and the
 * description: finding, the corrected-Gini note, the shares of the largest 20 % and smallest 50 %, the HHI with
 * its numbers equivalent 1/HHI (1 decimal below 10; "a single account" below 1.05), the count and total, and
 * the records left out. Without accounts the finding says there are none.
 */
export function lorenzDescription<T>(
  result: ConcentrationResult<T>,
  variant: GiniVariant | undefined,
  m: ResolvedMessages<typeof enLorenz>,
  format: Formatters,
): LorenzWords {
  const text = m.family;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const n = result.n;
  const corrected = variant === 'corrected' && result.giniCorrected !== null;
  const gini = result.gini === null ? null : corrected ? result.giniCorrected : result.gini;
  const decimal2 = new Intl.NumberFormat(format.locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const giniText = gini === null ? '' : t(text.gini, { gini: decimal2.format(gini) });
  const giniWords = gini === null ? '' : n === 1 ? t(text.giniSingle) : describeGini(gini, text);
  const equivalent = result.hhi !== null && result.hhi > 0 ? 1 / result.hhi : 0;
  const decimal1 = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
  const hhiText =
    result.hhiPoints === null
      ? ''
      : equivalent < 1.05
        ? t(text.hhiSingle, { points: result.hhiPoints })
        : t(text.hhi, {
            points: result.hhiPoints,
            equivalent: equivalent < 10 ? decimal1.format(equivalent) : format.integer(equivalent),
          });
  const note = leftOutNote(result.excluded, 'value', m.common, format);
  if (n === 0 || gini === null) {
    const finding = t(text.empty);
    return {
      gini,
      giniText,
      giniWords,
      hhiText,
      finding,
      description: [finding, note].filter(Boolean).join(' '),
      note,
    };
  }
  const finding = t(text.finding, { gini: giniText, words: giniWords });
  const shares =
    n >= 2
      ? t(text.shares, {
          top: 1 - MARKER_SHARE,
          largest: sharePercent(format.percent, 1 - curveValueAt(result.lorenz, MARKER_SHARE)),
          half: 0.5,
          smallest: sharePercent(format.percent, curveValueAt(result.lorenz, 0.5)),
        })
      : '';
  const description = [
    finding,
    corrected ? t(text.corrected) : '',
    shares,
    hhiText,
    t(text.total, { count: n, total: result.total }),
    note,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return { gini, giniText, giniWords, hhiText, finding, description, note };
}
