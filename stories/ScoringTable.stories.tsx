import type { Criterion } from '@kamkit/react';
import { ScoringMatrix, ScoringTable } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { demo } from '../packages/examples/src/data/demo';
import type { Account } from '../packages/examples/src/data/types';
import { textClashes } from './textClashes';

/** The slide's criteria: growth potential (from revenue measures) and harmony (fit, culture, vision, strategy). */
const criteria: Criterion<Account>[] = [
  ...demo.criteria.growth.map((c) => ({
    key: c.key,
    label: c.label,
    axis: 'growth' as const,
    weight: c.weight,
    value: (a: Account) => a.growth[c.key] ?? null,
  })),
  ...demo.criteria.harmony.map((c) => ({
    key: c.key,
    label: c.label,
    axis: 'harmony' as const,
    weight: c.weight,
    value: (a: Account) => a.harmony[c.key],
  })),
];

/** The slide template's German criterion names. */
const criteriaDe: Criterion<Account>[] = criteria.map((c) => ({
  ...c,
  label: [...demo.criteria.growth, ...demo.criteria.harmony].find((d) => d.key === c.key)?.labelDe,
}));

const meta = {
  title: 'Charts/ScoringTable',
  component: ScoringTable<Account>,
  args: { data: demo.accounts, criteria, label: 'name', maxRows: 15, table: 'toggle' },
  argTypes: {
    data: { control: false },
    criteria: { control: false },
    label: { control: false },
    axis: { control: 'inline-radio', options: ['both', 'growth', 'harmony'] },
    maxRows: { control: { type: 'range', min: 1, max: 60, step: 1 } },
    locale: { control: 'select', options: ['en-US', 'de-DE'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    return <ScoringTable {...args} locale={locale} />;
  },
} satisfies Meta<typeof ScoringTable<Account>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both of the template's tables side by side: each criterion's rating, the weights, the axis scores, the total. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img')).toHaveAccessibleName(
      /^Scoring table: growth potential and harmony$/,
    );
    await expect(canvasElement.querySelectorAll('.kamkit-heat__label')).toHaveLength(15);
    await expect(canvas.getByRole('combobox')).toHaveValue('total');
  },
};

/** The growth-potential table alone, as on the slide; sorted by the reader. */
export const GrowthTable: Story = {
  args: { axis: 'growth' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox'), 'name');
    const names = Array.from(
      canvasElement.querySelectorAll('.kamkit-heat__label'),
      (t) => t.textContent ?? '',
    );
    await expect([...names].sort((a, b) => a.localeCompare(b, 'en-US'))).toEqual(names);
  },
};

/** The harmony table in German: "Scoring-Tabelle: Harmonie", "Gewicht 25 %". */
export const German: Story = {
  args: { axis: 'harmony', locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleName('Scoring-Tabelle: Harmonie');
  },
};

/** Whole words of the drawn header lines: each is a word of a criterion's name or a shortened one ("…"). */
const headerWords = (canvasElement: HTMLElement) =>
  Array.from(
    canvasElement.querySelectorAll('.kamkit-heat__header tspan:not(.kamkit-heat__subheader)'),
    (t) => t.textContent ?? '',
  ).flatMap((line) => line.split(' '));

/**
 * A phone's width (358 px) in German, both tables: headers break only between words and shorten a word that does
 * not fit with "…" (never "Umsatzwa / chstum"); the weight subheaders stay inside their columns.
 */
export const PhoneWidth: Story = {
  args: { width: 358, locale: 'de-DE', criteria: criteriaDe, maxRows: 8 },
  // The frame a phone gives the chart, so the docs page shows it at its size (the SVG fills its container).
  decorators: [
    (Story) => (
      <div style={{ width: 358 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(textClashes(canvasElement)).toEqual([]);
    // The criteria's names and the axis-score and total columns' headers, word by word.
    const whole = new Set(
      [...demo.criteria.growth, ...demo.criteria.harmony]
        .flatMap((c) => c.labelDe.split(' '))
        .concat('Wachstumspotenzial', 'Harmonie', 'Gesamtscore'),
    );
    const words = headerWords(canvasElement);
    await expect(words.length).toBeGreaterThan(6);
    await expect(words.filter((w) => !whole.has(w) && !w.endsWith('…'))).toEqual([]);
  },
};

/** A tablet's width (600 px), English: the same rules, and no text overlaps. */
export const TabletWidth: Story = {
  args: { width: 600, maxRows: 8 },
  play: async ({ canvasElement }) => {
    await expect(textClashes(canvasElement)).toEqual([]);
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** Nothing to rate: the table says so. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription('No accounts to rate.');
  },
};

/** The table beside the matrix, sharing the selection: select a row, the bubble is ringed. */
export const BesideTheMatrix: Story = {
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const [selected, setSelected] = useState<string | number | null>(null);
    const select = (item: { id: string | number } | null) => setSelected(item ? item.id : null);
    return (
      <div style={{ display: 'grid', gap: 16 }}>
        <ScoringMatrix
          data={demo.accounts}
          criteria={criteria}
          label="name"
          locale={locale}
          height={420}
          selectedId={selected}
          onSelect={select}
        />
        <ScoringTable {...args} locale={locale} selectedId={selected} onSelect={select} />
      </div>
    );
  },
};
