import { AbcMigrationChart } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { demo } from '../packages/examples/src/data/demo';
import type { Year } from '../packages/examples/src/data/types';
import { hostileAccounts, longNameAccounts, sampleAccounts } from './fixtures';

/** A record with a revenue per year (the demo's accounts have exactly this shape). */
type Row = { id: string; name: string; revenue: Partial<Record<Year, number | null>> };

const years: Year[] = ['2022', '2023', '2024'];

/** Fixture accounts over three years: a seeded drift of each account's revenue, some start or stop. */
function overYears(accounts: readonly { id: string; name: string; revenue: number }[]): Row[] {
  let seed = 19;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return accounts.map((a) => {
    const start = random() < 0.1 ? 1 : 0;
    const stop = random() < 0.05 ? 2 : 3;
    const revenue: Row['revenue'] = {};
    years.forEach((year, k) => {
      revenue[year] = k >= start && k < stop ? Math.round(a.revenue * (0.5 + random())) : null;
    });
    return { id: a.id, name: a.name, revenue };
  });
}

const meta = {
  title: 'Charts/AbcMigrationChart',
  component: AbcMigrationChart<Row, Year>,
  args: {
    data: demo.accounts,
    periods: years,
    value: 'revenue',
    label: 'name',
    width: 720,
    height: 440,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    value: { control: false },
    label: { control: false },
    id: { control: false },
    periods: { control: false },
    view: { control: 'inline-radio', options: ['matrix', 'flow'] },
    from: { control: 'inline-radio', options: [undefined, ...years] },
    to: { control: 'inline-radio', options: [undefined, ...years] },
    method: { control: 'inline-radio', options: ['fixed', 'computed'] },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    return <AbcMigrationChart {...args} locale={locale} />;
  },
} satisfies Meta<typeof AbcMigrationChart<Row, Year>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo's accounts from 2023 to 2024: most keep their tier; new accounts come from "No record". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /^From 2023 to 2024, 107 of 129 accounts kept their tier, 7 moved up and 10 moved down; 20 gained a tier and 5 lost theirs\. Stayed in their tier: A 21 of 24, B 31 of 43, C 55 of 62\. New in the tiers: 5 A, 6 B, 9 C\.$/,
    );
    const cell = canvasElement.querySelector('.kamkit-migration__cell[data-from="B"][data-to="A"]');
    await expect(cell).toHaveAttribute('data-direction', 'up');
    await expect(cell).toHaveTextContent(/^2/);
    await expect(canvasElement.querySelector('[data-from="absent"][data-to="C"]')).toHaveTextContent(/^9/);
  },
};

/** The moves as flows across all three years; bands are coloured by direction. */
export const Flow: Story = {
  args: { view: 'flow' },
  play: async ({ canvasElement }) => {
    const headers = Array.from(canvasElement.querySelectorAll('.kamkit-flow__headers text')).map(
      (t) => t.textContent,
    );
    await expect(headers).toEqual(['2022', '2023', '2024']);
    await expect(canvasElement.querySelectorAll('rect.kamkit-flow__node[data-tier="A"]')).toHaveLength(3);
    await expect(
      canvasElement.querySelectorAll('path.kamkit-flow__link[data-direction="down"]').length,
    ).toBeGreaterThan(0);
  },
};

/** A period selector is just two controlled `<select>`s setting `from` and `to`. */
export const PeriodSelector: Story = {
  render: function PeriodSelectorStory(args) {
    const [from, setFrom] = useState<Year>('2023');
    const [to, setTo] = useState<Year>('2024');
    return (
      <div>
        <p style={{ display: 'flex', gap: 16, margin: '0 0 8px' }}>
          <label>
            From{' '}
            <select value={from} onChange={(e) => setFrom(e.target.value as Year)}>
              {years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          </label>
          <label>
            To{' '}
            <select value={to} onChange={(e) => setTo(e.target.value as Year)}>
              {years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          </label>
        </p>
        <AbcMigrationChart {...args} from={from} to={to} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(/^From 2023 to 2024/);
    await userEvent.selectOptions(canvas.getByLabelText('From'), '2022');
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(/^From 2022 to 2024/);
    await expect(canvasElement.querySelector('.kamkit-axis__label')).toHaveTextContent('To 2024');
  },
};

/** The dark palette, from the toolbar's theme switch. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const rect = canvasElement.querySelector('[data-direction="up"] rect') as Element;
    await expect(getComputedStyle(rect).fill).toBe('rgb(62, 201, 160)');
  },
};

/** The flow view in the dark palette. */
export const DarkFlow: Story = { args: { view: 'flow' }, globals: { theme: 'dark' } };

/** A brand theme set only through CSS variables (`--kamkit-accent`, `--kamkit-positive`, …). */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    const rect = canvasElement.querySelector('[data-direction="same"] rect') as Element;
    await expect(getComputedStyle(rect).fill).toBe('rgb(109, 40, 217)');
  },
};

/** German words and numbers: "Von 2023 bis 2024 haben … Konten ihre Klasse gehalten", states "Kein Datensatz". */
export const GermanLocale: Story = {
  args: {
    locale: 'de-DE',
    table: 'visible',
    data: overYears(sampleAccounts(1500)),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toHaveTextContent('1.500');
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /^Von 2023 bis 2024 haben \d{3} von 1\.500 Konten ihre Klasse gehalten/,
    );
    await expect(canvas.getByRole('table')).toHaveTextContent('Kein Datensatz');
  },
};

/** One account that grew: it is A in both years. */
export const OneAccount: Story = {
  args: {
    data: [
      { id: 'only', name: 'Mount Meridian Health System', revenue: { '2023': 900_000, '2024': 1_250_000 } },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^From 2023 to 2024, 1 of 1 account kept its tier, 0 moved up and 0 moved down; 0 gained a tier and 0 lost theirs\. Stayed in their tier: A 1 of 1\.$/,
    );
  },
};

/** No data: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No accounts to compare.',
    );
    await expect(canvasElement.querySelector('.kamkit-empty')).toHaveTextContent('No accounts to compare.');
  },
};

/** Labels are data: markup in names shows as text in the tooltip. */
export const HostileLabels: Story = {
  args: { data: overYears(hostileAccounts) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent('<img src=x onerror=alert(1)>');
  },
};

/** Long state names (replaced through `messages`) are cut to the headers' room (in full in the table). */
export const LongLabels: Story = {
  args: {
    data: [
      ...overYears(longNameAccounts),
      {
        id: 'l7',
        name: 'Fundación Hospitalaria de la Comunidad Autónoma de Castilla-La Mancha',
        revenue: { '2023': null, '2024': 70_000 },
      },
    ],
    messages: { abc: { migration: { stateAbsent: 'Not yet or no longer a customer' } } },
    table: 'visible',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(
      'Not yet or no longer a customer',
    );
    await expect(canvasElement.querySelector('.kamkit-matrix__headers')).toHaveTextContent('…');
  },
};

/** 20,000 accounts: the matrix still has a handful of cells and the DOM stays small. */
export const ManyAccounts: Story = {
  args: { data: overYears(sampleAccounts(20_000)), table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('*').length).toBeLessThan(400);
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent('20,000');
  },
};

/** Tab to the chart, then move across the grid: right along a row, down a column; End jumps to the last cell. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('group')).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^A in 2023 → A in 2024\. 21 accounts \(88% of A\)\. Kept the tier\. /,
    );
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^A in 2023 → B in 2024\. 2 accounts \(8% of A\)\. Moved down/,
    );
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/^B in 2023 → B in 2024\./);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/^No record in 2023 → No record in 2024/);
  },
};
