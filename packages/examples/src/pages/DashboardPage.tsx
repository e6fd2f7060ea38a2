import type { ChurnSignal } from '@kamkit/react';
import { KaDashboard, useParentSize } from '@kamkit/react';
import { useMemo } from 'react';
import { openSelectedAccount } from '../components/drill';
import { dashboardSurvey } from '../components/survey';
import { useText } from '../components/text';
import type { MrrPoint } from '../data/types';
import { useWorkspace, type WorkspaceAccount } from '../workspace';

const STAGES = ['Contract signed', 'Kick-off', 'Integration', 'Training', 'Live'];
const PLANS = ['Basic', 'Standard', 'Premium'];
/**
 * How many queued accounts the endangerment column lists: every one of the demo's queue (25), as the template
 * lists the endangered accounts; beyond 100 (a large file) the rest are counted in the chart's note and listed in
 * its data table.
 */
const QUEUE_ROWS = 100;

/** Endangerment: low engagement and satisfaction and a drop in usage mean a high risk of cancellation. */
const signals: ChurnSignal<WorkspaceAccount>[] = [
  { key: 'engagement', value: 'engagement', weight: 2, higherIsRiskier: false },
  { key: 'satisfaction', value: 'satisfaction', weight: 1, scale: [0, 10], higherIsRiskier: false },
  { key: 'usageDrop', value: (a) => a.churnSignals.usageDropPct, weight: 1 },
];

/**
 * The KA dashboard of the template: KPIs, MRR by plan, movements, onboarding with the survey by question, and
 * the endangerment column. An at-risk row (click, or Enter on the ranking) opens that account's page. Data without
 * survey answers keeps the survey panel, which says so.
 */
export function DashboardPage() {
  const { data, settings } = useWorkspace();
  const t = useText();
  // The card's content width (inside its padding): the dashboard's panels are drawn at exactly that width's grid.
  const { ref, width } = useParentSize<HTMLDivElement>({ width: 1152, height: 0 });
  const months = data.months;
  const to = months[months.length - 1];
  const from = months[Math.max(0, months.length - 13)];
  const noAnswers = t(
    'Your data has no onboarding survey answers.',
    'Ihre Daten enthalten keine Antworten der Onboarding-Umfrage.',
  );
  const survey = useMemo(
    () => dashboardSurvey(data.survey, settings.locale, noAnswers),
    [data.survey, settings.locale, noAnswers],
  );
  const notes = [
    months.length === 0
      ? t(
          "Your file has no monthly MRR, so MRR by plan and its movements are empty; onboarding and the endangered accounts use the file's columns.",
          'Ihre Datei enthält keinen monatlichen MRR: MRR nach Plan und die MRR-Bewegungen bleiben leer; Onboarding und gefährdete Konten nutzen die Spalten der Datei.',
        )
      : null,
    survey.answered
      ? null
      : t(
          'Your file has no onboarding survey answers (the import template has no survey sheet), so the survey panel is empty.',
          'Ihre Datei enthält keine Antworten der Onboarding-Umfrage (die Importvorlage hat kein Umfrageblatt): Das Umfrage-Feld bleibt leer.',
        ),
  ].filter((note) => note !== null);
  return (
    <div ref={ref} className="card dashboard">
      {notes.length > 0 ? <p className="card__lead">{notes.join(' ')}</p> : null}
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
        survey={survey.props}
        locale={settings.locale}
        currency={settings.currency}
        width={Math.max(320, width)}
        table="toggle"
        riskProps={{ onSelect: openSelectedAccount, limit: QUEUE_ROWS }}
      />
    </div>
  );
}
