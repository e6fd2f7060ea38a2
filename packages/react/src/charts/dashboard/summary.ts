import type { Formatters } from '../../format/createFormat';
import type { dashboard } from '../../messages/en/dashboard';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import type { PeriodFormat } from '../../primitives/periods';
import type { KaDashboardModel } from './useKaDashboard';

/**
 * The dashboard's summary under its heading, in the dashboard's language: the MRR trend from `from` to `to` with
 * NRR, the accounts and MRR at risk, the upsell candidates — "MRR grew from $1.8M in Dec 2023 to $1.9M in Dec
 * 2024; NRR 94%; 22 accounts at risk with $223K MRR; 40 upsell candidates not on Premium." — and the range
 * words for the movements panel's title.
 */
export function dashboardSummary<T>(
  model: KaDashboardModel<T>,
  text: MessageShape<typeof dashboard>['dashboard'],
  format: Formatters,
  periodFormat: PeriodFormat,
) {
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const m = model.movements;
  const start = model.from === undefined ? '' : periodFormat.label(model.from);
  const end = model.to === undefined ? '' : periodFormat.label(model.to);
  const parts: string[] = [];
  if (m.rows.length > 0 && model.from !== undefined && model.to !== undefined) {
    const span = { from: m.startMrr, to: m.endMrr, start, end };
    parts.push(t(m.endMrr > m.startMrr ? text.grew : m.endMrr < m.startMrr ? text.fell : text.stayed, span));
    if (m.netRevenueRetention !== null) parts.push(t(text.nrr, { rate: m.netRevenueRetention }));
  }
  if (model.churn) {
    const n = model.churn.accountsAtRisk;
    parts.push(n === 0 ? text.noneAtRisk : t(text.atRisk, { count: n, value: model.churn.mrrAtRisk }));
  }
  if (model.upsell) {
    parts.push(
      t(text.upsell, { count: model.upsell.rows.length, plans: model.upsell.topPlans.join(text.or) }),
    );
  }
  const summary =
    model.records.length > 0 && parts.length > 0
      ? t(text.summary, { parts: parts.join('; ').replace(/^./, (c) => c.toUpperCase()) })
      : text.empty;
  const range = start && end && start !== end ? t(text.range, { from: start, to: end }) : end;
  return { summary, range };
}
