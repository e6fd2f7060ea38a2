import type { MrrByPlanResult } from '@kamkit/core';
import { leftOutNote } from '../../../contract/excluded';
import type { Formatters } from '../../../format/createFormat';
import type { dashboard } from '../../../messages/en/dashboard';
import type { ResolvedMessages } from '../../../messages/resolve';
import { translate } from '../../../messages/translate';
import type { PeriodFormat } from '../../../primitives/periods';

interface DescriptionInput<T> {
  result: MrrByPlanResult<T>;
  visible: readonly string[];
  hiddenCount: number;
  highlighted: string | null;
  m: ResolvedMessages<typeof dashboard>;
  format: Formatters;
  periodFormat: PeriodFormat;
  /** A plan's name as written (the highlighted one with its note). */
  planName: (plan: string) => string;
}

/**
 * Stage 4: the finding (the trend of all MRR from the first to the last period: "MRR grew from $1.2M in Jan 2022
 * to $1.9M in Dec 2024 (+58%)."), then the plan mix in the last period (visible plans, top to bottom), how the
 * highlighted plan's share moved, how many plans are hidden, and the records left out by reason.
 */
export function mrrByPlanDescription<T>(input: DescriptionInput<T>) {
  const { result, m, format, periodFormat, highlighted } = input;
  const text = m.family.plans;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const rows = result.rows;
  const n = rows.length;
  const first = rows[0];
  const last = rows[n - 1];
  const share = (value: number, total: number) => (total > 0 ? value / total : 0);
  let finding: string;
  if (first === undefined || last === undefined || result.total <= 0) finding = text.empty;
  else if (n === 1)
    finding = t(text.single, { period: periodFormat.label(first.period), value: first.total });
  else {
    const span = {
      from: first.total,
      to: last.total,
      start: periodFormat.label(first.period),
      end: periodFormat.label(last.period),
    };
    const change = first.total > 0 ? last.total / first.total - 1 : 0;
    const changeText = `${change >= 0 ? '+' : '−'}${format.percent(Math.abs(change))}`;
    finding =
      last.total === first.total
        ? t(text.stayed, span)
        : first.total <= 0
          ? t(text.grewFromZero, span)
          : t(last.total > first.total ? text.grew : text.fell, { ...span, change: changeText });
  }
  const parts = [finding];
  if (last !== undefined && last.total > 0) {
    const plans = [...input.visible]
      .reverse()
      .map((p) =>
        t(text.planShare, { plan: p, value: last.mrr[p] ?? 0, share: share(last.mrr[p] ?? 0, last.total) }),
      );
    if (plans.length > 0)
      parts.push(t(text.byPlan, { period: periodFormat.label(last.period), plans: plans.join(', ') }));
    if (highlighted !== null && first !== undefined && n > 1) {
      const a = share(first.mrr[highlighted] ?? 0, first.total);
      const b = share(last.mrr[highlighted] ?? 0, last.total);
      const plan = input.planName(highlighted);
      parts.push(
        format.percent(a) === format.percent(b)
          ? t(text.heldShare, { plan, share: b })
          : t(b > a ? text.roseShare : text.fellShare, { plan, from: a, to: b }),
      );
    }
  }
  if (input.hiddenCount > 0) parts.push(t(text.hidden, { count: input.hiddenCount }));
  const note = leftOutNote(result.excluded, 'value', m.common, format);
  if (note) parts.push(note);
  return { finding, description: parts.join(' '), note };
}
