import type { ChurnRiskResult } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { churn } from '../../messages/en/churn';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { formatDecimal } from '../../primitives/decimal';
import type { ExplorerPoint } from '../../primitives/types';
import type { ChurnRankingLine } from './types';
import type { RowWords } from './words';
import { signalWords } from './words';

interface PointsInput<T> {
  result: ChurnRiskResult<T>;
  lines: readonly ChurnRankingLine<T>[];
  text: MessageShape<typeof churn>;
  format: Formatters;
  words: RowWords<T>;
  signalLabels: Readonly<Record<string, string>> | undefined;
  /** The row band's left edge and width. */
  left: number;
  inner: number;
  barStart: number;
}

/**
 * Stage 4: the explorer's points, one per listed row (top to bottom), each with the account's item and its
 * tooltip: MRR and its share, importance, risk, days in the queue, why it is queued, rank in the queue, the
 * strongest signal, the expected loss and the missing signals when there are any.
 */
export function churnPoints<T>(input: PointsInput<T>): ExplorerPoint[] {
  const { result, text, format, words } = input;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const signalName = (key: string) =>
    (input.signalLabels && Object.hasOwn(input.signalLabels, key) ? input.signalLabels[key] : undefined) ??
    signalWords(key);
  return input.lines.map((line) => {
    const row = line.row;
    let strongest = row.signals[0];
    for (const s of row.signals) if (!strongest || s.contribution > strongest.contribution) strongest = s;
    const info = [
      t(text.tooltipMrr, {
        value: row.mrr,
        share: words.share(result.totalMrr > 0 ? row.mrr / result.totalMrr : 0),
      }),
      row.tier !== null || row.importance === null
        ? t(text.tooltipImportance, { tier: words.tier(row) })
        : t(text.tooltipImportanceRank, { rank: row.importance }),
      t(text.tooltipRisk, { level: text.levels[row.level].toLowerCase(), risk: words.risk(row) }),
      t(text.tooltipDays, { days: words.days(row.daysInQueue) }),
    ];
    if (row.queueReason !== null) info.push(t(text.tooltipReason, { reason: text.reasons[row.queueReason] }));
    info.push(t(text.tooltipRank, { rank: line.position, count: result.ranking.length }));
    if (strongest && strongest.score !== null) {
      info.push(
        t(text.tooltipSignal, {
          signal: signalName(strongest.key),
          contribution: formatDecimal(format.locale, strongest.contribution, 0),
        }),
      );
    }
    if (row.expectedLoss !== undefined) {
      info.push(
        t(text.tooltipLoss, {
          value: row.expectedLoss === null ? text.daysUnknown : format.value(row.expectedLoss),
        }),
      );
    }
    if (row.incomplete) {
      const missing = row.issues
        .filter(
          (issue) => issue.reason === 'missing' || issue.reason === 'text' || issue.reason === 'non-finite',
        )
        .map((issue) => signalName(issue.key));
      if (missing.length > 0) info.push(t(text.tooltipIncomplete, { signals: missing.join(', ') }));
    }
    return {
      item: line.item,
      x: input.barStart + line.barWidth,
      y: line.y + line.height / 2,
      box: { x: input.left, y: line.y, width: input.inner, height: line.height },
      title: line.name,
      lines: info,
    };
  });
}
