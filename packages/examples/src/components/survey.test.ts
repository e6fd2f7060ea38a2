import { onboardingSurvey } from '@kamkit/core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { demo } from '../data/demo';
import type { OnboardingStage } from '../data/types';
import { DashboardPage } from '../pages/DashboardPage';
import { WorkspaceProvider } from '../workspace';
import { dashboardSurvey, SURVEY_STAGES } from './survey';

const PROCESS: readonly OnboardingStage[] = [
  'Contract signed',
  'Kick-off',
  'Integration',
  'Training',
  'Live',
];
const byId = new Map(demo.accounts.map((a) => [a.id, a]));

describe('the demo survey tells the story of the demo accounts', () => {
  it('every answer comes from an account at or past the answer’s stage, asked at that stage', () => {
    for (const answer of demo.survey.answers) {
      const account = byId.get(answer.accountId);
      expect(account, answer.accountId).toBeDefined();
      expect(PROCESS.indexOf(answer.stage)).toBeLessThanOrEqual(PROCESS.indexOf(account!.onboardingStage));
      expect(answer.respondent.startsWith(`${answer.accountId}/`)).toBe(true);
      const question = demo.survey.questions.find((q) => q.key === answer.question);
      expect(question?.stages).toContain(answer.stage);
    }
  });

  it('the onboarded accounts answer (acquired ones and ours won since 2023), 2–3 respondents each; the flagship too', () => {
    const respondents = new Map<string, Set<string>>();
    for (const a of demo.survey.answers) {
      const set = respondents.get(a.accountId) ?? new Set<string>();
      set.add(a.respondent);
      respondents.set(a.accountId, set);
    }
    const onboarded = demo.accounts.filter(
      (a) =>
        (a.origin === 'acquired' || a.customerSince >= '2023-01') && a.onboardingStage !== 'Contract signed',
    );
    expect([...respondents.keys()].sort()).toEqual(onboarded.map((a) => a.id).sort());
    for (const [id, set] of respondents) expect([2, 3], id).toContain(set.size);
    expect(respondents.has(demo.flagshipId)).toBe(true);
    // Nobody is surveyed before the kick-off: an account that signed in December has no answers.
    expect(respondents.has('acc-097')).toBe(false);
  });
});

describe('dashboardSurvey', () => {
  it('gives the panel the demo answers, the stages in process order and the questions in the locale', () => {
    const survey = dashboardSurvey(demo.survey, 'de-DE', 'keine');
    expect(survey.answered).toBe(true);
    expect(survey.props.data).toBe(demo.survey.answers);
    expect(survey.props.stages).toEqual(['Kick-off', 'Integration', 'Training', 'Live']);
    expect(survey.props.questionLabels?.['data-migration']).toBe(
      'Wie reibungslos verlief die Datenmigration?',
    );
    expect(dashboardSurvey(demo.survey, 'en-US', 'none').props.questionLabels?.overall).toBe(
      'How satisfied are you overall?',
    );
    // Read as the panel reads it, data migration during integration is where satisfaction is lowest.
    const result = onboardingSurvey(survey.props.data, { score: 'score', stages: SURVEY_STAGES });
    expect(result.rows[0]).toMatchObject({ question: 'data-migration', stage: 'Integration' });
  });

  it('without answers keeps the panel, whose empty state says the given words', () => {
    const survey = dashboardSurvey(null, 'en-US', 'Your data has no onboarding survey answers.');
    expect(survey.answered).toBe(false);
    expect(survey.props.data).toEqual([]);
    expect(survey.props.messages).toEqual({
      dashboard: { survey: { empty: 'Your data has no onboarding survey answers.' } },
    });
    expect(dashboardSurvey({ questions: demo.survey.questions, answers: [] }, 'en-US', 'x').answered).toBe(
      false,
    );
  });
});

describe('the dashboard page', () => {
  it('renders the survey panel on the demo data, lowest satisfaction first', () => {
    const html = renderToString(createElement(WorkspaceProvider, null, createElement(DashboardPage)));
    expect(html).toContain('data-panel="survey"');
    expect(html).toContain('Onboarding satisfaction by question');
    const panel = html.slice(html.indexOf('data-panel="survey"'));
    expect(panel).toContain(
      'Satisfaction is lowest for “How smoothly did your data migrate?” in Integration',
    );
    // The demo data has answers: no note about missing ones.
    expect(html).not.toContain('no onboarding survey answers');
  });
});
