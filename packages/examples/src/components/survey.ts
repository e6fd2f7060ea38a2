import type { OnboardingSurveyChartProps } from '@kamkit/react';
import type { SurveyAnswer, SurveyStage } from '../data/types';
import type { WorkspaceSurvey } from '../workspace';

/** The stages at which customers are surveyed, in process order (no survey before the kick-off). */
export const SURVEY_STAGES: readonly SurveyStage[] = ['Kick-off', 'Integration', 'Training', 'Live'];

/** What the dashboard page gives `KaDashboard`'s survey panel. */
export interface DashboardSurvey {
  /** Whether there is at least one answer. */
  answered: boolean;
  /** The panel's props: the answers (none when the data has none), how to read them, the questions' words. */
  props: Partial<OnboardingSurveyChartProps<SurveyAnswer>> & { data: readonly SurveyAnswer[] };
}

/**
 * The survey panel of the dashboard page. Without answers (an imported file: the import template has no survey
 * sheet) the panel stays and its empty state says `noAnswers` (the app's words, in the workspace's language)
 * instead of the kit's generic "No survey answers.", so the reader learns why it is empty.
 *
 * @example
 * dashboardSurvey(demo.survey, 'de-DE', '…').props.questionLabels?.['data-migration'];
 * // 'Wie reibungslos verlief die Datenmigration?'
 */
export function dashboardSurvey(
  survey: WorkspaceSurvey | null,
  locale: string,
  noAnswers: string,
): DashboardSurvey {
  const german = locale.startsWith('de');
  const answers = survey?.answers ?? [];
  return {
    answered: answers.length > 0,
    props: {
      data: answers,
      question: 'question',
      stage: 'stage',
      value: 'score',
      respondent: 'respondent',
      stages: SURVEY_STAGES,
      questionLabels: Object.fromEntries(
        (survey?.questions ?? []).map((q) => [q.key, german ? q.labelDe : q.label]),
      ),
      messages: { dashboard: { survey: { empty: noAnswers } } },
    },
  };
}
