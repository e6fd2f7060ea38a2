import type { HTMLAttributes, ReactElement, ReactNode, Ref } from 'react';
import { forwardRef, useId } from 'react';
import type { ChartEventProps } from '../../contract/types';
import type { ChartMessages } from '../../messages/catalogue';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { createShortFormat } from '../../primitives/compact';
import { createPeriodFormat } from '../../primitives/periods';
import type { TableMode } from '../../primitives/types';
import { ChartStyles } from '../../theme/ChartStyles';
import { dashboardSheet } from '../../theme/sheets/dashboard';
import { rankingSheet } from '../../theme/sheets/ranking';
import type { ChurnRiskRankingProps } from '../churn';
import { ChurnRiskRanking } from '../churn';
import type { KpiTilesProps } from './KpiTiles';
import { KpiTiles } from './KpiTiles';
import type { MrrMovementsChartProps } from './movements/MrrMovementsChart';
import { MrrMovementsChart } from './movements/MrrMovementsChart';
import type { OnboardingStatusProps } from './onboarding/OnboardingStatus';
import { OnboardingStatus } from './onboarding/OnboardingStatus';
import type { MrrByPlanChartProps } from './plans/MrrByPlanChart';
import { MrrByPlanChart } from './plans/MrrByPlanChart';
import { DASHBOARD_CATALOGUES } from './plans/useMrrByPlanLayout';
import { dashboardSummary } from './summary';
import type { OnboardingSurveyChartProps } from './survey/OnboardingSurveyChart';
import { OnboardingSurveyChart } from './survey/OnboardingSurveyChart';
import type { DashboardRecord, KaDashboardModel, KaDashboardOptions } from './useKaDashboard';
import { recordMrr, useKaDashboard } from './useKaDashboard';

/** The stylesheets of the dashboard and every chart in it (they render none of their own), besides the base CSS. */
const STYLES = [dashboardSheet, rankingSheet];

/** Props of a part of the dashboard that the dashboard lets you set (everything but the data it computes). */
type PartProps<P> = Partial<Omit<P, 'data' | 'ref'>>;

/** Props of {@link KaDashboard}. Unknown HTML attributes are spread onto the root `<section>`. */
export interface KaDashboardProps<T, P = Record<string, unknown>>
  extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children' | 'id' | 'onSelect' | 'onError'>,
    KaDashboardOptions<T, P> {
  /** The dashboard's heading. Default: the catalogue's "Key account dashboard" ("Key-Account-Dashboard"). */
  title?: string;
  /** The summary under the heading. Default: the key findings in one sentence. */
  description?: string;
  /** Level of the heading (`<h2>` by default); the panels' headings are one level below. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /**
   * The width the dashboard is laid out for, in pixels: it picks the columns (3 from 960 px, 2 from 640 px, else
   * 1) and gives each chart its panel's width, so text stays at its size. Default 1200. The grid itself follows
   * the container (CSS container queries); measure it with `useParentSize`/`ResponsiveContainer` to match.
   */
  width?: number;
  /**
   * `'light'`/`'dark'` force the palette for the dashboard and its charts, whatever the page; `'auto'` follows
   * the reader's `prefers-color-scheme`. Unset: follows the nearest `data-kamkit-theme` ancestor, else a `.dark`
   * ancestor, else light.
   */
  theme?: 'light' | 'dark' | 'auto';
  /** Nonce of a strict Content Security Policy, written on the dashboard's `<style>` elements. */
  nonce?: string;
  /** Any words of the catalogue (`common` and `dashboard`, and `churn` for the endangerment column); passed to every chart. */
  messages?: ChartMessages<'dashboard' | 'churn'>;
  /**
   * Called when the user selects an item in any chart of the dashboard (an at-risk account, a period, a step, a
   * stage, a survey row), and with `null` when the selection is cleared. A part's own `onSelect` wins.
   */
  onSelect?: (item: Parameters<NonNullable<ChartEventProps<unknown>['onSelect']>>[0]) => void;
  /** Called when the active item of any chart changes. A part's own `onActiveChange` wins. */
  onActiveChange?: ChartEventProps<unknown>['onActiveChange'];
  /** Called when a chart of the dashboard cannot be drawn. */
  onError?: ChartEventProps<unknown>['onError'];
  /**
   * The onboarding survey's answers and how to read them (an `OnboardingSurveyChart`): with it, a panel shows
   * satisfaction per question and stage, lowest first.
   */
  // biome-ignore lint/suspicious/noExplicitAny: the answers are their own record type, read by their own accessors.
  survey?: Partial<OnboardingSurveyChartProps<any>> & { data: Iterable<unknown> };
  /** Keyboard and pointer exploration in every chart. Default `true`; `false` renders static charts. */
  interactive?: boolean;
  /** How every chart offers its data as a table. Default `'hidden'`. */
  table?: TableMode;
  /** Renders the kit's base CSS. Default `true`. */
  injectStyles?: boolean;
  /**
   * Passed to every chart: marks move when data changes in place; off under `prefers-reduced-motion`.
   * Default `true`.
   */
  animate?: boolean;
  /** Props for the key-figure tiles (e.g. `tiles`, `title`). */
  kpiProps?: Partial<KpiTilesProps>;
  /** Props for the MRR-by-plan chart (e.g. `height`, `mark`, `highlight`). */
  plansProps?: PartProps<MrrByPlanChartProps<DashboardRecord<T>>>;
  /** Props for the MRR movements waterfall (e.g. `height`, `stepLabels`). */
  movementsProps?: PartProps<MrrMovementsChartProps<DashboardRecord<T>>>;
  /** Props for the onboarding chart (e.g. `satisfactionScale`). */
  onboardingProps?: PartProps<OnboardingStatusProps<T>>;
  /** Props for the endangerment column, a `ChurnRiskRanking` (e.g. `limit`, `signalLabels`). */
  riskProps?: PartProps<ChurnRiskRankingProps<T>>;
  /** Renders extra content at the end of the dashboard, with the computed model (records, results). */
  children?: (model: KaDashboardModel<T>) => ReactNode;
}

const GAP = 16;
const PANEL_CHROME = 2 * 12 + 2 * 1;

/**
 * The dashboard's columns at `width` (3 from 960 px, 2 from 640 px, else 1) and the inner width of a panel
 * spanning `span` columns (gaps of 16 px, 12 px padding and a 1 px border in each panel).
 *
 * @example
 * dashboardGrid(1280).panel(2); // 822: the MRR-by-plan chart's width on a 1,280 px dashboard
 */
export function dashboardGrid(width: number): { columns: 1 | 2 | 3; panel: (span: number) => number } {
  const columns = width >= 960 ? 3 : width >= 640 ? 2 : 1;
  const column = (width - GAP * (columns - 1)) / columns;
  return {
    columns,
    panel: (span) =>
      Math.max(
        200,
        Math.floor(Math.min(span, columns) * column + (Math.min(span, columns) - 1) * GAP - PANEL_CHROME),
      ),
  };
}

function KaDashboardInner<T, P>(props: KaDashboardProps<T, P>, ref: Ref<HTMLElement>) {
  const {
    data,
    id,
    label,
    series,
    period,
    plan,
    value,
    plans,
    from,
    to,
    current,
    status,
    stages,
    satisfaction,
    signals,
    daysInQueue,
    levels,
    atRisk,
    probability,
    rankBy,
    upsellMeasure,
    locale,
    currency,
    formatValue,
    title,
    description,
    headingLevel = 2,
    width = 1200,
    theme,
    nonce,
    messages,
    onSelect,
    onActiveChange,
    onError,
    survey,
    interactive,
    table,
    injectStyles = true,
    animate,
    kpiProps,
    plansProps,
    movementsProps,
    onboardingProps,
    riskProps,
    className,
    children,
    ...rest
  } = props;
  const model = useKaDashboard<T, P>({
    data,
    id,
    series,
    period,
    plan,
    value,
    plans,
    from,
    to,
    current,
    status,
    stages,
    satisfaction,
    signals,
    daysInQueue,
    levels,
    atRisk,
    probability,
    rankBy,
    upsellMeasure,
  });
  const uid = useId();
  const grid = dashboardGrid(width);
  const tiles = { locale, currency, formatValue, interactive, table, messages, injectStyles: false as const };
  const shared = { ...tiles, onError, animate };
  // Events go to every chart (typed per chart: each chart's items carry its own records).
  const events = { onSelect, onActiveChange } as object;
  const Heading = `h${headingLevel}` as 'h2';
  const PanelHeading = `h${Math.min(6, headingLevel + 1)}` as 'h3';
  const format = createShortFormat({ locale, currency, formatValue });
  const periodFormat = createPeriodFormat(format.locale, model.periods);
  const text = resolveMessages(locale, messages, 'dashboard', DASHBOARD_CATALOGUES).family.dashboard;
  const described = dashboardSummary(model, text, format, periodFormat);
  const summary = description ?? described.summary;
  const plansTitle = plansProps?.title ?? text.plansTitle;
  const movementsTitle =
    movementsProps?.title ??
    (described.range
      ? translate(text.movementsRange, { range: described.range }, format)
      : text.movementsTitle);
  const onboardingTitle = onboardingProps?.title ?? text.onboardingTitle;
  const surveyTitle = survey?.title ?? text.surveyTitle;
  const riskTitle = riskProps?.title ?? text.riskTitle;
  const ctx: GridContext = {
    grid,
    tiles,
    shared,
    events,
    PanelHeading,
    titles: {
      plans: plansTitle,
      movements: movementsTitle,
      onboarding: onboardingTitle,
      survey: surveyTitle,
      risk: riskTitle,
    },
  };

  return (
    <section
      {...rest}
      ref={ref}
      className={className ? `kamkit-dashboard ${className}` : 'kamkit-dashboard'}
      data-kamkit-dashboard=""
      data-kamkit-theme={theme}
      data-columns={grid.columns}
      aria-labelledby={`${uid}-heading`}
      aria-describedby={`${uid}-summary`}
    >
      {injectStyles ? <ChartStyles sheets={STYLES} nonce={nonce} /> : null}
      <Heading id={`${uid}-heading`} className="kamkit-dashboard__heading">
        {title ?? text.title}
      </Heading>
      <p id={`${uid}-summary`} className="kamkit-dashboard__summary">
        {summary}
      </p>
      <DashboardGrid props={props} model={model} ctx={ctx} />
      {children?.(model)}
    </section>
  );
}

/** What the dashboard's panels share: the grid, the props every chart gets, the panel heading and the titles. */
interface GridContext {
  grid: ReturnType<typeof dashboardGrid>;
  tiles: Record<string, unknown>;
  shared: Record<string, unknown>;
  events: object;
  PanelHeading: 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  titles: { plans: string; movements: string; onboarding: string; survey: string; risk: string };
}

/** The dashboard's panels: key figures, MRR by plan, movements, onboarding, the survey and the at-risk queue. */
function DashboardGrid<T, P>({
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

function accountName<T>(
  record: DashboardRecord<T>,
  label: KaDashboardOptions<T>['label'],
  accounts: readonly T[],
): string | undefined {
  if (label === undefined) return undefined;
  if (typeof label === 'function') return label(record.account, record.accountIndex, accounts) ?? undefined;
  const value =
    record.account !== null && typeof record.account === 'object'
      ? (record.account as Record<string, unknown>)[label as string]
      : undefined;
  return value === null || value === undefined ? undefined : String(value);
}

/**
 * The KA dashboard of the KAM template in one component: key figures (MRR and its change, NRR, GRR, accounts and
 * MRR at risk, upsell candidates), MRR by plan over time (the upsell plan on top, highlighted), the MRR
 * movements between `from` and `to` as a waterfall, the onboarding status with satisfaction, and the
 * endangerment column (`ChurnRiskRanking`: accounts with low engagement and high cancellation risk). One set of
 * accounts with an MRR series each; a `<section>` with a heading and a summary, laid out on a responsive grid
 * (3, 2 or 1 columns). Each chart keeps its own `role="img"`, title and description.
 *
 * @example
 * <KaDashboard
 *   data={accounts}
 *   label="name"
 *   series="mrr"
 *   period="month"
 *   plans={['Basic', 'Standard', 'Premium']}
 *   from="2023-12"
 *   to="2024-12"
 *   status="onboardingStage"
 *   stages={['Contract signed', 'Kick-off', 'Integration', 'Training', 'Live']}
 *   satisfaction="satisfaction"
 *   signals={[{ key: 'engagement', value: 'engagement', weight: 2, higherIsRiskier: false }]}
 *   locale="de-DE"
 *   currency="EUR"
 * />
 */
export const KaDashboard = /* @__PURE__ */ forwardRef(KaDashboardInner) as <T, P = Record<string, unknown>>(
  props: KaDashboardProps<T, P> & { ref?: Ref<HTMLElement> },
) => ReactElement;
