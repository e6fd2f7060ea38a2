import type { ChurnSignal } from '@kamkit/react';
import { KaDashboard } from '@kamkit/react';
import type { DashboardAccount } from '../data';
import { DASHBOARD_FROM, DASHBOARD_PLANS, DASHBOARD_STAGES, DASHBOARD_TO } from '../data';
import type { DashboardProps } from './types';
import { RISK_SIGNALS } from './types';

const signals: ChurnSignal<DashboardAccount>[] = RISK_SIGNALS.map((s) => ({ ...s }));

/**
 * kamkit: the whole KA dashboard in one component, with its defaults (interactive charts, hidden data tables,
 * the top 10 accounts at risk). It flattens the MRR series and runs core's `mrrMovements`, `churnRisk` and
 * `upsellCandidates` itself.
 */
export function KamkitDashboard({ data, width }: DashboardProps) {
  return (
    <KaDashboard
      data={data}
      label="name"
      series="mrr"
      period="month"
      plan="plan"
      value="mrr"
      plans={DASHBOARD_PLANS}
      from={DASHBOARD_FROM}
      to={DASHBOARD_TO}
      status="onboardingStage"
      stages={DASHBOARD_STAGES}
      satisfaction="satisfaction"
      signals={signals}
      locale="en-US"
      currency="USD"
      width={width}
    />
  );
}
