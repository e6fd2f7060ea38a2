import type { Formatters } from '../../../format/createFormat';
import type { dashboard } from '../../../messages/en/dashboard';
import type { MessageShape } from '../../../messages/types';
import { columnHelper, tableFromColumns } from '../../../primitives/table';
import type { WaterfallStep } from './types';

/**
 * Stage 5: the data table from column definitions — every step (hidden ones too: the table is the data): its
 * name, accounts, change in MRR (empty for the totals) and the MRR after it.
 */
export function movementsTable<T>(
  steps: readonly WaterfallStep<T>[],
  text: MessageShape<typeof dashboard>['movements'],
  format: Formatters,
  caption: string,
  note: string,
) {
  const column = columnHelper<WaterfallStep<T>>();
  const columns = [
    column({ key: 'step', header: text.step, value: (step) => step.label }),
    column({
      key: 'accounts',
      header: text.accounts,
      value: (step) => step.count,
      format: (v) => format.integer(v),
    }),
    column({
      key: 'change',
      header: text.change,
      value: (step) => (step.kind === 'total' ? null : step.value),
      format: (v) => (v === null ? '' : `${v < 0 ? '−' : '+'}${format.value(Math.abs(v))}`),
      numeric: true,
    }),
    column({ key: 'running', header: text.value, value: (step) => step.to, format: (v) => format.value(v) }),
  ];
  return tableFromColumns(steps, columns, { caption, ...(note ? { note } : {}) });
}
