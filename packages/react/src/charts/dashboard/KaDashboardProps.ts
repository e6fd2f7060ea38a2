import type { HTMLAttributes, ReactNode } from 'react';
import type { ChartEventProps } from '../../contract/types';
import type { ChartMessages } from '../../messages/catalogue';
import type { TableMode } from '../../primitives/types';
import type { ChurnRiskRankingProps } from '../churn';
import type { KpiTilesProps } from './KpiTiles';
import type { MrrMovementsChartProps } from './movements/MrrMovementsChart';
import type { OnboardingStatusProps } from './onboarding/OnboardingStatus';
import type { MrrByPlanChartProps } from './plans/MrrByPlanChart';
import type { OnboardingSurveyChartProps } from './survey/OnboardingSurveyChart';
import type { DashboardRecord, KaDashboardModel, KaDashboardOptions } from './useKaDashboard';

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
