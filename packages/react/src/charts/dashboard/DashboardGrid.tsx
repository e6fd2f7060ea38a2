import type { FieldOrAccessor } from '@kamkit/core';
import { accessor } from '@kamkit/core';
// The charts come from the client entry (each file starts with 'use client'), not from their own files: a
// bundler would otherwise copy them, with their state hooks, into the server entry, which a React Server
// Component imports (React's server build has no useState or useEffect).
import {
  ChurnRiskRanking,
  MrrByPlanChart,
  MrrMovementsChart,
  OnboardingStatus,
  OnboardingSurveyChart,
} from '../../client';
import type { dashboardGrid } from './grid';
import type { KaDashboardProps } from './KaDashboardProps';
import { KpiTiles } from './KpiTiles';
import type { OnboardingSurveyChartProps } from './survey/OnboardingSurveyChart';
import type { DashboardRecord, KaDashboardModel, KaDashboardOptions } from './useKaDashboard';
import { recordMrr } from './useKaDashboard';

/** What the dashboard's panels share: the grid, the props every chart gets, the panel heading and the titles. */
export interface GridContext {
  grid: ReturnType<typeof dashboardGrid>;
  tiles: Record<string, unknown>;
  shared: Record<string, unknown>;
  events: object;
  PanelHeading: 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  titles: { plans: string; movements: string; onboarding: string; survey: string; risk: string };
}

/** The dashboard's panels: key figures, MRR by plan, movements, onboarding, the survey and the at-risk queue. */
export function DashboardGrid<T, P>({
  props,
  model,
  ctx,
}: {
  props: KaDashboardProps<T, P>;
  model: KaDashboardModel<T>;
  ctx: GridContext;
}) {
  const { id, label, plans, status, stages, satisfaction, signals, daysInQueue, levels, atRisk } = props;
  const { probability, rankBy, survey, theme, locale, interactive, table, messages, onError, animate } =
    props;
  const { kpiProps, plansProps, movementsProps, onboardingProps, riskProps } = props;
  const { grid, tiles, shared, events, PanelHeading, titles } = ctx;
  const m = model.movements;
  return (
    <div className="kamkit-dashboard__grid">
      <div className="kamkit-dashboard__panel" data-panel="kpis">
        <KpiTiles
          movements={m}
          churn={model.churn}
          upsell={model.upsell}
          from={model.from}
          to={model.to}
          theme={theme}
          {...tiles}
          {...kpiProps}
        />
      </div>
      <div className="kamkit-dashboard__panel" data-panel="plans">
        <PanelHeading className="kamkit-dashboard__panel-title">{titles.plans}</PanelHeading>
        <MrrByPlanChart
          data={model.records}
          period="period"
          plan="plan"
          value={recordMrr}
          plans={plans}
          width={grid.panel(2)}
          height={300}
          theme={theme}
          {...events}
          {...shared}
          {...plansProps}
          title={titles.plans}
        />
      </div>
      <div className="kamkit-dashboard__panel" data-panel="movements">
        <PanelHeading className="kamkit-dashboard__panel-title">{titles.movements}</PanelHeading>
        <MrrMovementsChart
          data={model.records}
          period="period"
          from={model.from}
          to={model.to}
          id="id"
          value={recordMrr}
          plan="plan"
          label={(r: DashboardRecord<T>) => accountName(r, label, model.accounts)}
          width={grid.panel(1)}
          height={300}
          theme={theme}
          {...events}
          {...shared}
          {...movementsProps}
          title={titles.movements}
        />
      </div>
      {stages ? (
        <div className="kamkit-dashboard__panel" data-panel="onboarding">
          <PanelHeading className="kamkit-dashboard__panel-title">{titles.onboarding}</PanelHeading>
          <OnboardingStatus
            data={model.currentAccounts}
            id={id}
            status={status}
            stages={stages}
            label={label}
            satisfaction={satisfaction}
            width={grid.panel(1)}
            theme={theme}
            {...shared}
            {...onboardingProps}
            title={titles.onboarding}
          />
        </div>
      ) : null}
      {survey ? (
        <div className="kamkit-dashboard__panel" data-panel="survey">
          <PanelHeading className="kamkit-dashboard__panel-title">{titles.survey}</PanelHeading>
          <OnboardingSurveyChart<Record<string, unknown>>
            width={grid.panel(grid.columns === 3 ? 2 : 1)}
            theme={theme}
            {...events}
            locale={locale}
            interactive={interactive}
            table={table}
            messages={messages}
            onError={onError}
            animate={animate}
            injectStyles={false}
            {...(survey as OnboardingSurveyChartProps<Record<string, unknown>>)}
            title={titles.survey}
          />
        </div>
      ) : null}
      {signals ? (
        <div className="kamkit-dashboard__panel" data-panel="risk">
          <PanelHeading className="kamkit-dashboard__panel-title">{titles.risk}</PanelHeading>
          <ChurnRiskRanking
            data={model.currentAccounts}
            id={id}
            label={label}
            signals={signals}
            value={model.mrrAtEnd}
            daysInQueue={daysInQueue}
            levels={levels}
            atRisk={atRisk}
            probability={probability}
            rankBy={rankBy}
            width={grid.panel(grid.columns === 2 ? 2 : 1)}
            theme={theme}
            {...events}
            {...shared}
            {...riskProps}
            title={titles.risk}
          />
        </div>
      ) : null}
    </div>
  );
}

/**
 * The name of a dashboard record's account for the movements chart: the `label` field or accessor read through
 * core's `accessor` on the account (with its position among the accounts), as text; `undefined` (the chart
 * then names the account by its id) without a label or when the label is missing.
 */
function accountName<T>(
  record: DashboardRecord<T>,
  label: KaDashboardOptions<T>['label'],
  accounts: readonly T[],
): string | undefined {
  if (label === undefined) return undefined;
  // Read inside the movements chart's label accessor, so a bad `label` shows that chart's error state.
  const value = accessor<T, unknown>(label as FieldOrAccessor<T, unknown>, 'label')(
    record.account,
    record.accountIndex,
    accounts,
  );
  return value === null || value === undefined ? undefined : String(value);
}
