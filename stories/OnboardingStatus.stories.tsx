import { OnboardingStatus } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo, flagship, isActive } from '../packages/examples/src/data/demo';
import type { Account } from '../packages/examples/src/data/types';

const STAGES = ['Contract signed', 'Kick-off', 'Integration', 'Training', 'Live'];
const current = demo.accounts.filter(isActive);

const hostileStage: Record<string, string> = {
  'Contract signed': '<img src=x onerror=alert(1)>',
  'Kick-off': '=HYPERLINK("http://evil.invalid","click")',
  Integration: '</title><script>alert(1)</script>',
  Training: '"; DROP TABLE accounts; --',
  Live: '&amp; live',
};
const longStage: Record<string, string> = {
  'Contract signed': 'Contract signed and countersigned by procurement',
  'Kick-off': 'Kick-off workshop with clinical and IT stakeholders',
  Integration: 'Integration with the hospital information system',
  Training: 'Training of ward staff and super-users',
  Live: 'Live in production',
};
/** The onboarding accounts only (not yet live), with one whose status is not a stage. */
const onboarding: (Account | (Omit<Account, 'onboardingStage'> & { onboardingStage: string }))[] = [
  ...current.filter((a) => a.onboardingStage !== 'Live'),
  { ...(current[0] as Account), id: 'acc-paused', name: 'Paused Klinikum', onboardingStage: 'Paused' },
];

const meta = {
  title: 'Charts/OnboardingStatus',
  component: OnboardingStatus<Account>,
  args: {
    data: current,
    status: 'onboardingStage',
    stages: STAGES,
    satisfaction: 'satisfaction',
    label: 'name',
    width: 640,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    status: { control: false },
    stages: { control: false },
    satisfaction: { control: false },
    label: { control: false },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    return <OnboardingStatus {...args} locale={locale} />;
  },
} satisfies Meta<typeof OnboardingStatus<Account>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The 136 current accounts by stage, with the mean satisfaction score per stage. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const img = within(canvasElement).getByRole('img');
    await expect(img).toHaveAccessibleName('Onboarding status');
    await expect(img).toHaveAccessibleDescription(
      /^\d+ of \d+ accounts \(\d+%\) have reached Live; \d+ (is|are) still onboarding, most in [\w -]+ \(\d+\)\. Mean satisfaction \(0–10\): /,
    );
    const stages = [...canvasElement.querySelectorAll('g.kamkit-stage')].map((g) =>
      g.getAttribute('data-stage'),
    );
    await expect(stages).toEqual(STAGES);
    await expect(canvasElement.querySelector('g.kamkit-stage[data-stage="Live"]')).toHaveAttribute(
      'data-count',
    );
  },
};

/** The dark palette. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A brand theme set only through CSS variables. */
export const BrandTheme: Story = { globals: { theme: 'brand' } };

/** German words and numbers: "Onboarding-Status", "83 %", satisfaction "6,9". */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('img', { name: 'Onboarding-Status' }),
    ).toHaveAccessibleDescription(/^\d+ von \d+ Konten \(\d+\s%\) haben Live erreicht/);
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(/\d,\d/);
  },
};

/**
 * On a phone (300 px, German numbers): the stage names move above the bars, so the bars, the counts and the
 * satisfaction scores keep their room and no text runs into another.
 */
export const Phone: Story = {
  args: { width: 300, locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    const box = (element: Element | null) => (element as Element).getBoundingClientRect();
    const [counts, satisfaction] = Array.from(canvasElement.querySelectorAll('.kamkit-column-title'));
    await expect(box(counts as Element).right).toBeLessThan(box(satisfaction as Element).left);
    for (const stage of Array.from(canvasElement.querySelectorAll('g.kamkit-stage'))) {
      const label = box(stage.querySelector('.kamkit-stage__label'));
      // The name above its bar, the count clear of the score.
      await expect(label.bottom).toBeLessThanOrEqual(box(stage.querySelector('.kamkit-stage__bar')).top + 1);
      await expect(box(stage.querySelector('.kamkit-stage__value')).right).toBeLessThan(
        box(stage.querySelector('.kamkit-satisfaction__value')).left,
      );
    }
  },
};

/** Only the accounts still onboarding, plus one with a status that is not a stage: it gets its own row. */
export const StillOnboarding: Story = {
  args: { data: onboarding as Account[] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('g.kamkit-stage[data-kind="unknown"]')).toHaveAttribute(
      'data-stage',
      'Paused',
    );
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /None of the 24 accounts has reached Live yet; 23 are onboarding, most in Training \(12\)\. 1 account has a status that is not a stage \(Paused\)\./,
    );
  },
};

/** One account, live. */
export const OneAccount: Story = {
  args: { data: [flagship] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^1 of 1 account \(100%\) has reached Live\./,
    );
  },
};

/** No accounts: a clear empty state. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No accounts with an onboarding status.',
    );
  },
};

/** Stage names are data: they show as text. */
export const HostileLabels: Story = {
  args: {
    data: current.map((a) => ({
      ...a,
      onboardingStage: hostileStage[a.onboardingStage] as Account['onboardingStage'],
    })),
    stages: STAGES.map((s) => hostileStage[s] as string),
    table: 'visible',
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent('<img src=x onerror=alert(1)>');
  },
};

/** Long stage names are shortened beside the bars and shown in full in the tooltip and the table. */
export const LongLabels: Story = {
  args: {
    data: current.map((a) => ({
      ...a,
      onboardingStage: longStage[a.onboardingStage] as Account['onboardingStage'],
    })),
    stages: STAGES.map((s) => longStage[s] as string),
  },
  play: async ({ canvasElement }) => {
    const box = (element: Element | null) => (element as Element).getBoundingClientRect();
    const svg = box(within(canvasElement).getByRole('img'));
    const stages = Array.from(canvasElement.querySelectorAll('g.kamkit-stage'));
    const labels = stages.map((g) => g.querySelector('.kamkit-stage__label')?.textContent ?? '');
    // Shortened to the label column by measured width: the four long names end in "…", the short one is whole.
    await expect(labels.map((l) => l.endsWith('…'))).toEqual([true, true, true, true, false]);
    for (const [i, stage] of stages.entries()) {
      const full = longStage[STAGES[i] as string] as string;
      await expect(full.startsWith((labels[i] as string).replace(/…$/, ''))).toBe(true);
      // Inside the chart and clear of its bar.
      const label = box(stage.querySelector('.kamkit-stage__label'));
      await expect(label.left).toBeGreaterThanOrEqual(svg.left);
      await expect(label.right).toBeLessThanOrEqual(box(stage.querySelector('.kamkit-stage__bar')).left);
    }
  },
};

/** Tab to the chart, then move between the stages (top to bottom) with the arrow keys. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getAllByRole('group').find((g) => g.tabIndex === 0)).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Contract signed\. \d+ accounts? \(\d+%\)/);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^Live\. 113 accounts \(83%\)\. Satisfaction: /,
    );
  },
};
