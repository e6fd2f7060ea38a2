import type { ChurnRiskRow } from '@kamkit/core';
import { scaleLinear } from 'd3-scale';
import type { Formatters } from '../../format/createFormat';
import { truncateText } from '../../primitives/text';
import type { ColumnPlan } from './columns';
import type { ChurnRankingLine } from './types';
import type { RowWords } from './words';

/**
 * Stage 2: the listed rows — a band each (`rowHeight`), the name shortened to its column, the MRR bar on a
 * linear scale from 0 to the largest listed MRR (so the longest bar leaves room for its value), the texts of
 * each column and the row's item.
 */
export function churnRows<T>(
  shown: readonly ChurnRiskRow<T>[],
  plan: ColumnPlan,
  layout: { top: number; rowHeight: number },
  words: RowWords<T>,
  labelOf: (row: ChurnRiskRow<T>) => string,
  format: Formatters,
) {
  const { columns, narrow } = plan;
  let maxMrr = 0;
  for (const row of shown) maxMrr = Math.max(maxMrr, row.mrr);
  const barScale = scaleLinear([0, maxMrr > 0 ? maxMrr : 1], [0, plan.barRoom]);
  const lines: ChurnRankingLine<T>[] = shown.map((row, i) => {
    const name = labelOf(row);
    const barWidth = narrow ? 0 : barScale(row.mrr);
    return {
      row,
      position: i + 1,
      name,
      text: truncateText(name, plan.nameRoom, 12),
      tierText: words.tier(row),
      y: layout.top + i * layout.rowHeight,
      height: layout.rowHeight,
      barWidth,
      mrrText: format.value(row.mrr),
      valueX: narrow ? columns.value : columns.bar + barWidth + 6,
      levelText: narrow ? words.shortLevel(row) : words.level(row),
      daysText: narrow ? words.shortDays(row.daysInQueue) : words.days(row.daysInQueue),
      item: { kind: 'account', id: row.id, datum: row.datum, accounts: [row.datum] },
    };
  });
  return { lines, barScale };
}
