import type { WhaleCurveResult, WhaleCurveRow } from '@kamkit/core';
import { leftOutNote } from '../../contract/excluded';
import type { Formatters } from '../../format/createFormat';
import type { whale } from '../../messages/en/whale';
import type { ResolvedMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { sharePercent } from '../../primitives/share';
import { peakRow } from './marks';
import type { WhaleMode, WhalePeak, WhaleScales } from './types';

/** What {@link whaleDescription} returns. */
export interface WhaleWords<T> {
  peak: WhalePeak<T> | null;
  finding: string;
  /** The text beside the peak: the finding, or in mode `'value'` the finding without what is left. */
  annotationText: string | null;
  modeNote: string;
  description: string;
  /** "Left out: …" — the records core excluded, by reason; `''` when none. */
  note: string;
  profitableCount: number;
  lossCount: number;
  /** Name of the segment after the peak (legend). */
  lossLabel: string;
}

/**
 * Stage 3: the peak and the words. The finding states the peak ("Peak: the top 60 % of accounts make 148 % of
 * profit; the remaining 40 % destroy 48 %."), or that no account makes a profit, or none loses money. Shares
 * never round a part to 0 % or 100 % (`sharePercent`); the remaining share complements the rounded top share
 * (so 38 % and 63 % do not add up to 101 %); a loss below 10 % of total profit gets one decimal (100.6 %, not
 * 101 %). The description adds the mode note (total ≤ 0: values instead of shares), the counts and sums of
 * accounts that make a profit, lose, or break even, the total, and the records left out.
 */
export function whaleDescription<T>(
  result: WhaleCurveResult<T>,
  scales: WhaleScales,
  levelOf: (row: WhaleCurveRow<T>) => number,
  m: ResolvedMessages<typeof whale>,
  format: Formatters,
  currency: string | undefined,
): WhaleWords<T> {
  const text = m.family;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const { mode } = scales;
  const rows = result.rows;
  const n = rows.length;
  let profitableCount = 0;
  let lossCount = 0;
  for (const row of rows) {
    if (row.profit > 0) profitableCount++;
    else if (row.profit < 0) lossCount++;
  }
  const top = peakRow(result);
  const remainingCount = top ? n - top.rank : 0;
  const levelText = (level: number, digits = 0) =>
    mode === 'share' ? sharePercent(format.percent, level, digits) : format.value(level);
  let finding: string;
  let annotationText: string | null = null;
  let peak: WhalePeak<T> | null = null;
  if (n === 0) finding = t(text.empty);
  else if (top === null)
    finding =
      result.total < 0 ? t(text.noProfitLoss, { count: n, loss: -result.total }) : t(text.noProfitNoLoss);
  else {
    const level = levelOf(top);
    const destroyed = level - (mode === 'share' ? 1 : result.total);
    const digits = mode === 'share' && destroyed > 0 && destroyed < 0.1 ? 1 : 0;
    const topShare = sharePercent(format.percent, top.rankShare);
    const roundedTop = Math.round(top.rankShare * 100) / 100;
    const rest = sharePercent(format.percent, /^[<>]/.test(topShare) ? 1 - top.rankShare : 1 - roundedTop);
    peak = {
      row: top,
      x: scales.x(top.rankShare),
      y: scales.y(level),
      accountShare: top.rankShare,
      level,
      destroyed,
      levelText: levelText(level, digits),
    };
    if (lossCount > 0) {
      finding =
        mode === 'share'
          ? t(text.findingShare, {
              top: topShare,
              level: levelText(level, digits),
              rest,
              destroyed: levelText(destroyed, digits),
            })
          : t(text.findingValue, { top: topShare, level, rest, destroyed, total: result.total });
      if (mode === 'value')
        annotationText = t(text.annotationValue, { top: topShare, level, rest, destroyed });
    } else if (remainingCount > 0) finding = t(text.noLoss, { top: topShare, rest });
    else finding = n === 1 ? t(text.single) : t(text.allAdd);
  }
  const modeNote =
    mode === 'value'
      ? currency
        ? t(text.modeNoteCurrency, { total: result.total, currency })
        : t(text.modeNote, { total: result.total })
      : '';
  const note = leftOutNote(result.excluded, 'value', m.common, format);
  const evenCount = n - profitableCount - lossCount;
  const parts = [
    profitableCount > 0 ? t(text.partProfit, { count: profitableCount, value: result.profitable }) : '',
    lossCount > 0 ? t(text.partLoss, { count: lossCount, value: -result.unprofitable }) : '',
    evenCount > 0 ? t(text.partEven, { count: evenCount }) : '',
  ].filter((part) => part !== '');
  const summary = n > 0 ? t(text.summary, { count: n, parts: parts.join(', '), total: result.total }) : '';
  const description = [finding, modeNote, summary, note].filter((part) => part !== '').join(' ');
  const lossLabel =
    lossCount > 0 && remainingCount > lossCount
      ? text.lossOrZero
      : lossCount > 0
        ? text.lossMaking
        : text.withoutProfit;
  return {
    peak,
    finding,
    annotationText: peak ? (annotationText ?? finding) : null,
    modeNote,
    description,
    note,
    profitableCount,
    lossCount,
    lossLabel: lossLabel as string,
  };
}

/** The y-axis title: the `yLabel` prop, else the catalogue's for the mode (with the currency in mode `'value'`). */
export function whaleYLabel(
  mode: WhaleMode,
  text: ResolvedMessages<typeof whale>['family'],
  format: Formatters,
  currency: string | undefined,
  yLabel: string | undefined,
): string {
  if (yLabel !== undefined) return yLabel;
  if (mode === 'share') return text.yAxisShare as string;
  return currency ? translate(text.yAxisValueCurrency, { currency }, format) : (text.yAxisValue as string);
}
