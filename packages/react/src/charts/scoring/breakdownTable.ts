import type { Contribution } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { scoring } from '../../messages/en/scoring';
import type { MessageShape } from '../../messages/types';
import { formatDecimal } from '../../primitives/decimal';
import type { ColumnTable } from '../../primitives/table';
import { columnHelper, tableFromColumns } from '../../primitives/table';
import { capitalise } from '../../primitives/text';

/**
 * Stage 5: the data table from column definitions — one row per criterion (axis, criterion, weight, weight
 * share, value, 0–100 score, contribution to the axis and to the total, a note on missing or clamped values).
 */
export function breakdownTable(
  contributions: readonly Contribution[],
  input: {
    finding: string;
    axisName: { growth: string; harmony: string };
    nameOfCriterion: (key: string) => string;
    formatScore: (value: number) => string;
    text: MessageShape<typeof scoring>;
    format: Formatters;
  },
): ColumnTable {
  const { format, formatScore, axisName } = input;
  const words = input.text.breakdown;
  const column = columnHelper<Contribution>();
  const score = (v: number | null) => (v === null ? '–' : formatScore(v));
  const columns = [
    column({ key: 'axis', header: words.axis, value: (c) => c.axis, format: (v) => capitalise(axisName[v]) }),
    column({ key: 'criterion', header: words.criterion, value: (c) => input.nameOfCriterion(c.key) }),
    column({
      key: 'weight',
      header: words.weight,
      value: (c) => c.weight,
      format: (v) => formatDecimal(format.locale, v, 3),
    }),
    column({
      key: 'share',
      header: words.weightShare,
      value: (c) => c.weightShare,
      format: (v) => format.percent(v, 1),
    }),
    column({
      key: 'value',
      header: words.value,
      value: (c) => (typeof c.value === 'number' ? c.value : null),
      format: (v, c) =>
        v !== null ? formatDecimal(format.locale, v, 2) : c.value == null ? '' : String(c.value),
      numeric: true,
    }),
    column({ key: 'score', header: words.score, value: (c) => c.score, format: score, numeric: true }),
    column({ key: 'contribution', header: words.toAxis, value: (c) => c.contribution, format: score }),
    column({ key: 'total', header: words.toTotal, value: (c) => c.totalContribution, format: score }),
    column({
      key: 'note',
      header: words.note,
      value: (c) => (c.score === null ? words.noteMissing : c.clamped ? words.noteClamped : ''),
    }),
  ];
  return tableFromColumns(contributions, columns, { caption: input.finding });
}
