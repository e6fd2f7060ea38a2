import type { WorkbookSheet } from '@kamkit/import';
import { abcOverTime, type ChurnSignal, type Criterion, churnRisk, score } from '@kamkit/react';
import { activeAccounts } from '../components/criteria';
import { GROWTH_CRITERIA, HARMONY_CRITERIA } from '../data/criteria';
import type { WorkspaceAccount, WorkspaceData } from '../workspace';

/** The dashboard's endangerment signals (as on the KA dashboard page). */
const signals: ChurnSignal<WorkspaceAccount>[] = [
  { key: 'engagement', value: 'engagement', weight: 2, higherIsRiskier: false },
  { key: 'satisfaction', value: 'satisfaction', weight: 1, scale: [0, 10], higherIsRiskier: false },
  { key: 'usageDrop', value: (a) => a.churnSignals.usageDropPct, weight: 1 },
];

/** The scoring matrix's criteria with the template's default weights. */
const criteria: Criterion<WorkspaceAccount>[] = [
  ...GROWTH_CRITERIA.map((c) => ({
    key: c.key,
    label: c.label,
    axis: 'growth' as const,
    weight: c.weight,
    // An imported file has no computed revenue growth: that criterion is then missing and the axis renormalises.
    value: (a: WorkspaceAccount) => (a.growth as Partial<Record<string, number | null>>)[c.key] ?? null,
  })),
  ...HARMONY_CRITERIA.map((c) => ({
    key: c.key,
    label: c.label,
    axis: 'harmony' as const,
    weight: c.weight,
    value: (a: WorkspaceAccount) => a.harmony[c.key],
  })),
];

/**
 * The workspace's results as workbook sheets, one per view: ABC tiers per year (with each year's revenue, every
 * account), the scoring matrix (growth, harmony, total, quadrant; default weights) and the at-risk queue, both
 * over the accounts still with us as on the Prioritisation and dashboard pages (a churned account has nothing to
 * win and nothing left to lose). Numbers stay numbers; a view the data cannot produce (no scores, no MRR) is a
 * sheet that says why, not a missing sheet.
 */
export function resultSheets(data: WorkspaceData): WorkbookSheet[] {
  const { accounts, years } = data;
  const active = activeAccounts(accounts);
  const tiers = abcOverTime(accounts, {
    periods: years,
    value: (a: WorkspaceAccount, year: string | number) => a.revenue[String(year)] ?? null,
  });
  const tierSheet: WorkbookSheet = {
    name: 'Tiers per year',
    columns: [
      'Account ID',
      'Account',
      ...years.flatMap((y) => [`Tier ${y}`, `Revenue ${y}`]),
      'Tier of the total',
    ],
    rows: tiers.rows.map((r) => [
      String(r.id),
      r.datum.name,
      ...years.flatMap((y) => [r.states[y] ?? null, r.datum.revenue[y] ?? null]),
      r.aggregate,
    ]),
  };
  let scoreSheet: WorkbookSheet;
  try {
    const scored = score(active, { criteria });
    scoreSheet = {
      name: 'Scores',
      columns: ['Rank', 'Account ID', 'Account', 'Growth', 'Harmony', 'Total', 'Quadrant', 'Incomplete'],
      rows: scored.rows.map((r) => [
        r.rank,
        String(r.id),
        r.datum.name,
        r.growth,
        r.harmony,
        r.total,
        r.quadrant.label,
        r.incomplete ? 'yes' : 'no',
      ]),
    };
  } catch (error) {
    scoreSheet = { name: 'Scores', columns: ['Note'], rows: [[`No scores: ${(error as Error).message}`]] };
  }
  let queueSheet: WorkbookSheet;
  try {
    const risk = churnRisk(active, { signals });
    queueSheet = {
      name: 'At-risk queue',
      columns: [
        'Position',
        'Account ID',
        'Account',
        'MRR',
        'Risk (0–100)',
        'Level',
        'Tier',
        'Days in queue',
        'Flagged',
      ],
      rows: risk.ranking.map((r, i) => [
        i + 1,
        String(r.id),
        r.datum.name,
        r.mrr,
        r.risk,
        r.level,
        r.tier,
        r.daysInQueue,
        r.flagged ? 'yes' : 'no',
      ]),
    };
  } catch (error) {
    queueSheet = {
      name: 'At-risk queue',
      columns: ['Note'],
      rows: [[`No queue: ${(error as Error).message}`]],
    };
  }
  return [tierSheet, scoreSheet, queueSheet];
}
