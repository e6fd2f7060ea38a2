import { describe, expect, it } from 'vitest';
import type { ChurnSignal } from '../src';
import { KaDashboard, MrrByPlanChart, MrrMovementsChart, OnboardingStatus } from '../src';
import { expectGolden } from './golden';
import { expectStructure } from './structure';

// Fixed data. MRR by plan: 24 months, Basic 1,000, Standard 2,000, Premium growing 1,000 → 3,300.
const months = Array.from(
  { length: 24 },
  (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
const byPlan = months.flatMap((month, i) => [
  { month, plan: 'Basic', mrr: 1000 },
  { month, plan: 'Standard', mrr: 2000 },
  { month, plan: 'Premium', mrr: 1000 + 100 * i },
]);

// Movements Jan → Mar 2024: start 6,000; new 400, expansion 500, contraction 1,000, churn 2,000; end 3,900.
const moves = [
  { id: 'a', month: '2024-01', mrr: 1000 },
  { id: 'a', month: '2024-03', mrr: 1500 },
  { id: 'b', month: '2024-01', mrr: 3000 },
  { id: 'b', month: '2024-03', mrr: 2000 },
  { id: 'c', month: '2024-03', mrr: 400 },
  { id: 'd', month: '2024-01', mrr: 2000 },
];

const stages = ['Contract', 'Kick-off', 'Setup', 'Live'];
const onboarding = [
  { id: 1, stage: 'Contract', csat: 6 },
  { id: 2, stage: 'Kick-off', csat: 4 },
  { id: 3, stage: 'Kick-off', csat: 5 },
  { id: 4, stage: 'Live', csat: 9 },
  { id: 5, stage: 'Live', csat: 8 },
  { id: 6, stage: 'Live', csat: null },
  { id: 7, stage: 'Paused', csat: 3 },
];

const series = (points: [string | null, number][]) =>
  points.map(([plan, mrr], i) => ({ month: `2024-0${i + 1}`, plan, mrr }));
const accounts = [
  {
    id: 'a',
    name: 'Alpha Klinik',
    stage: 'Live',
    csat: 8,
    engagement: 80,
    daysInQueue: 0,
    mrr: series([
      ['Basic', 1000],
      ['Basic', 1000],
      ['Standard', 1500],
    ]),
  },
  {
    id: 'b',
    name: 'Beta Labs',
    stage: 'Live',
    csat: 3,
    engagement: 10,
    daysInQueue: 40,
    mrr: series([
      ['Premium', 3000],
      ['Premium', 3000],
      ['Premium', 2000],
    ]),
  },
  {
    id: 'c',
    name: 'Gamma Care',
    stage: 'Kick-off',
    csat: null,
    engagement: 60,
    daysInQueue: 0,
    mrr: series([
      [null, 0],
      ['Basic', 400],
      ['Basic', 400],
    ]),
  },
  {
    id: 'd',
    name: 'Delta Spital',
    stage: 'Live',
    csat: 2,
    engagement: 5,
    daysInQueue: 0,
    mrr: series([
      ['Standard', 2000],
      ['Standard', 2000],
      [null, 0],
    ]),
  },
];
const signals: ChurnSignal<(typeof accounts)[number]>[] = [
  { key: 'engagement', value: 'engagement', weight: 1, higherIsRiskier: false },
];

describe('golden SVGs: KA dashboard parts', () => {
  it('mrr-by-plan: 24 months stacked, Premium on top', () => {
    expectGolden(
      'mrr-by-plan-areas',
      <MrrByPlanChart
        data={byPlan}
        period="month"
        plans={['Basic', 'Standard', 'Premium']}
        interactive={false}
      />,
    );
  });

  it('mrr-by-plan: six months as stacked bars, de-DE', () => {
    expectGolden(
      'mrr-by-plan-bars-de',
      <MrrByPlanChart
        data={byPlan.filter((r) => r.month >= '2024-07').map((r) => ({ ...r, mrr: r.mrr * 1000 }))}
        period="month"
        plans={['Basic', 'Standard', 'Premium']}
        locale="de-DE"
        currency="EUR"
        width={480}
        interactive={false}
      />,
    );
  });

  it('mrr-movements: the waterfall', () => {
    expectGolden(
      'mrr-movements-waterfall',
      <MrrMovementsChart data={moves} period="month" currency="USD" interactive={false} />,
    );
  });

  it('mrr-movements: narrow, with staggered step names', () => {
    expectGolden(
      'mrr-movements-narrow',
      <MrrMovementsChart
        data={moves}
        period="month"
        width={360}
        messages={{
          dashboard: {
            movements: {
              steps: { expansion: 'Expansion (upgrades)', contraction: 'Contraction (downgrades)' },
            },
          },
        }}
        interactive={false}
      />,
    );
  });

  it('onboarding: stages, an unknown status and satisfaction', () => {
    expectGolden(
      'onboarding-stages',
      <OnboardingStatus
        data={onboarding}
        status="stage"
        stages={stages}
        satisfaction="csat"
        interactive={false}
      />,
    );
  });

  it('onboarding: narrow (280 px), names above the bars, de-DE', () => {
    expectGolden(
      'onboarding-narrow-de',
      <OnboardingStatus
        data={onboarding}
        status="stage"
        stages={stages}
        satisfaction="csat"
        locale="de-DE"
        width={280}
        interactive={false}
      />,
    );
  });

  it('dashboard: the charts of a small dashboard (structure: four charts)', () => {
    const svgs = expectStructure(
      'dashboard-small',
      <KaDashboard
        data={accounts}
        label="name"
        period="month"
        plans={['Basic', 'Standard', 'Premium']}
        status="stage"
        stages={['Contract', 'Kick-off', 'Live']}
        satisfaction="csat"
        signals={signals}
        width={640}
        interactive={false}
        kpiProps={{ tiles: [] }}
        title="Small dashboard"
      />,
      { marks: { 'rect.kamkit-step__bar': 6, 'text.kamkit-stage__label': 3 } },
    );
    expect(svgs).toHaveLength(4);
  });
});
