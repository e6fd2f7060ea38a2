import type { ChurnRiskResult, ChurnRiskRow } from '@kamkit/core';
import { leftOutNote } from '../../contract/excluded';
import type { Formatters } from '../../format/createFormat';
import type { churn } from '../../messages/en/churn';
import type { ResolvedMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { measureText } from '../../primitives/text';
import type { RowWords } from './words';

interface DescriptionInput<T> {
  result: ChurnRiskResult<T>;
  shown: number;
  hiddenMrr: number;
  m: ResolvedMessages<typeof churn>;
  format: Formatters;
  words: RowWords<T>;
  labelOf: (row: ChurnRiskRow<T>) => string;
  /** Room of the note under the rows, in px. */
  moreRoom: number;
}

/** The queued account waiting longest (the first of equals), or `undefined`. */
function longestWaiting<T>(ranking: readonly ChurnRiskRow<T>[]): ChurnRiskRow<T> | undefined {
  let longest = ranking[0];
  for (const row of ranking) if ((row.daysInQueue ?? -1) > (longest?.daysInQueue ?? -1)) longest = row;
  return longest;
}

/**
 * Stage 3: the finding ("6 accounts at risk hold $110,000 MRR (55%)."), or why nothing is listed; the
 * description adds the queue's order, its first account with importance and days, the one waiting longest,
 * how many were flagged, what is not listed, the expected loss and the records left out (by reason); the
 * note under the rows in the longest form that fits; the header's texts.
 */
export function churnDescription<T>(input: DescriptionInput<T>) {
  const { result, m, format, words, labelOf } = input;
  const text = m.family;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const total = result.rows.length;
  const ranking = result.ranking;
  const hidden = ranking.length - input.shown;
  const share = words.share(result.mrrAtRiskShare);
  const finding =
    total === 0
      ? result.excluded.length > 0
        ? text.nothingAssessed
        : text.empty
      : ranking.length === 0
        ? t(text.noneAtRisk, { count: total })
        : t(text.finding, { count: ranking.length, value: result.mrrAtRisk, share });
  const moreText = hidden > 0 ? t(text.more, { count: hidden, value: input.hiddenMrr }) : '';
  const moreLabel =
    hidden === 0
      ? ''
      : ([
          moreText,
          t(text.moreShort, { count: hidden, value: input.hiddenMrr }),
          t(text.moreShorter, { count: hidden, value: input.hiddenMrr }),
        ].find((candidate) => measureText(candidate, 12) <= input.moreRoom) ??
        t(text.moreShortest, { count: hidden }));
  const parts = [finding];
  const first = ranking[0];
  if (first) {
    parts.push(text.order[result.rankBy]);
    parts.push(
      t(text.first, {
        name: labelOf(first),
        tier: words.tier(first),
        value: first.mrr,
        days: words.days(first.daysInQueue),
      }),
    );
    const longest = longestWaiting(ranking);
    if (longest && longest !== first && longest.daysInQueue !== null) {
      parts.push(t(text.longest, { name: labelOf(longest), days: words.days(longest.daysInQueue) }));
    }
    if (result.accountsFlagged > 0) parts.push(t(text.flaggedCount, { count: result.accountsFlagged }));
    if (hidden > 0) parts.push(t(text.listed, { shown: input.shown, more: moreText }));
  }
  if (result.expectedLoss !== undefined && total > 0) {
    parts.push(t(text.expectedLoss, { value: result.expectedLoss }));
  }
  const note = leftOutNote(result.excluded, 'value', m.common, format);
  if (note) parts.push(note);
  return {
    finding,
    description: parts.join(' '),
    note,
    hidden,
    moreText,
    moreLabel,
    headline: {
      value: format.value(result.mrrAtRisk),
      text: text.headlineText,
      detail: t(text.headlineDetail, { share, count: ranking.length, total }),
    },
  };
}
