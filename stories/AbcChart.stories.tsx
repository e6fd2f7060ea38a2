import { AbcChart } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { demo } from '../packages/examples/src/data/demo';
import type { Account } from '../packages/examples/src/data/types';
import { hostileAccounts, longNameAccounts, sampleAccounts } from './fixtures';

/** Any record with a name and a revenue: demo accounts (revenue of 2024) and the story fixtures. */
type Row = { id: string; name: string; revenue: number | null | Account['revenue'] };

/** The demo's 2024 revenue (the fixtures carry a plain number). */
const revenue2024 = (d: Row) =>
  typeof d.revenue === 'object' && d.revenue !== null ? d.revenue['2024'] : d.revenue;

const meta = {
  title: 'Charts/AbcChart',
  component: AbcChart<Row>,
  args: {
    data: demo.accounts,
    value: revenue2024,
    label: 'name',
    width: 720,
    height: 380,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    value: { control: false },
    label: { control: false },
    id: { control: false },
    method: { control: 'inline-radio', options: ['fixed', 'computed'] },
    basis: { control: 'inline-radio', options: [undefined, 'value', 'count'] },
    boundary: { control: 'inline-radio', options: [undefined, 'crossing', 'at-or-below', 'below'] },
    ties: { control: 'inline-radio', options: [undefined, 'order', 'group'] },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return <AbcChart {...args} locale={locale} currency={currency} />;
  },
} satisfies Meta<typeof AbcChart<Row>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo's 150 accounts by 2024 revenue: A, B and C bands under the curve, the tier summary above it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /^A: 28 accounts \(19%\) make 80% of revenue; B: 44 accounts \(31%\) make 15%; C: 72 accounts \(50%\) make 5%\. Tiers by cumulative share of revenue: A up to 80%, B up to 95%, C the rest\. Total revenue: \$19,997,960\. Left out: 6 values are missing\.$/,
    );
    const bands = canvasElement.querySelectorAll('.kamkit-abc__band');
    await expect(Array.from(bands).map((b) => b.getAttribute('data-tier'))).toEqual(['A', 'B', 'C']);
    const summary = canvas.getByRole('list', { name: 'Tiers' });
    await expect(summary.querySelector('[data-tier="A"]')).toHaveTextContent('28 accounts (19%)');
    // Each tier has its own colour from the theme's CSS variables (exact values: Dark, BrandTheme).
    const fills = Array.from(bands).map((b) => getComputedStyle(b.querySelector('path') as Element).fill);
    await expect(new Set(fills).size).toBe(3);
  },
};

/** The dark palette, from the toolbar's theme switch (or `data-kamkit-theme="dark"` on any ancestor). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const band = canvasElement.querySelector('.kamkit-abc__band[data-tier="A"] path') as Element;
    await expect(getComputedStyle(band).fill).toBe('rgb(86, 180, 233)');
  },
};

/** A brand theme set only through CSS variables; the tiers follow `--kamkit-tier-a`, `-b`, `-c`. */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  render: (args) => (
    <div
      style={
        {
          '--kamkit-tier-a': '#6d28d9',
          '--kamkit-tier-b': '#db2777',
          '--kamkit-tier-c': '#a8a29e',
        } as CSSProperties
      }
    >
      <AbcChart {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const band = canvasElement.querySelector('.kamkit-abc__band[data-tier="B"] path') as Element;
    await expect(getComputedStyle(band).fill).toBe('rgb(219, 39, 119)');
  },
};

/** German words and numbers with euros: "A: 3 Konten (25 %) machen … des Umsatzes aus", "1.234.567 €", "20 %". */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR', table: 'visible', data: demo.accounts.slice(0, 12) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toHaveTextContent(/\d{1,3}(\.\d{3})+ €/);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(/^A: \d+ Konten \(\d+\u00a0%\)/);
    await expect(canvasElement.querySelector('.kamkit-axis--left')).toHaveTextContent('100 %');
  },
};

/** The legend toggles tiers: B hidden from the start (`defaultHiddenSeries`), press a tier to show or hide it. */
export const TierToggle: Story = {
  args: { defaultHiddenSeries: ['B'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: /Tier B/ })).toHaveAttribute('aria-pressed', 'false');
    await expect(canvasElement.querySelector('.kamkit-abc__band[data-tier="B"]')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: /Tier B/ }));
    await expect(canvasElement.querySelector('.kamkit-abc__band[data-tier="B"]')).not.toBeNull();
  },
};

/** One account makes all the revenue: it is A, and B and C are empty. */
export const OneAccount: Story = {
  args: { data: [{ id: 'only', name: 'Mount Meridian Health System', revenue: 1_250_000 }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^A: 1 account \(100%\) makes 100% of revenue; B: no accounts; C: no accounts\./,
    );
    await expect(canvasElement.querySelectorAll('.kamkit-abc__band')).toHaveLength(1);
  },
};

/** No data: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No accounts with a positive revenue.',
    );
    await expect(canvasElement.querySelector('.kamkit-empty')).toHaveTextContent(
      'No accounts with a positive revenue.',
    );
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

/** Long names are shown in full in the tooltip and the table; the chart itself has no per-account text. */
export const LongLabels: Story = {
  args: { data: longNameAccounts, table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(
      'Universitätsklinikum Schleswig-Holstein-Mecklenburg-Vorpommern Verbund gGmbH',
    );
  },
};

/** The limits computed from the curve (Ultsch & Lötsch 2015) instead of fixed thresholds. */
export const ComputedLimits: Story = {
  args: { method: 'computed' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /Limits computed from the curve \(Ultsch & Lötsch 2015\): A above \$[\d,]+, B from \$[\d,]+\./,
    );
  },
};

/** Tiers by share of accounts: A the top 20 %, B up to 50 % (vertical threshold lines). */
export const CountBasis: Story = {
  args: { basis: 'count' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /Tiers by share of accounts: A the top 20%, B up to 50%, C the rest\./,
    );
  },
};

/** 20,000 accounts: the curve is downsampled to pixels, the table lists the tiers; the DOM stays small. */
export const ManyAccounts: Story = {
  args: { data: sampleAccounts(20_000), table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('svg *').length).toBeLessThan(150);
    await expect(canvasElement.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-binned', 'true');
    const rows = within(canvasElement).getByRole('table').querySelectorAll('tbody tr');
    await expect(Array.from(rows).map((r) => r.firstElementChild?.textContent)).toEqual(['A', 'B', 'C']);
  },
};

/**
 * Tab past the legend's three tier toggles (they come first, above the plot) to the chart, then move with the
 * arrow keys: the tooltip follows the focus and names the tier.
 */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const tier of ['A', 'B', 'C']) {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: `Tier ${tier}` })).toHaveFocus();
    }
    await userEvent.tab();
    const explorer = canvas.getByRole('group');
    await expect(explorer).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(/Tier A · rank 1 of 144/);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Tier A · rank 3 of 144/);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Tier C · rank 144 of 144/);
  },
};
