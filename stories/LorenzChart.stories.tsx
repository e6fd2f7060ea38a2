import { LorenzChart } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo } from '../packages/examples/src/data/demo';
import type { Account } from '../packages/examples/src/data/types';
import { hostileAccounts, longNameAccounts, sampleAccounts } from './fixtures';
import { textClashes } from './textClashes';

/** Any record with a name and a revenue: demo accounts (revenue of 2024) and the story fixtures. */
type Row = { id: string; name: string; revenue: number | null | Account['revenue'] };

/** The demo's 2024 revenue (the fixtures carry a plain number). */
const revenue2024 = (d: Row) =>
  typeof d.revenue === 'object' && d.revenue !== null ? d.revenue['2024'] : d.revenue;

const meta = {
  title: 'Charts/LorenzChart',
  component: LorenzChart<Row>,
  args: {
    data: demo.accounts,
    value: revenue2024,
    label: 'name',
    width: 720,
    height: 420,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    value: { control: false },
    label: { control: false },
    id: { control: false },
    gini: { control: 'inline-radio', options: ['population', 'corrected'] },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return <LorenzChart {...args} locale={locale} currency={currency} />;
  },
} satisfies Meta<typeof LorenzChart<Row>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo's 2024 revenue: the Gini and HHI in words above the curve. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /^Gini 0\.75: revenue is very highly concentrated\. The largest 20% of accounts make 81% of revenue; the smallest 50% make 5%\. HHI 408 points: as concentrated as 24 accounts of equal size\. 144 accounts, total revenue \$19,997,960\. Left out: 6 values are missing\.$/,
    );
    await expect(canvasElement.querySelector('.kamkit-headline')).toHaveTextContent(
      'Gini 0.75: revenue is very highly concentrated.',
    );
    await expect(canvasElement.querySelector('line.kamkit-equality')).not.toBeNull();
  },
};

/** The dark palette, from the toolbar's theme switch. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const line = canvasElement.querySelector('.kamkit-lorenz__curve path') as Element;
    await expect(getComputedStyle(line).stroke).toBe('rgb(86, 180, 233)');
  },
};

/** A brand theme set only through CSS variables (`--kamkit-accent`, `--kamkit-font-family`). */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    const line = canvasElement.querySelector('.kamkit-lorenz__curve path') as Element;
    await expect(getComputedStyle(line).stroke).toBe('rgb(109, 40, 217)');
  },
};

/** German words and numbers with euros: "Gini 0,72: Der Umsatz ist …", "1.234.567 €", "20 %". */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR', table: 'visible', data: demo.accounts.slice(0, 12) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toHaveTextContent(/\d{1,3}(\.\d{3})+ €/);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(/^Gini 0,\d\d: Der Umsatz ist /);
    await expect(canvasElement.querySelector('.kamkit-axis--bottom')).toHaveTextContent('100 %');
  },
};

/**
 * A phone's width (324 px), in German: the x axis title drops "Kumulierter" to stay inside the chart, and the
 * marked point's label takes two lines to stay right of the y axis.
 */
export const PhoneWidth: Story = {
  args: { width: 324, height: 320, locale: 'de-DE' },
  // The frame a phone gives the chart, so the docs page shows it at its size (the SVG fills its container).
  decorators: [
    (Story) => (
      <div style={{ width: 324 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(textClashes(canvasElement)).toEqual([]);
    await expect(canvasElement.querySelector('.kamkit-axis--bottom .kamkit-axis__label')).toHaveTextContent(
      'Anteil der Konten, kleinste zuerst',
    );
    await expect(canvasElement.querySelectorAll('.kamkit-lorenz__marker text tspan')).toHaveLength(2);
  },
};

/** One account makes all the revenue. */
export const OneAccount: Story = {
  args: { data: [{ id: 'only', name: 'Mount Meridian Health System', revenue: 1_250_000 }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^Gini 0\.00: a single account makes all revenue\./,
    );
  },
};

/** No data: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No accounts with a positive revenue.',
    );
    await expect(canvasElement.querySelector('.kamkit-headline')).toBeNull();
  },
};

/** Labels are data: markup and formulas in names show as text. */
export const HostileLabels: Story = {
  args: { data: hostileAccounts, table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent('<img src=x onerror=alert(1)>');
  },
};

/** Long names in the tooltip and the table; the plot has no per-account text. */
export const LongLabels: Story = {
  args: { data: longNameAccounts, table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(
      'Mount Meridian Health System — Northern Regional Cardiothoracic Center of Excellence',
    );
  },
};

/** 100,000 accounts: the curve is downsampled to pixels and the table lists deciles; the DOM stays small. */
export const ManyAccounts: Story = {
  args: { data: sampleAccounts(100_000), table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('svg *').length).toBeLessThan(100);
    await expect(canvasElement.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-binned', 'true');
    await expect(within(canvasElement).getByRole('table').querySelectorAll('tbody tr')).toHaveLength(10);
  },
};

/** Tab to the chart, then move along the curve from the smallest account. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('group')).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(/Smallest 1 \(1%\) make <1% of revenue$/);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Smallest 3 \(2%\)/);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Smallest 144 \(100%\) make 100% of revenue$/);
  },
};
