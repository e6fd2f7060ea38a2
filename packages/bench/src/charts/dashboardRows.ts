import type { DashboardAccount } from '../data';
import { DASHBOARD_FROM, DASHBOARD_MONTHS, DASHBOARD_PLANS, DASHBOARD_STAGES, DASHBOARD_TO } from '../data';
import { HIGH_RISK, MEDIUM_RISK, RISK_SIGNALS, RISK_TOP } from './types';

/**
 * What a team computes by hand for a dashboard drawn with a chart library that has no analytics (used by the
 * Recharts composition, not by kamkit): MRR by plan per month, the MRR movements between two months, the key
 * figures, onboarding counts and the accounts at risk. Same rules as @kamkit/core's `mrrByPlan`, `mrrMovements`,
 * `churnRisk` and `upsellCandidates` on this (clean) data, so both dashboards show the same figures.
 */
export interface DashboardRows {
  /** One row per month: `{ month, Basic, Standard, Premium }`. */
  byPlan: Record<string, string | number>[];
  /** The waterfall: start, new, expansion, contraction, churned, end, each with an invisible base. */
  movements: { step: string; base: number; value: number; amount: number; kind: 'total' | 'up' | 'down' }[];
  kpis: { label: string; value: string; note: string; warning?: boolean }[];
  nrr: number | null;
  grr: number | null;
  onboarding: { stage: string; count: number; share: number; satisfaction: number | null }[];
  risk: {
    name: string;
    mrr: number;
    risk: number;
    level: 'high' | 'medium' | 'low';
    days: number;
  }[];
  atRisk: { accounts: number; mrr: number; share: number; more: number; moreMrr: number };
}

export const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
export const usdShort = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
export const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
export const integer = new Intl.NumberFormat('en-US');

/** "Dec 2024" for "2024-12". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${year}`;
}

function point(account: DashboardAccount, month: string) {
  return account.mrr.find((p) => p.month === month);
}

export function dashboardRows(data: readonly DashboardAccount[]): DashboardRows {
  // MRR by plan per month.
  const byPlan = DASHBOARD_MONTHS.map((month) => {
    const row: Record<string, string | number> = { month };
    for (const plan of DASHBOARD_PLANS) row[plan] = 0;
    return row;
  });
  const monthIndex = new Map(DASHBOARD_MONTHS.map((m, i) => [m, i]));
  for (const account of data) {
    for (const p of account.mrr) {
      const row = byPlan[monthIndex.get(p.month) ?? -1];
      if (row && p.plan) row[p.plan] = (row[p.plan] as number) + p.mrr;
    }
  }

  // Movements from DASHBOARD_FROM to DASHBOARD_TO.
  let start = 0;
  let end = 0;
  let added = 0;
  let expansion = 0;
  let contraction = 0;
  let churned = 0;
  let payingBefore = 0;
  let payingAfter = 0;
  const current: { account: DashboardAccount; mrr: number; plan: string | null }[] = [];
  for (const account of data) {
    const before = point(account, DASHBOARD_FROM)?.mrr ?? 0;
    const afterPoint = point(account, DASHBOARD_TO);
    const after = afterPoint?.mrr ?? 0;
    start += before;
    end += after;
    if (before > 0) payingBefore++;
    if (after > 0) {
      payingAfter++;
      current.push({ account, mrr: after, plan: afterPoint?.plan ?? null });
    }
    if (before === 0 && after > 0) added += after;
    else if (before > 0 && after === 0) churned += before;
    else if (after > before) expansion += after - before;
    else if (after < before) contraction += before - after;
  }
  const nrr = start > 0 ? (start + expansion - contraction - churned) / start : null;
  const grr = start > 0 ? (start - contraction - churned) / start : null;
  const movements: DashboardRows['movements'] = [
    { step: monthLabel(DASHBOARD_FROM), base: 0, value: start, amount: start, kind: 'total' },
    { step: 'New', base: start, value: added, amount: added, kind: 'up' },
    { step: 'Expansion', base: start + added, value: expansion, amount: expansion, kind: 'up' },
    {
      step: 'Contraction',
      base: start + added + expansion - contraction,
      value: contraction,
      amount: -contraction,
      kind: 'down',
    },
    { step: 'Churned', base: end, value: churned, amount: -churned, kind: 'down' },
    { step: monthLabel(DASHBOARD_TO), base: 0, value: end, amount: end, kind: 'total' },
  ];

  // Churn risk of the current accounts: the weighted mean of the signals mapped onto 0–100.
  const weights = RISK_SIGNALS.reduce((sum, s) => sum + s.weight, 0);
  const assessed = current.map(({ account, mrr }) => {
    let weighted = 0;
    for (const s of RISK_SIGNALS) {
      const raw = account[s.value];
      const t = Math.min(1, Math.max(0, (raw - s.scale[0]) / (s.scale[1] - s.scale[0])));
      weighted += s.weight * 100 * (s.higherIsRiskier ? t : 1 - t);
    }
    const risk = weighted / weights;
    const level = risk >= HIGH_RISK ? 'high' : risk >= MEDIUM_RISK ? 'medium' : 'low';
    return { account, mrr, risk, level } as const;
  });
  const ranked = assessed
    .filter((a) => a.level === 'high')
    .sort(
      (a, b) =>
        b.mrr - a.mrr ||
        b.account.daysInQueue - a.account.daysInQueue ||
        (a.account.id < b.account.id ? -1 : 1),
    );
  const mrrAtRisk = ranked.reduce((sum, a) => sum + a.mrr, 0);
  const shown = ranked.slice(0, RISK_TOP);
  const risk = shown.map((a) => ({
    name: a.account.name,
    mrr: a.mrr,
    risk: Math.round(a.risk),
    level: a.level,
    days: a.account.daysInQueue,
  }));

  // Onboarding of the current accounts, with the mean satisfaction per stage.
  const onboarding = DASHBOARD_STAGES.map((stage) => {
    const at = current.filter((c) => c.account.onboardingStage === stage);
    const scores = at.map((c) => c.account.satisfaction);
    return {
      stage,
      count: at.length,
      share: current.length > 0 ? at.length / current.length : 0,
      satisfaction: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    };
  });

  const top = DASHBOARD_PLANS[DASHBOARD_PLANS.length - 1];
  const upsell = current.filter((c) => c.plan !== top).length;
  const signed = (v: number, f: (x: number) => string) => (v > 0 ? `+${f(v)}` : v < 0 ? `−${f(-v)}` : f(0));
  const vs = `vs ${monthLabel(DASHBOARD_FROM)}`;
  const range = `${monthLabel(DASHBOARD_FROM)} → ${monthLabel(DASHBOARD_TO)}`;
  const kpis: DashboardRows['kpis'] = [
    {
      label: 'MRR',
      value: usd.format(end),
      note: `${signed(end - start, (v) => usdShort.format(v))} (${signed((end - start) / start, (v) => percent.format(v))}) ${vs}`,
    },
    {
      label: 'Paying accounts',
      value: integer.format(payingAfter),
      note: `${signed(payingAfter - payingBefore, (v) => integer.format(v))} ${vs}`,
    },
    { label: 'Net revenue retention', value: nrr === null ? '–' : percent.format(nrr), note: range },
    { label: 'Gross revenue retention', value: grr === null ? '–' : percent.format(grr), note: range },
    {
      label: 'Accounts at risk',
      value: integer.format(ranked.length),
      note: `of ${integer.format(assessed.length)} accounts (${Math.round((ranked.length / assessed.length) * 100)}%)`,
      warning: ranked.length > 0,
    },
    {
      label: 'MRR at risk',
      value: usd.format(mrrAtRisk),
      note: `${percent.format(end > 0 ? mrrAtRisk / end : 0)} of MRR`,
      warning: mrrAtRisk > 0,
    },
    { label: 'Upsell candidates', value: integer.format(upsell), note: `accounts not on ${top}` },
  ];

  return {
    byPlan,
    movements,
    kpis,
    nrr,
    grr,
    onboarding,
    risk,
    atRisk: {
      accounts: ranked.length,
      mrr: mrrAtRisk,
      share: end > 0 ? mrrAtRisk / end : 0,
      more: ranked.length - shown.length,
      moreMrr: ranked.slice(RISK_TOP).reduce((sum, a) => sum + a.mrr, 0),
    },
  };
}
