import { churnRisk, onboardingSurvey, pareto, score, whitespace } from '@kamkit/core';
import { describe, expect, it } from 'vitest';
import { AS_OF_DATE, demo, offeredTo, potentialOf } from '../data/demo';
import { fromDemoAccount } from '../workspace';
import { activeAccounts, buildCriteria, defaultWeights } from './criteria';
import { SCENARIO_TEXT, type StepId } from './scenarioText';

// The Scenario page tells figures that core computed on the demo data when the text was written. If the demo
// data or a core rule changes, these tests name the figure that no longer matches the text (the charts beside
// the text always show the current numbers).

const accounts = demo.accounts.map(fromDemoAccount);
const active = activeAccounts(accounts);
const euros = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const euro = (value: number) => euros.format(value);
const english = (step: StepId) => SCENARIO_TEXT[step].en.paragraphs.join(' ');

describe('the scenario text matches core on the demo data', () => {
  it('Pareto: the vital few of 2024 revenue', () => {
    const result = pareto(accounts, { value: (a) => a.revenue['2024'] ?? null });
    const share = Math.round((result.vitalCount / result.rows.length) * 100);
    expect(english('pareto')).toContain(`over the ${result.rows.length} accounts with 2024 revenue`);
    expect(english('pareto')).toContain(`${result.vitalCount} accounts (${share} %) make 80 % of revenue`);
    expect(english('pareto')).toContain(euro(result.total));
  });

  it('scoring: the accounts in the key quadrant (active accounts, the demo weights)', () => {
    const result = score(active, { criteria: buildCriteria(defaultWeights, 'en-US') });
    const key = result.rows.filter((r) => r.quadrant.key === 'key').length;
    expect(english('scoring')).toContain(`over the ${active.length} active accounts`);
    expect(english('scoring')).toContain(`${key} accounts in the "key"`);
    // Accounts without a December 2023 MRR have no revenue-growth rating: their growth rests on potential alone.
    const unrated = activeAccounts(demo.accounts).filter((a) => a.growth.revenueGrowth == null).length;
    expect(english('scoring')).toContain(
      `${unrated} of the ${active.length} were not yet customers in December 2023`,
    );
    const first = result.rows[0]!;
    expect(english('scoring')).toContain(`First is ${first.datum.name} (${first.total.toFixed(1)})`);
    expect(demo.accounts.find((a) => a.id === first.id)?.growth.revenueGrowth).toBeNull();
  });

  it('at-risk queue: every flagged active account and the MRR it holds', () => {
    const result = churnRisk(active, {
      signals: [
        { key: 'engagement', value: 'engagement', weight: 2, higherIsRiskier: false },
        { key: 'satisfaction', value: 'satisfaction', weight: 1, scale: [0, 10], higherIsRiskier: false },
        { key: 'usageDrop', value: (a) => a.churnSignals.usageDropPct, weight: 1 },
      ],
      daysInQueue: 'daysInQueue',
      asOf: AS_OF_DATE,
    });
    expect(result.accountsAtRisk).toBe(result.accountsFlagged);
    expect(english('queue')).toContain(
      `${result.accountsAtRisk} accounts, ${euro(result.mrrAtRisk)} MRR at risk`,
    );
  });

  it('survey: the answers, the accounts that gave them and the lowest question by stage', () => {
    const { answers } = demo.survey;
    const result = onboardingSurvey(answers, { stages: ['Kick-off', 'Integration', 'Training', 'Live'] });
    const accountsAnswering = new Set(answers.map((a) => a.accountId)).size;
    const skipped = answers.filter((a) => a.score === null).length;
    const integer = (n: number) => n.toLocaleString('en-US');
    expect(english('survey')).toContain(
      `${integer(answers.length)} answers from ${accountsAnswering} accounts, ${skipped} skipped`,
    );
    const lowest = result.rows[0]!;
    expect(lowest).toMatchObject({ question: 'data-migration', stage: 'Integration' });
    expect(english('survey')).toContain(
      `data migration during integration, ${lowest.mean!.toFixed(1)} / 10** (${lowest.responses} responses)`,
    );
  });

  it('whitespace: the MRR still to win from the products offered', () => {
    const result = whitespace(demo.accounts, demo.products, demo.holdings, {
      eligible: offeredTo,
      potential: potentialOf,
    });
    expect(english('whitespace')).toContain(`${result.rows.length} account–product rows`);
    const toWin = result.rows.reduce((sum, r) => sum + (r.status === 'owned' ? 0 : (r.potential ?? 0)), 0);
    expect(english('whitespace')).toContain(`MRR still to win: ${euro(toWin)}`);
  });
});
