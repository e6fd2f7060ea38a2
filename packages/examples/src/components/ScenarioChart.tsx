import type { ChartItem, ChurnSignal } from '@kamkit/react';
import {
  AbcMigrationChart,
  ChurnRiskRanking,
  OnboardingSurveyChart,
  ParetoChart,
  ScoringMatrix,
  StakeholderMap,
} from '@kamkit/react';
import type { CSSProperties } from 'react';
import { useMemo, useState } from 'react';
import { AS_OF_DATE, demo } from '../data/demo';
import { fromDemoAccount, type WorkspaceAccount } from '../workspace';
import { CrossSellMatrix } from './CrossSellMatrix';
import { activeAccounts, buildCriteria, defaultWeights } from './criteria';
import { openSelectedAccount } from './drill';
import { ScoringTables } from './ScoringTables';
import type { StepId } from './scenarioText';
import { YearSelect } from './YearSelect';

/** The scenario is told on the demo data, also while an imported file is the workspace's data. */
const accounts: WorkspaceAccount[] = demo.accounts.map(fromDemoAccount);
/** The accounts still with us: the scoring and the queue are about them (a churned account has nothing to win). */
const active = activeAccounts(accounts);
const years = [...demo.years];
const latest = years[years.length - 1] ?? '2024';
const revenue2024 = (a: WorkspaceAccount) => a.revenue[latest] ?? null;
const revenueIn = (a: WorkspaceAccount, period: string | number) => a.revenue[String(period)] ?? null;

/** The KA dashboard's endangerment signals (as on the dashboard page), so the queue matches it. */
const signals: ChurnSignal<WorkspaceAccount>[] = [
  { key: 'engagement', value: 'engagement', weight: 2, higherIsRiskier: false },
  { key: 'satisfaction', value: 'satisfaction', weight: 1, scale: [0, 10], higherIsRiskier: false },
  { key: 'usageDrop', value: (a) => a.churnSignals.usageDropPct, weight: 1 },
];
const SURVEY_STAGES = ['Kick-off', 'Integration', 'Training', 'Live'];

/**
 * On a narrow screen the stakeholder map (drawn at least 900 px wide) scrolls sideways: open it with the key
 * stakeholder, the EVP the scenario is about, in view. Runs when the map's box is attached; the map may draw a
 * frame later (its width is measured), so it retries on the next frame once.
 */
function centreKeyStakeholder(box: HTMLDivElement | null) {
  if (!box) return;
  const centre = () => {
    const key = box.querySelector('[data-key-stakeholder=true]');
    if (!key || box.scrollWidth <= box.clientWidth) return false;
    const card = key.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    box.scrollLeft += card.left + card.width / 2 - (view.left + view.width / 2);
    return true;
  };
  if (!centre()) requestAnimationFrame(() => centre());
}

/** Props of {@link ScenarioChart}. */
export interface ScenarioChartProps {
  step: StepId;
  width: number;
  locale: string;
  currency: string;
}

/**
 * The chart of one step of the scenario, on the demo data, with the flagship (Mount Meridian) selected where
 * it is one of the marks. Selecting another account opens its page.
 */
export function ScenarioChart({ step, width, locale, currency }: ScenarioChartProps) {
  const format = { locale, currency };
  const german = locale.startsWith('de');
  const criteria = useMemo(() => buildCriteria(defaultWeights, locale), [locale]);
  const [selected, setSelected] = useState<string | null>(demo.flagshipId);
  // The tier migration from 2023 (the acquisition year) by default; 2022 shows the whole three years at once.
  const [from, setFrom] = useState<string>(years[years.length - 2] ?? latest);
  const onSelect = (item: ChartItem<WorkspaceAccount> | null) =>
    setSelected(item?.kind === 'account' ? String(item.id) : null);
  const surveyLabels = useMemo(
    () => Object.fromEntries(demo.survey.questions.map((q) => [q.key, german ? q.labelDe : q.label])),
    [german],
  );
  switch (step) {
    case 'situation':
      return null;
    case 'pareto':
      return (
        <ParetoChart
          data={accounts}
          value={revenue2024}
          label="name"
          {...format}
          width={width}
          height={width < 600 ? 320 : 380}
          defaultSelectedId={demo.flagshipId}
          onSelect={openSelectedAccount}
          table="toggle"
        />
      );
    case 'abc':
      return (
        <>
          <YearSelect
            label={german ? 'Von' : 'From'}
            years={years.filter((y) => y !== latest)}
            value={from}
            onChange={setFrom}
          />
          <AbcMigrationChart
            data={accounts}
            periods={years}
            value={revenueIn}
            from={from}
            to={latest}
            label="name"
            {...format}
            width={width}
            height={420}
            table="toggle"
          />
        </>
      );
    case 'scoring':
      return (
        <div className="scenario__pair">
          <ScoringMatrix
            data={active}
            criteria={criteria}
            size={revenue2024}
            label="name"
            {...format}
            width={width}
            height={width < 600 ? 420 : 480}
            selectedId={selected}
            onSelect={onSelect}
            table="toggle"
          />
          <ScoringTables
            data={active}
            criteria={criteria}
            width={width}
            {...format}
            selectedId={selected}
            onSelect={onSelect}
            maxRows={8}
          />
        </div>
      );
    case 'queue':
      return (
        <ChurnRiskRanking
          data={active}
          signals={signals}
          value="mrr"
          daysInQueue="daysInQueue"
          asOf={AS_OF_DATE}
          limit={30}
          label="name"
          {...format}
          width={width}
          onSelect={openSelectedAccount}
          table="toggle"
        />
      );
    case 'stakeholders':
      return (
        <div
          className="scroll-x account-map"
          ref={centreKeyStakeholder}
          style={{ '--map-view': `${width}px` } as CSSProperties}
        >
          <StakeholderMap
            data={demo.stakeholders.people}
            influences={demo.stakeholders.influences}
            relationship="relationshipStrength"
            locale={locale}
            width={Math.max(width, 900)}
            table="toggle"
          />
        </div>
      );
    case 'whitespace':
      return <CrossSellMatrix width={width} {...format} maxRows={10} />;
    case 'survey':
      return (
        <OnboardingSurveyChart
          data={demo.survey.answers}
          question="question"
          stage="stage"
          value="score"
          respondent="respondent"
          stages={SURVEY_STAGES}
          questionLabels={surveyLabels}
          locale={locale}
          width={width}
          table="toggle"
        />
      );
  }
}
