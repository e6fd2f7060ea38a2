import {
  abc,
  churnRisk,
  coverage,
  growthRating,
  influencePaths,
  largestWhitespace,
  onboardingSurvey,
  revenueGrowth,
  stakeholderMap,
  whitespace,
} from '@kamkit/core';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from './generate';
import {
  ACQUISITION_MONTH,
  AS_OF_DATE,
  daysBefore,
  GROWTH_RANGE,
  offeredTo,
  POTENTIAL_RANGE,
  potentialOf,
} from './scenario';
import type { Account } from './types';

const data = generateDemoData();
const flagship = data.accounts[0] as Account;
const latest = (a: Account) => a.mrr[a.mrr.length - 1]?.mrr ?? 0;
const active = data.accounts.filter((a) => a.churnedAt === null);

describe('the worked scenario in the demo data', () => {
  it('tells of a healthcare-cloud provider whose customer base grew through an acquisition in July 2023', () => {
    expect(data.company).toEqual({
      name: 'Nimbus Health Cloud',
      acquired: { name: 'Larkspur Voice Systems', closedAt: ACQUISITION_MONTH },
    });
    const acquired = data.accounts.filter((a) => a.origin === 'acquired');
    expect(acquired.length / data.accounts.length).toBeGreaterThan(0.25);
    expect(acquired.length / data.accounts.length).toBeLessThan(0.55);
    for (const a of acquired) {
      expect(a.customerSince >= ACQUISITION_MONTH, a.id).toBe(true);
      expect(a.revenue['2022'], a.id).toBeNull();
    }
    // ABC over three years: the base with revenue grows from 2022 to 2024, by the acquired accounts.
    const counted = data.years.map(
      (y) => abc(data.accounts, { value: (a: Account) => a.revenue[y] }).rows.length,
    );
    expect(counted[2]).toBeGreaterThan((counted[0] as number) + acquired.length * 0.6);
  });

  it('has the flagship hospital system acquired, piloting but not committed to the full cloud migration', () => {
    expect(flagship).toMatchObject({ origin: 'acquired', segment: 'Hospital system', churnedAt: null });
    const held = data.holdings.filter((h) => h.accountId === flagship.id);
    expect(held.map((h) => [h.productId, h.status])).toEqual([
      ['cloud-platform', 'pilot'],
      ['clinical-dictation', 'owned'],
    ]);
    // An A account, and the largest open opportunity of the cross-sell view.
    const tiers = abc(data.accounts, { value: (a: Account) => a.revenue['2024'] });
    expect(tiers.rows.find((r) => r.id === flagship.id)?.tier).toBe('A');
    const ws = whitespace(data.accounts, data.products, data.holdings, {
      eligible: offeredTo,
      potential: potentialOf,
    });
    const [first] = largestWhitespace(ws, { statuses: ['whitespace', 'pilot'] });
    expect(first).toMatchObject({ accountId: flagship.id, productId: 'cloud-platform', status: 'pilot' });
  });

  it('makes the stakeholder map the template’s situation: amber, one key stakeholder, the consultancy first', () => {
    const { people, influences } = data.stakeholders;
    const map = stakeholderMap(people, { influences, relationship: 'relationshipStrength' });
    expect(map.coverage).toBe('amber');
    expect(coverage(map.rows.filter((p) => p.rootId === 'p-ceo'))).toBe('amber');
    expect(map.keyStakeholders.map((p) => p.id)).toEqual(['p-evp']);
    const paths = influencePaths(map, 'p-evp');
    expect(paths.rows[0]).toMatchObject({
      id: 'p-bw-partner',
      supportive: true,
      length: 1,
      weakestRelationship: 5,
      ids: ['p-bw-partner', 'p-evp'],
    });
    expect(paths.rows[0]?.steps[0]?.line?.kind).toBe('positive');
    // The CFO's line against the migration is drawn, never a route.
    for (const path of paths.rows) {
      for (const step of path.steps) expect(step.line?.kind).not.toBe('negative');
    }
  });

  it('queues every flagged account, with flaggedAt matching the days in the queue', () => {
    const flagged = data.accounts.filter((a) => a.daysInQueue > 0);
    for (const a of data.accounts) {
      expect(a.flaggedAt, a.id).toBe(a.daysInQueue > 0 ? daysBefore(a.daysInQueue) : null);
    }
    const rows = active.map((a) => ({ ...a, mrr: latest(a) }));
    const signals = [{ key: 'engagement', value: 'engagement' as const, weight: 1, higherIsRiskier: false }];
    const byDays = churnRisk(rows, { signals });
    expect(
      byDays.ranking
        .filter((r) => r.flagged)
        .map((r) => r.id)
        .sort(),
    ).toEqual(flagged.map((a) => a.id).sort());
    // The same queue from the dates alone.
    const byDate = churnRisk(rows, { signals, daysInQueue: () => null, asOf: AS_OF_DATE });
    expect(byDate.ranking.map((r) => [r.id, r.daysInQueue])).toEqual(
      byDays.ranking.map((r) => [r.id, r.daysInQueue]),
    );
    // Ranked by importance (ABC tier of MRR), then days waiting.
    const keys = byDays.ranking.map((r) => [r.importance as number, -(r.daysInQueue ?? 0)]);
    expect(keys).toEqual(
      [...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)),
    );
  });

  it('computes the growth axis from revenue measures with core’s growthRating', () => {
    for (const a of data.accounts) {
      const dec23 = a.mrr.find((p) => p.month === '2023-12');
      const rate =
        dec23?.plan == null ? null : a.churnedAt === null ? revenueGrowth(dec23.mrr, latest(a)) : -1;
      expect(a.revenueGrowthRate, a.id).toBe(rate);
    }
    const growth = growthRating(data.accounts, {
      measures: [{ key: 'g', value: 'revenueGrowthRate', range: GROWTH_RANGE }],
      step: 1,
    });
    const potential = growthRating(data.accounts, {
      measures: [{ key: 'p', value: 'mrrToWin', range: POTENTIAL_RANGE }],
      step: 1,
    });
    const g = new Map(growth.rows.map((r) => [r.id, r.rating]));
    const p = new Map(potential.rows.map((r) => [r.id, r.rating]));
    for (const a of data.accounts) {
      expect(a.growth.revenueGrowth, a.id).toBe(g.get(a.id) ?? null);
      expect(a.growth.revenuePotential, a.id).toBe(p.get(a.id));
    }
    expect(data.criteria.growth.map((c) => [c.key, c.source])).toEqual([
      ['revenueGrowth', 'computed'],
      ['revenuePotential', 'computed'],
    ]);
    expect(new Set(data.accounts.map((a) => a.growth.revenuePotential)).size).toBeGreaterThanOrEqual(6);
  });

  it('sells cloud products to the acquired (new) accounts and the acquired tools to existing ones', () => {
    expect(data.products.filter((p) => p.audience === 'new').map((p) => p.id)).toEqual([
      'cloud-platform',
      'teamspace',
      'relate',
    ]);
    expect(data.products.filter((p) => p.audience === 'existing').map((p) => p.id)).toEqual([
      'clinical-dictation',
      'claims-guard',
    ]);
    const ws = whitespace(data.accounts, data.products, data.holdings, {
      eligible: offeredTo,
      potential: potentialOf,
    });
    expect(ws.excluded).toEqual([]);
    for (const row of ws.rows.filter((r) => r.status === 'whitespace')) {
      expect(row.product.audience).toBe(row.account.origin === 'acquired' ? 'new' : 'existing');
    }
    // Owned products split the latest MRR; churned accounts hold nothing; mrrToWin is the whitespace sum.
    for (const a of data.accounts) {
      const held = data.holdings.filter((h) => h.accountId === a.id);
      if (a.churnedAt !== null) expect(held, a.id).toEqual([]);
      else
        expect(
          held.filter((h) => h.status === 'owned').reduce((s, h) => s + h.mrr, 0),
          a.id,
        ).toBe(latest(a));
      const toWin = ws.rows.filter((r) => r.accountId === a.id).reduce((s, r) => s + (r.potential ?? 0), 0);
      expect(a.mrrToWin, a.id).toBe(toWin);
    }
  });

  it('has onboarding survey answers by question, lowest at data migration', () => {
    const { questions, answers } = data.survey;
    const ids = new Set(data.accounts.map((a) => a.id));
    for (const answer of answers) {
      expect(ids.has(answer.accountId)).toBe(true);
      const question = questions.find((q) => q.key === answer.question);
      expect(question?.stages).toContain(answer.stage);
      if (answer.score !== null)
        expect(Number.isInteger(answer.score) && answer.score >= 0 && answer.score <= 10).toBe(true);
    }
    expect(answers.some((a) => a.score === null)).toBe(true);
    expect(new Set(answers.map((a) => a.question))).toEqual(new Set(questions.map((q) => q.key)));
    const survey = onboardingSurvey(answers, { stages: ['Kick-off', 'Integration', 'Training', 'Live'] });
    expect(survey.excluded).toEqual([]);
    expect(survey.rows[0]).toMatchObject({ question: 'data-migration', stage: 'Integration' });
    expect(survey.rows[0]!.responses).toBeGreaterThan(50);
    expect(survey.byQuestion[0]?.question).toBe('data-migration');
  });

  it('counts dates back from the as-of day over month and year ends', () => {
    expect(daysBefore(0)).toBe('2024-12-31');
    expect(daysBefore(31)).toBe('2024-11-30');
    expect(daysBefore(306)).toBe('2024-02-29');
    expect(daysBefore(366)).toBe('2023-12-31');
  });
});
