import type { ComponentType } from 'react';
import {
  AbcChart,
  AbcMigrationChart,
  AbcXyzMatrix,
  ChurnRiskRanking,
  KaDashboard,
  KpiTiles,
  LorenzChart,
  MrrByPlanChart,
  MrrMovementsChart,
  OnboardingStatus,
  OnboardingSurveyChart,
  ParetoChart,
  ProfitMatrix,
  ScoreBreakdown,
  ScoringMatrix,
  ScoringTable,
  StakeholderMap,
  WhaleCurve,
  WhitespaceMatrix,
} from '../../src';
import type { ChartItemKind } from '../../src/contract/types';
import type { MessageFamily } from '../../src/messages/catalogue';
import { dashboard, dashboardAccounts, dashboardProps, kpi, kpiProps } from './composites';

/** The shared checks of conformance.test.tsx that an entry may replace (see {@link ConformanceCase.instead}). */
export type SharedCheck =
  | 'root'
  | 'empty'
  | 'errors'
  | 'errorGerman'
  | 'server'
  | 'keyboard'
  | 'pointer'
  | 'selected'
  | 'width'
  | 'tooltip';

/** A shared check that does not apply to an entry: why, and the check that runs instead (one that can fail). */
export interface Replacement {
  reason: string;
  /** What the replacement asserts, in a few words (the test's name). */
  check: string;
  run: () => void;
}

/**
 * One chart of the conformance suite: the component, a small fixture (props with `data`), the message family it
 * writes with, how to give it a hostile label, and the first item the keyboard reaches (with its record).
 */
export interface ConformanceCase {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: the suite renders charts of every data type.
  Component: ComponentType<any>;
  /** Props that draw the chart with a few items (at least two explorer points). */
  props: Record<string, unknown>;
  /** Props that draw it with one item whose label is `HOSTILE` (shown as text, in a visible table). */
  hostile: Record<string, unknown>;
  /**
   * Charts whose legend toggles series: the visible name of one series' legend button (e.g. `'Basic'`) and the
   * id `onHiddenSeriesChange` reports for it (e.g. `'series:Basic'`).
   */
  seriesToggle?: { name: string; id: string | number };
  family: MessageFamily;
  /** The item the explorer reaches first (focus) and second (one arrow key on), by kind and id. */
  first: { kind: ChartItemKind; id: string | number };
  second: { id: string | number };
  /** The record `first` stands for (its `datum` for one account or person, one of its `accounts` otherwise). */
  firstDatum: unknown;
  /** The root's class besides the chart's own: `kamkit-chart`, or `kamkit-dashboard` for the dashboard. */
  rootClass?: string;
  /** Shared checks that do not apply to this entry, each with the reason and the check that runs instead. */
  instead?: Partial<Record<SharedCheck, Replacement>>;
}

export const HOSTILE = '<img src=x onerror=alert(1)>';

const accounts = [
  { id: 'a1', name: 'Nordwind AG', revenue: 50_000 },
  { id: 'a2', name: 'Alpen GmbH', revenue: 30_000 },
  { id: 'a3', name: 'Küstenwerk KG', revenue: 12_000 },
  { id: 'a4', name: 'Rheinblick SE', revenue: 8_000 },
];

const queue = [
  { id: 'r1', name: 'Nordwind AG', mrr: 50_000, daysInQueue: 40, usage: 90 },
  { id: 'r2', name: 'Alpen GmbH', mrr: 30_000, daysInQueue: 10, usage: 80 },
  { id: 'r3', name: 'Küstenwerk KG', mrr: 12_000, daysInQueue: 0, usage: 10 },
];
const usage = [{ key: 'usage', value: 'usage', weight: 1 }];

const profitAccounts = [
  { id: 'p1', name: 'Nordwind AG', cost: 4_000, price: 92, revenue: 50_000 },
  { id: 'p2', name: 'Alpen GmbH', cost: 9_000, price: 80, revenue: 30_000 },
  { id: 'p3', name: 'Küstenwerk KG', cost: 15_000, price: 88, revenue: 12_000 },
];

const scored = [
  { id: 's1', name: 'Nordwind AG', potential: 9, fit: 2 },
  { id: 's2', name: 'Alpen GmbH', potential: 4, fit: 6 },
  { id: 's3', name: 'Küstenwerk KG', potential: 7, fit: 9 },
];
const scoringCriteria = [
  { key: 'pot', axis: 'growth', weight: 1, value: 'potential' },
  { key: 'fit', axis: 'harmony', weight: 1, value: 'fit' },
];

const monthly = [
  { month: '2024-01', plan: 'Basic', mrr: 1_000, account: 'a1' },
  { month: '2024-01', plan: 'Premium', mrr: 3_000, account: 'a2' },
  { month: '2024-02', plan: 'Basic', mrr: 1_200, account: 'a1' },
  { month: '2024-02', plan: 'Premium', mrr: 3_100, account: 'a2' },
];

const seriesAccounts = [
  { id: 'm1', name: 'Nordwind AG', series: [10, 10, 10, 10] },
  { id: 'm2', name: 'Alpen GmbH', series: [20, 0, 20, 0] },
  { id: 'm3', name: 'Küstenwerk KG', series: [0, 0, 0, 8] },
];

const stakeholderPeople = [
  {
    id: 'ceo',
    name: 'Dr. Anna Berg',
    title: 'CEO',
    decisionPower: 'high',
    attitude: 'positive',
    relationship: 4,
  },
  {
    id: 'cfo',
    parentId: 'ceo',
    name: 'Jonas Weber',
    title: 'CFO',
    decisionPower: 'high',
    attitude: 'neutral',
    relationship: 2,
  },
];

const surveyAnswers = [
  { respondent: 'p1', question: 'Datenmigration', stage: 'Integration', score: 4 },
  { respondent: 'p1', question: 'Schulung', stage: 'Schulung', score: 8 },
  { respondent: 'p2', question: 'Datenmigration', stage: 'Integration', score: 5 },
];

const wsAccounts = [
  { id: 'w1', name: 'Mercy Hospital' },
  { id: 'w2', name: 'Harbor Clinic' },
];
const wsProducts = [
  { id: 'cloud', name: 'Cloud', potential: 4000 },
  { id: 'voice', name: 'Voice', potential: 1500 },
];
const wsHoldings = [{ accountId: 'w2', productId: 'voice', mrr: 1200 }];

const yearly = [
  { id: 'y1', name: 'Nordwind AG', revenue: { '2023': 80, '2024': 70 } },
  { id: 'y2', name: 'Alpen GmbH', revenue: { '2023': 10, '2024': 20 } },
  { id: 'y3', name: 'Küstenwerk KG', revenue: { '2023': 5, '2024': 5 } },
];

const onboardingAccounts = [
  { id: 'o1', name: 'Nordwind AG', stage: 'Kick-off' },
  { id: 'o2', name: 'Alpen GmbH', stage: 'Live' },
];

/** Every chart of the kit: a porter adds a chart by one entry. */
export const CHARTS: ConformanceCase[] = [
  {
    name: 'ParetoChart',
    Component: ParetoChart,
    props: { data: accounts, value: 'revenue', label: 'name' },
    hostile: { data: [{ id: 'x', name: HOSTILE, revenue: 1 }], value: 'revenue', label: 'name' },
    family: 'pareto',
    first: { kind: 'account', id: 'a1' },
    second: { id: 'a2' },
    firstDatum: accounts[0],
  },
  {
    name: 'LorenzChart',
    Component: LorenzChart,
    props: { data: accounts, value: 'revenue', label: 'name' },
    hostile: { data: [{ id: 'x', name: HOSTILE, revenue: 1 }], value: 'revenue', label: 'name' },
    family: 'lorenz',
    first: { kind: 'account', id: 'a4' },
    second: { id: 'a3' },
    firstDatum: accounts[3],
  },
  {
    name: 'ChurnRiskRanking',
    Component: ChurnRiskRanking,
    props: { data: queue, signals: usage, value: 'mrr', label: 'name' },
    hostile: {
      data: [{ id: 'x', name: HOSTILE, mrr: 1, daysInQueue: 3, usage: 90 }],
      signals: usage,
      label: 'name',
    },
    family: 'churn',
    first: { kind: 'account', id: 'r1' },
    second: { id: 'r2' },
    firstDatum: queue[0],
  },
  {
    name: 'ProfitMatrix',
    Component: ProfitMatrix,
    props: { data: profitAccounts, x: 'cost', y: 'price', preset: 'shapiro', label: 'name' },
    hostile: { data: [{ id: 'x', name: HOSTILE, cost: 1, price: 1 }], x: 'cost', y: 'price', label: 'name' },
    family: 'profit',
    first: { kind: 'account', id: 'p1' },
    second: { id: 'p2' },
    firstDatum: profitAccounts[0],
  },
  {
    name: 'ScoringMatrix',
    Component: ScoringMatrix,
    props: { data: scored, criteria: scoringCriteria, label: 'name' },
    hostile: {
      data: [{ id: 'x', name: HOSTILE, potential: 5, fit: 5 }],
      criteria: scoringCriteria,
      label: 'name',
    },
    family: 'scoring',
    first: { kind: 'account', id: 's1' },
    second: { id: 's2' },
    firstDatum: scored[0],
  },
  {
    name: 'WhaleCurve',
    Component: WhaleCurve,
    props: { data: accounts, value: 'revenue', label: 'name' },
    hostile: { data: [{ id: 'x', name: HOSTILE, revenue: 1 }], value: 'revenue', label: 'name' },
    family: 'whale',
    first: { kind: 'account', id: 'a1' },
    second: { id: 'a2' },
    firstDatum: accounts[0],
  },
  {
    name: 'ScoreBreakdown',
    Component: ScoreBreakdown,
    props: { data: scored, criteria: scoringCriteria, account: 's3', label: 'name' },
    hostile: {
      data: [{ id: 'x', name: HOSTILE, potential: 5, fit: 5 }],
      criteria: scoringCriteria,
      label: 'name',
    },
    family: 'scoring',
    first: { kind: 'cell', id: 'axis:growth' },
    second: { id: 'criterion:pot' },
    firstDatum: scored[2],
  },
  {
    name: 'MrrByPlanChart',
    Component: MrrByPlanChart,
    props: { data: monthly, period: 'month', plan: 'plan', value: 'mrr', plans: ['Basic', 'Premium'] },
    hostile: { data: [{ month: '2024-01', plan: HOSTILE, mrr: 1 }], period: 'month' },
    seriesToggle: { name: 'Basic', id: 'series:Basic' },
    family: 'dashboard',
    first: { kind: 'bin', id: 'period:2024-01' },
    second: { id: 'period:2024-02' },
    firstDatum: monthly[0],
  },
  {
    name: 'AbcChart',
    Component: AbcChart,
    props: { data: accounts, value: 'revenue', label: 'name' },
    hostile: { data: [{ id: 'x', name: HOSTILE, revenue: 1 }], value: 'revenue', label: 'name' },
    seriesToggle: { name: 'Tier A', id: 'A' },
    family: 'abc',
    first: { kind: 'account', id: 'a1' },
    second: { id: 'a2' },
    firstDatum: accounts[0],
  },
  {
    name: 'MrrMovementsChart',
    Component: MrrMovementsChart,
    props: { data: monthly, period: 'month', id: 'account', value: 'mrr' },
    hostile: {
      data: monthly,
      period: 'month',
      id: 'account',
      messages: { dashboard: { movements: { steps: { expansion: HOSTILE } } } },
    },
    seriesToggle: { name: 'Increase', id: 'series:increase' },
    family: 'dashboard',
    first: { kind: 'bin', id: 'step:start' },
    second: { id: 'step:new' },
    firstDatum: monthly[0],
  },
  {
    name: 'ScoringTable',
    Component: ScoringTable,
    props: { data: scored, criteria: scoringCriteria, label: 'name' },
    hostile: {
      data: [{ id: 'x', name: HOSTILE, potential: 5, fit: 5 }],
      criteria: scoringCriteria,
      label: 'name',
    },
    family: 'scoring',
    // Rows by total score (s3 77.8, s1 50, s2 44.4); the arrow keys move along the first row's cells.
    first: { kind: 'account', id: 's3' },
    second: { id: 's3' },
    firstDatum: scored[2],
  },
  {
    name: 'AbcXyzMatrix',
    Component: AbcXyzMatrix,
    props: { data: seriesAccounts, label: 'name' },
    hostile: { data: [{ id: 'x', name: HOSTILE, series: [1, 2] }], label: 'name' },
    family: 'abc',
    first: { kind: 'cell', id: 'cell:AX' },
    second: { id: 'cell:AY' },
    firstDatum: seriesAccounts[0],
  },
  {
    name: 'StakeholderMap',
    Component: StakeholderMap,
    props: { data: stakeholderPeople },
    hostile: { data: [{ id: 'x', name: HOSTILE }] },
    family: 'stakeholders',
    first: { kind: 'person', id: 'ceo' },
    second: { id: 'cfo' },
    firstDatum: stakeholderPeople[0],
  },
  {
    name: 'OnboardingSurveyChart',
    Component: OnboardingSurveyChart,
    props: { data: surveyAnswers, value: 'score' },
    hostile: { data: [{ respondent: 'x', question: HOSTILE, stage: 'Live', score: 5 }] },
    family: 'dashboard',
    first: { kind: 'cell', id: 'cell:Datenmigration|Integration' },
    second: { id: 'cell:Schulung|Schulung' },
    firstDatum: surveyAnswers[0],
  },
  {
    name: 'WhitespaceMatrix',
    Component: WhitespaceMatrix,
    props: { data: wsAccounts, products: wsProducts, holdings: wsHoldings, label: 'name' },
    hostile: { data: [{ id: 'x', name: HOSTILE }], products: wsProducts, holdings: [], label: 'name' },
    family: 'whitespace',
    // Rows by MRR to win (w1 5,500, w2 4,000); the arrow keys move along w1's product cells.
    first: { kind: 'cell', id: 'w1:cloud' },
    second: { id: 'w1:voice' },
    firstDatum: wsAccounts[0],
  },
  {
    name: 'AbcMigrationChart',
    Component: AbcMigrationChart,
    props: { data: yearly, periods: ['2023', '2024'], value: 'revenue', label: 'name' },
    hostile: {
      data: [{ id: 'x', name: HOSTILE, revenue: { '2023': 1, '2024': 1 } }],
      periods: ['2023', '2024'],
      value: 'revenue',
      label: 'name',
    },
    family: 'abc',
    first: { kind: 'cell', id: 'cell:A-A' },
    second: { id: 'cell:A-B' },
    firstDatum: yearly[0],
  },
  {
    name: 'OnboardingStatus',
    Component: OnboardingStatus,
    props: { data: onboardingAccounts, status: 'stage', stages: ['Kick-off', 'Live'] },
    hostile: { data: [{ id: 'x', stage: HOSTILE }], status: 'stage', stages: ['Kick-off', 'Live'] },
    family: 'dashboard',
    first: { kind: 'bin', id: 'stage:Kick-off' },
    second: { id: 'stage:Live' },
    firstDatum: onboardingAccounts[0],
  },
];

/**
 * The two composites: the key-figure tiles (HTML, no marks and no items) and the dashboard (a section of several
 * charts). They take the shared checks that apply to them; each check that does not apply is named with the
 * reason and replaced by one that can fail (bodies in ./composites.tsx). The matrices' groups (quadrants) are not
 * series and have no legend toggles, so no matrix has a `seriesToggle` entry.
 */
export const COMPOSITES: ConformanceCase[] = [
  {
    name: 'KpiTiles',
    Component: KpiTiles,
    props: kpiProps,
    hostile: {
      ...kpiProps,
      tiles: [{ key: 'x', label: HOSTILE, value: HOSTILE }],
    },
    family: 'dashboard',
    // No items: the tiles are text, not marks (the keyboard and pointer checks are replaced below).
    first: { kind: 'bin', id: 'mrr' },
    second: { id: 'accounts' },
    firstDatum: null,
    instead: {
      empty: {
        reason: 'the tiles take core results, not records: no data={[]}, no SVG description',
        check: 'with no result given it says so in words, and draws no list',
        run: kpi.empty,
      },
      errors: {
        reason: 'the tiles take core results: no data, width, height or margin to be invalid',
        check:
          'a value that is not a core result or a throwing getter in messages shows the error state and calls onError; results with nothing to compare with write a dash, never NaN',
        run: kpi.errors,
      },
      errorGerman: {
        reason: 'no data to be null (see errors)',
        check: 'a value that is not a core result shows the error state in German with de-DE',
        run: kpi.errorGerman,
      },
      server: {
        reason: 'HTML tiles: no <svg> plot to find in the server output',
        check: 'the server output is the tiles list, the empty state without results, and the error state',
        run: kpi.server,
      },
      keyboard: {
        reason: 'no items to explore: every figure is already text',
        check: 'no tab stop at all, and the first tile reads as one sentence',
        run: kpi.keyboard,
      },
      pointer: {
        reason: 'no items to select',
        check: 'a click on a tile selects nothing',
        run: kpi.pointer,
      },
      selected: {
        reason: 'no items to select',
        check: 'a click on a tile selects nothing',
        run: kpi.pointer,
      },
      width: {
        reason: 'HTML that wraps with its container (a CSS grid), not a plot laid out at a width',
        check: 'no width or inline style in the markup but the 10 px arrows',
        run: kpi.width,
      },
      tooltip: {
        reason: 'no items, so no tooltip',
        check: 'what a tooltip would say (the change, its comparison) is on the tile',
        run: kpi.tooltip,
      },
    },
  },
  {
    name: 'KaDashboard',
    Component: KaDashboard,
    props: dashboardProps,
    hostile: {
      ...dashboardProps,
      data: dashboardAccounts.map((a, i) => (i === 0 ? { ...a, name: HOSTILE } : a)),
    },
    family: 'dashboard',
    first: { kind: 'bin', id: 'period:2024-01' },
    second: { id: 'period:2024-02' },
    firstDatum: null,
    rootClass: 'kamkit-dashboard',
    instead: {
      root: {
        reason:
          'the dashboard is a <section> landmark around its charts, not a chart (class kamkit-dashboard)',
        check: 'the <section> takes unknown props, className and the ref',
        run: () => dashboard.root({ current: null }),
      },
      empty: {
        reason: 'several charts, so several role="img"',
        check: 'every chart says why it is empty',
        run: dashboard.empty,
      },
      errors: {
        reason: 'it lays out its panels from width only: no height or margin of its own',
        check:
          'data={null}, series={42}, width={NaN} and throwing getters in messages show the section’s error state and call onError; a part’s invalid size shows that chart’s',
        run: dashboard.errors,
      },
      keyboard: {
        reason: 'several charts, each one tab stop: the dashboard has one per chart, not one',
        check: 'every inner chart is one tab stop; the first keeps the arrow, Enter and Escape contract',
        run: dashboard.keyboard,
      },
      selected: {
        reason: 'a selection belongs to one chart: selectedId is set per part (plansProps, …)',
        check: 'plansProps.selectedId marks that period in the MRR-by-plan chart only',
        run: dashboard.selected,
      },
      width: {
        reason:
          'it lays out for its width prop (default 1200) and gives each chart its panel width; it does not measure',
        check: 'the columns and the MRR-by-plan chart width follow dashboardGrid(width)',
        run: dashboard.width,
      },
      tooltip: {
        reason: 'a custom tooltip belongs to one chart: renderTooltip is set per part',
        check: 'plansProps.renderTooltip shows in the positioned container',
        run: dashboard.tooltip,
      },
    },
  },
];

/** Every entry of the conformance suite: the charts and the composites. */
export const ALL: ConformanceCase[] = [...CHARTS, ...COMPOSITES];
