import type { AbcResult } from '@kamkit/core';
import { ABC_TIERS } from '@kamkit/core';
import { leftOutNote } from '../../contract/excluded';
import type { Formatters } from '../../format/createFormat';
import type { abc } from '../../messages/en/abc';
import type { ResolvedMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { sharePercent } from '../../primitives/share';
import type { AbcTierSummaryItem } from './types';

/**
 * Stage 4: the per-tier summary ("36 accounts (25 %)", "80 % of revenue"), the finding tier by tier ("A: 29
 * accounts (20 %) make 80 % of revenue; B: 30 accounts (21 %) make 15 %; C: …"; the first tier with accounts
 * names the measure, a tier without accounts says so) and the description: finding, the rule that made the
 * tiers (fixed thresholds by value or count, equal values grouped, or the computed limits), the total and the
 * records left out. Shares never round a part to 0 % or 100 %.
 */
export function abcDescription<T>(result: AbcResult<T>, m: ResolvedMessages<typeof abc>, format: Formatters) {
  const text = m.family.chart;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const share = (s: number) => sharePercent(format.percent, s);
  const n = result.rows.length;
  const tierSummary: AbcTierSummaryItem[] = ABC_TIERS.map((tier) => {
    const s = result.summary[tier];
    return {
      tier,
      summary: s,
      countText: t(text.summaryCount, { count: s.count, accounts: share(s.accountShare) }),
      shareText: t(text.summaryShare, { share: share(s.share) }),
    };
  });
  const firstNonEmpty = ABC_TIERS.find((tier) => result.summary[tier].count > 0);
  const finding =
    n === 0
      ? t(text.empty)
      : t(text.finding, {
          tiers: ABC_TIERS.map((tier) => {
            const s = result.summary[tier];
            if (s.count === 0) return t(text.findingNone, { tier });
            return t(tier === firstNonEmpty ? text.findingFirst : text.findingNext, {
              tier,
              count: s.count,
              accounts: share(s.accountShare),
              share: share(s.share),
            });
          }).join('; '),
        });
  const note = leftOutNote(result.excluded, 'value', m.common, format);
  const description = [
    finding,
    n > 0 ? rule(result, text, t, format) : '',
    n > 0 ? t(text.total, { total: result.total }) : '',
    note,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return { tierSummary, finding, description, note };
}

/** The rule that made the tiers, in words (`''` when there is none to tell). */
function rule<T>(
  result: AbcResult<T>,
  text: ResolvedMessages<typeof abc>['family']['chart'],
  t: (message: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[1]) => string,
  format: Formatters,
): string {
  if (result.method === 'computed') {
    const limits = result.computed;
    if (!limits) return '';
    const { abLimit, bcLimit } = limits;
    if (abLimit === Number.NEGATIVE_INFINITY) return t(text.ruleAllA);
    const limit = (v: number) => (Number.isFinite(v) ? format.value(v) : (text.noValue as string));
    return t(text.ruleComputed, { ab: limit(abLimit), bc: limit(bcLimit) });
  }
  if (!result.thresholds) return '';
  const [a, b] = result.thresholds;
  const base = t(result.basis === 'count' ? text.ruleCount : text.ruleValue, { a, b });
  return result.ties === 'group' ? `${base} ${t(text.ruleTies)}` : base;
}
