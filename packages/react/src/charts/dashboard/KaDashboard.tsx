import type { ReactElement, Ref } from 'react';
import { forwardRef, useId } from 'react';
import { attempt, checkSize } from '../../contract/errors';
import { dashboard as dashboardEn } from '../../messages/en/dashboard';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { createShortFormat } from '../../primitives/compact';
import { createPeriodFormat } from '../../primitives/periods';
import { ChartStyles } from '../../theme/ChartStyles';
import { dashboardSheet } from '../../theme/sheets/dashboard';
import { rankingSheet } from '../../theme/sheets/ranking';
import type { GridContext } from './DashboardGrid';
import { DashboardGrid } from './DashboardGrid';
import { ErrorState, useStableError } from './ErrorState';
import { dashboardGrid } from './grid';
import type { KaDashboardProps } from './KaDashboardProps';
import { DASHBOARD_CATALOGUES } from './plans/useMrrByPlanLayout';
import { dashboardSummary } from './summary';
import type { KaDashboardModel } from './useKaDashboard';
import { useKaDashboardAttempt } from './useKaDashboard';

/** The stylesheets of the dashboard and every chart in it (they render none of their own), besides the base CSS. */
const STYLES = [dashboardSheet, rankingSheet];

/** The props the dashboard reads itself (the rest go to the `<section>`); reading them runs the caller's getters. */
function splitProps<T, P>(props: KaDashboardProps<T, P>) {
  const {
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
    // The model's options, read by useKaDashboard.
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
    ...rest
  } = props;
  const options = {
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
  };
  const view = { locale, currency, formatValue, title, description, headingLevel, width, theme, nonce };
  const parts = {
    messages,
    onSelect,
    onActiveChange,
    onError,
    survey,
    interactive,
    table,
    injectStyles,
    animate,
  };
  const panels = { kpiProps, plansProps, movementsProps, onboardingProps, riskProps, className, children };
  return { options, ...view, ...parts, ...panels, rest };
}

/** A value the caller's getter could not give: the error state reads what it can of it, else nothing. */
function tryRead<R>(read: () => R): R | undefined {
  const result = attempt(read);
  return result.ok ? result.value : undefined;
}

function KaDashboardInner<T, P>(props: KaDashboardProps<T, P>, ref: Ref<HTMLElement>) {
  const split = attempt(() => splitProps(props));
  const model = useKaDashboardAttempt<T, P>(
    split.ok ? split.value.options : (NO_DATA as KaDashboardProps<T, P>),
  );
  const uid = useId();
  const failed = !split.ok ? split.error : !model.ok ? model.error : undefined;
  const view =
    split.ok && model.ok
      ? attempt(() => dashboardView(props, split.value, model.value, uid, ref))
      : undefined;
  const error = useStableError(failed ?? (view && !view.ok ? view.error : undefined));
  if (view?.ok || !error) return (view as { value: ReactElement }).value;
  const p = split.ok ? split.value : undefined;
  const locale = p ? p.locale : tryRead(() => props.locale);
  const messages = p ? p.messages : tryRead(() => props.messages);
  const title = p ? p.title : tryRead(() => props.title);
  const heading = p ? p.headingLevel : tryRead(() => props.headingLevel);
  const Heading =
    `h${typeof heading === 'number' && heading >= 1 && heading <= 6 ? Math.floor(heading) : 2}` as 'h2';
  const text = tryRead(
    () => resolveMessages(locale, messages, 'dashboard', DASHBOARD_CATALOGUES).family.dashboard.title,
  );
  const className = p?.className;
  return (
    <section
      {...p?.rest}
      ref={ref}
      className={className ? `kamkit-dashboard ${className}` : 'kamkit-dashboard'}
      data-kamkit-dashboard=""
      data-kamkit-theme={p?.theme}
      data-error={error.code}
      aria-labelledby={`${uid}-heading`}
    >
      {p?.injectStyles !== false ? <ChartStyles sheets={STYLES} nonce={p?.nonce} /> : null}
      <Heading id={`${uid}-heading`} className="kamkit-dashboard__heading">
        {typeof title === 'string' ? title : (text ?? dashboardEn.dashboard.title)}
      </Heading>
      <ErrorState
        error={error}
        locale={locale}
        messages={messages}
        onError={p ? p.onError : tryRead(() => props.onError)}
      />
    </section>
  );
}

/** `data` of the options when the props could not be read: never used, the props' error is shown. */
const NO_DATA = { data: [] };

/** The dashboard itself, for a model that could be computed (throws for an option only the view reads). */
function dashboardView<T, P>(
  props: KaDashboardProps<T, P>,
  p: ReturnType<typeof splitProps<T, P>>,
  model: KaDashboardModel<T>,
  uid: string,
  ref: Ref<HTMLElement>,
) {
  const { locale, currency, formatValue, interactive, table, messages, onError, animate } = p;
  const { title, description, headingLevel, width, theme, nonce, injectStyles, className, children } = p;
  const invalid = checkSize('width', width);
  if (invalid) throw invalid;
  const grid = dashboardGrid(width);
  const tiles = { locale, currency, formatValue, interactive, table, messages, injectStyles: false as const };
  const shared = { ...tiles, onError, animate };
  // Events go to every chart (typed per chart: each chart's items carry its own records).
  const events = { onSelect: p.onSelect, onActiveChange: p.onActiveChange } as object;
  const Heading = `h${headingLevel}` as 'h2';
  const PanelHeading = `h${Math.min(6, headingLevel + 1)}` as 'h3';
  const format = createShortFormat({ locale, currency, formatValue });
  const periodFormat = createPeriodFormat(format.locale, model.periods);
  const text = resolveMessages(locale, messages, 'dashboard', DASHBOARD_CATALOGUES).family.dashboard;
  const described = dashboardSummary(model, text, format, periodFormat);
  const summary = description ?? described.summary;
  const { plansProps, movementsProps, onboardingProps, survey, riskProps } = p;
  const movementsTitle =
    movementsProps?.title ??
    (described.range
      ? translate(text.movementsRange, { range: described.range }, format)
      : text.movementsTitle);
  const ctx: GridContext = {
    grid,
    tiles: { ...tiles, onError },
    shared,
    events,
    PanelHeading,
    titles: {
      plans: plansProps?.title ?? text.plansTitle,
      movements: movementsTitle,
      onboarding: onboardingProps?.title ?? text.onboardingTitle,
      survey: survey?.title ?? text.surveyTitle,
      risk: riskProps?.title ?? text.riskTitle,
    },
  };

  return (
    <section
      {...p.rest}
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
