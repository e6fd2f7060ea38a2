import type { ChurnSignal } from '@kamkit/react';
import { KaDashboard, useParentSize } from '@kamkit/react';
import { openSelectedAccount } from '../components/drill';
import type { MrrPoint } from '../data/types';
import { useWorkspace, type WorkspaceAccount } from '../workspace';

const STAGES = ['Contract signed', 'Kick-off', 'Integration', 'Training', 'Live'];
const PLANS = ['Basic', 'Standard', 'Premium'];

/** Endangerment: low engagement and satisfaction and a drop in usage mean a high risk of cancellation. */
const signals: ChurnSignal<WorkspaceAccount>[] = [
  { key: 'engagement', value: 'engagement', weight: 2, higherIsRiskier: false },
  { key: 'satisfaction', value: 'satisfaction', weight: 1, scale: [0, 10], higherIsRiskier: false },
  { key: 'usageDrop', value: (a) => a.churnSignals.usageDropPct, weight: 1 },
];

/**
 * The KA dashboard of the template: KPIs, MRR by plan, movements, onboarding and the endangerment column. An
 * at-risk row (click, or Enter on the ranking) opens that account's page.
 */
export function DashboardPage() {
  const { data, settings } = useWorkspace();
  const { ref, width } = useParentSize<HTMLDivElement>({ width: 1152, height: 0 });
  const months = data.months;
  const to = months[months.length - 1];
  const from = months[Math.max(0, months.length - 13)];
  return (
    <div ref={ref} className="card dashboard">
      {months.length === 0 ? (
        <p className="card__lead">
          Your file has no monthly MRR, so MRR by plan and its movements are empty; onboarding and the
          endangered accounts use the file's columns.
        </p>
      ) : null}
      <KaDashboard<WorkspaceAccount, MrrPoint>
        data={data.accounts}
        label="name"
        series="mrrSeries"
        period="month"
        plan="plan"
        value="mrr"
        plans={PLANS}
        from={from}
        to={to}
        status="onboardingStage"
        stages={STAGES}
        satisfaction="satisfaction"
        signals={signals}
        locale={settings.locale}
        currency={settings.currency}
        width={Math.max(320, width - 40)}
        table="toggle"
        riskProps={{ onSelect: openSelectedAccount }}
      />
    </div>
  );
}
