import { OnboardingSurveyChart } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo } from '../packages/examples/src/data/demo';
import type { SurveyAnswer } from '../packages/examples/src/data/types';

/** The survey's questions in words, by key (English and German): data, passed as `questionLabels`. */
const labelsEn = Object.fromEntries(demo.survey.questions.map((q) => [q.key, q.label]));
const labelsDe = Object.fromEntries(demo.survey.questions.map((q) => [q.key, q.labelDe]));
const STAGES = ['Kick-off', 'Integration', 'Training', 'Live'];

const meta = {
  title: 'Charts/OnboardingSurveyChart',
  component: OnboardingSurveyChart<SurveyAnswer>,
  args: {
    data: demo.survey.answers,
    question: 'question',
    stage: 'stage',
    value: 'score',
    respondent: 'respondent',
    stages: STAGES,
    width: 720,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    question: { control: false },
    stage: { control: false },
    value: { control: false },
    respondent: { control: false },
    limit: { control: { type: 'range', min: 1, max: 30, step: 1 } },
    locale: { control: 'select', options: ['en-US', 'de-DE'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const questionLabels = args.questionLabels ?? (locale.startsWith('de') ? labelsDe : labelsEn);
    return <OnboardingSurveyChart {...args} locale={locale} questionLabels={questionLabels} />;
  },
} satisfies Meta<typeof OnboardingSurveyChart<SurveyAnswer>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo's onboarding survey: satisfaction per question and stage, lowest first — data migration hurts most. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^Satisfaction is lowest for “How smoothly did your data migrate\?” in Integration: /,
    );
    const shares = [...canvasElement.querySelectorAll('.kamkit-survey__row')].map((g) =>
      Number(g.getAttribute('data-satisfaction')),
    );
    await expect(shares).toEqual([...shares].sort((a, b) => a - b));
  },
};

/** The dark palette. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** German: the German catalogue and the questions' German texts. */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('img', { name: 'Zufriedenheit im Onboarding je Frage' }),
    ).toHaveAccessibleDescription(
      /^Am geringsten ist die Zufriedenheit bei „Wie reibungslos verlief die Datenmigration\?“/,
    );
  },
};

/** German in the dark palette. */
export const GermanDark: Story = { args: { locale: 'de-DE' }, globals: { theme: 'dark' } };

/** On a phone (360 px): the questions above their bars. */
export const Phone: Story = { args: { width: 360 } };

/** No answers: a clear empty state. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription('No survey answers.');
  },
};

/** Tab to the chart and press Enter: the row is selected (`onSelect` gets its answers). */
export const Selection: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelector('.kamkit-survey__row[data-selected="true"]')).not.toBeNull();
  },
};
