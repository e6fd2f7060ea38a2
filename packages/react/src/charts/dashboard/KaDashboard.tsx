import type { ReactElement, Ref } from 'react';
import { forwardRef, useId } from 'react';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { createShortFormat } from '../../primitives/compact';
import { createPeriodFormat } from '../../primitives/periods';
import { ChartStyles } from '../../theme/ChartStyles';
import { dashboardSheet } from '../../theme/sheets/dashboard';
import { rankingSheet } from '../../theme/sheets/ranking';
import type { GridContext } from './DashboardGrid';
import { DashboardGrid } from './DashboardGrid';
import { dashboardGrid } from './grid';
import type { KaDashboardProps } from './KaDashboardProps';
import { DASHBOARD_CATALOGUES } from './plans/useMrrByPlanLayout';
import { dashboardSummary } from './summary';
import { useKaDashboard } from './useKaDashboard';

/** The stylesheets of the dashboard and every chart in it (they render none of their own), besides the base CSS. */
const STYLES = [dashboardSheet, rankingSheet];

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
