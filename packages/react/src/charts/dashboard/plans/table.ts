import type { MrrByPlanResult, MrrByPlanRow } from '@kamkit/core';
import type { Formatters } from '../../../format/createFormat';
import type { dashboard } from '../../../messages/en/dashboard';
import type { MessageShape } from '../../../messages/types';
import type { PeriodFormat } from '../../../primitives/periods';
import { columnHelper, tableFromColumns } from '../../../primitives/table';

/**
 * Stage 5b: the data table from column definitions — one row per period: the period, every plan's MRR (top to
 * bottom, hidden plans too: the table is the data, not the view) and the total.
 */
export function mrrByPlanTable<T>(
  result: MrrByPlanResult<T>,
  text: MessageShape<typeof dashboard>['plans'],
  format: Formatters,
  periodFormat: PeriodFormat,
  caption: string,
  note: string,
) {
  const column = columnHelper<MrrByPlanRow>();
  const columns = [
    column({
      key: 'period',
      header: text.period,
      value: (row) => (row.period instanceof Date ? row.period.toISOString() : row.period),
      format: (_, row) => periodFormat.label(row.period),
      numeric: false,
    }),
    ...[...result.plans].reverse().map((plan, i) =>
      column({
        key: `plan-${i}`,
        header: plan,
        value: (row) => row.mrr[plan] ?? 0,
        format: (v) => format.value(v),
      }),
    ),
    column({ key: 'total', header: text.total, value: (row) => row.total, format: (v) => format.value(v) }),
  ];
  return tableFromColumns(result.rows, columns, { caption, ...(note ? { note } : {}) });
}
