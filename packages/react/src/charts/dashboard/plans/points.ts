import type { FieldOrAccessor, MrrByPlanResult } from '@kamkit/core';
import { accessor } from '@kamkit/core';
import type { ChartItem } from '../../../contract/types';
import type { Formatters } from '../../../format/createFormat';
import type { dashboard } from '../../../messages/en/dashboard';
import { translate } from '../../../messages/translate';
import type { MessageShape } from '../../../messages/types';
import type { Period, PeriodFormat } from '../../../primitives/periods';
import type { ExplorerPoint } from '../../../primitives/types';
import type { MrrByPlanScales } from './types';

/** A period as a key that matches equal periods of any form (a `Date` by its time). */
function periodKey(period: unknown): string {
  if (period instanceof Date) return `d${period.getTime()}`;
  return `${typeof period}:${String(period)}`;
}

/**
 * The item of each period: a `'bin'` (id `'period:<period>'`, the period written as given, a `Date` as its ISO
 * string) whose `accounts` are the records of that period. Records are grouped once, when an item is first read.
 */
export function periodItems<T>(
  data: readonly T[],
  periodField: FieldOrAccessor<T, unknown> | undefined,
  periods: readonly Period[],
): (i: number) => ChartItem<T> {
  let groups: Map<string, T[]> | undefined;
  const group = () => {
    if (groups) return groups;
    groups = new Map();
    const read = accessor<T, unknown>(periodField ?? 'period', 'period');
    data.forEach((d, i) => {
      const key = periodKey(read(d, i, data));
      const list = groups?.get(key);
      if (list) list.push(d);
      else groups?.set(key, [d]);
    });
    return groups;
  };
  return (i) => {
    const period = periods[i] as Period;
    const id = `period:${period instanceof Date ? period.toISOString() : String(period)}`;
    return {
      kind: 'bin',
      id,
      datum: null,
      get accounts() {
        return group().get(periodKey(period)) ?? [];
      },
    };
  };
}

/**
 * Stage 5a: one explorer point per period, top of its stack: the visible plans top to bottom with their MRR
 * and share, then the total of the visible plans.
 */
export function mrrByPlanPoints<T>(
  result: MrrByPlanResult<T>,
  visible: readonly string[],
  scales: MrrByPlanScales,
  text: MessageShape<typeof dashboard>['plans'],
  format: Formatters,
  periodFormat: PeriodFormat,
  planName: (plan: string) => string,
  itemAt: (i: number) => ChartItem<T>,
): ExplorerPoint[] {
  const { x, y, plot, mark, bandwidth } = scales;
  return result.rows.map((row, i) => {
    let total = 0;
    for (const p of visible) total += row.mrr[p] ?? 0;
    const lines = [...visible]
      .reverse()
      .map((p) =>
        translate(
          text.tooltipPlan,
          { plan: planName(p), value: row.mrr[p] ?? 0, share: total > 0 ? (row.mrr[p] ?? 0) / total : 0 },
          format,
        ),
      );
    lines.push(translate(text.tooltipTotal, { value: total }, format));
    const top = y(total);
    return {
      item: itemAt(i),
      x: x(i),
      y: top,
      box:
        mark === 'bar'
          ? { x: x(i) - bandwidth / 2, y: top, width: bandwidth, height: Math.max(0, plot.y1 - top) }
          : undefined,
      title: periodFormat.label(row.period),
      lines,
    };
  });
}
