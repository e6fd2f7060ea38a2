import { WhaleCurve } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo } from '../packages/examples/src/data/demo';
import type { SampleAccount } from './fixtures';
import { hostileAccounts, longNameAccounts, sampleAccounts } from './fixtures';

/** Any record with a name and a contribution margin (EUR per year; negative for a loss, `null` when unknown). */
type Row = { id: string; name: string; contributionMargin: number | null };

/**
 * Story fixtures carry revenue only: every `lossEvery`-th account loses `loss` of it (default 60 %), the others
 * earn 25 %.
 */
function withMargins(accounts: readonly SampleAccount[], lossEvery = 4, loss = 0.6): Row[] {
  return accounts.map((a, i) => ({
    id: a.id,
    name: a.name,
    contributionMargin: Math.round(a.revenue * (i % lossEvery === lossEvery - 1 ? -loss : 0.25)),
  }));
}

/** Margins as text without the locale's no-break spaces, for assertions. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const meta = {
  title: 'Charts/WhaleCurve',
  component: WhaleCurve<Row>,
  args: {
    data: demo.accounts,
    value: 'contributionMargin',
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
    bars: { control: 'boolean' },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return <WhaleCurve {...args} locale={locale} currency={currency} />;
  },
} satisfies Meta<typeof WhaleCurve<Row>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo's 2024 contribution margin: a flat whale, where the loss-making tail takes a little back. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: 'Whale curve of profit' })).toHaveAccessibleDescription(
      /^Peak: the top 85% of accounts make 100\.6% of profit; the remaining 15% destroy 0\.6%\. 144 accounts: 122 make a profit of \$13,999,470, 22 lose \$77,390; total profit \$13,922,080\. Left out: 6 values are missing\.$/,
    );
    await expect(canvasElement.querySelector('.kamkit-whale__peak-label')).toHaveTextContent('100.6%');
    await expect(canvasElement.querySelector('[data-segment="loss"] path.kamkit-curve__area')).not.toBeNull();
    await expect(canvasElement.querySelector('.kamkit-whale__reference-label')).toHaveTextContent(
      'Total profit $13,922,080 = 100%',
    );
  },
};

/** The dark palette, from the toolbar's theme switch: sky blue before the peak, orange after it. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const profit = canvasElement.querySelector('[data-segment="profit"] path.kamkit-curve__line') as Element;
    const loss = canvasElement.querySelector('[data-segment="loss"] path.kamkit-curve__line') as Element;
    await expect(getComputedStyle(profit).stroke).toBe('rgb(86, 180, 233)');
    await expect(getComputedStyle(loss).stroke).toBe('rgb(255, 138, 92)');
  },
};

/** A brand theme set only through CSS variables (`--kamkit-accent`, `--kamkit-font-family`). */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    const profit = canvasElement.querySelector('[data-segment="profit"] path.kamkit-curve__line') as Element;
    await expect(getComputedStyle(profit).stroke).toBe('rgb(109, 40, 217)');
  },
};

/** German words and numbers with euros: "Scheitelpunkt: …", "13.922.080 €", "100,6 %". */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR', table: 'visible' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(plain(canvas.getByRole('table').textContent)).toMatch(/\d{1,3}(\.\d{3})+ €/);
    const desc = canvasElement.querySelector('desc');
    await expect(plain(desc?.textContent)).toMatch(
      /^Scheitelpunkt: Die besten 85 % der Konten erzielen 100,6 % des Gewinns; die übrigen 15 % vernichten 0,6 %\./,
    );
    await expect(plain(desc?.textContent)).toContain('Gesamtgewinn 13.922.080 €.');
    await expect(plain(canvasElement.querySelector('.kamkit-axis--bottom')?.textContent)).toContain('100 %');
  },
};

/** One profitable account makes all the profit: the curve ends at its peak. */
export const OneAccount: Story = {
  args: { data: [{ id: 'only', name: 'Mount Meridian Health System', contributionMargin: 412_000 }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^A single account makes all profit\. 1 account: 1 makes a profit of \$412,000; total profit \$412,000\.$/,
    );
    await expect(canvasElement.querySelector('.kamkit-whale__peak-label')).toHaveTextContent('100%');
  },
};

/** Every account loses money (total ≤ 0): the curve shows cumulative profit in the currency and says so. */
export const AllLossMaking: Story = {
  args: {
    data: [
      { id: 'l1', name: 'Helix Labs', contributionMargin: -12_500 },
      { id: 'l2', name: 'Vita Care', contributionMargin: -48_000 },
      { id: 'l3', name: 'Rhein Spital', contributionMargin: -7_200 },
      { id: 'l4', name: 'Lumen Diagnostics', contributionMargin: -91_000 },
      { id: 'l5', name: 'Alpen Praxisverbund', contributionMargin: -3_400 },
    ],
    table: 'visible',
  },
  play: async ({ canvasElement }) => {
    const note =
      'Total profit is -$162,100, not positive, so the chart shows cumulative profit in USD instead of shares of the total.';
    await expect(canvasElement.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-mode', 'value');
    await expect(canvasElement.querySelector('.kamkit-chart__note')).toHaveTextContent(note);
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      `No account makes a profit: 5 accounts lose $162,100 in total. ${note} 5 accounts: 5 lose $162,100; total profit -$162,100.`,
    );
    await expect(canvasElement.querySelector('.kamkit-whale__peak')).toBeNull();
    await expect(canvasElement.querySelector('.kamkit-axis--left')).toHaveTextContent(/-\$\d+K/);
  },
};

/** No data: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No accounts with a known profit.',
    );
    await expect(canvasElement.querySelector('.kamkit-empty')).toHaveTextContent(
      'No accounts with a known profit.',
    );
    await expect(canvasElement.querySelector('.kamkit-legend')).toBeNull();
  },
};

/** Labels are data: markup and formulas in names show as text. */
export const HostileLabels: Story = {
  args: { data: withMargins(hostileAccounts), table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    const table = within(canvasElement).getByRole('table');
    await expect(table).toHaveTextContent('<img src=x onerror=alert(1)>');
    await expect(table).toHaveTextContent('</title><script>alert(1)</script>');
  },
};

/** Long names in the tooltip and the table; the plot has no per-account text. */
export const LongLabels: Story = {
  args: { data: withMargins(longNameAccounts, 3), table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(
      'Mount Meridian Health System — Northern Regional Cardiothoracic Center of Excellence',
    );
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      /^Universitätsklinikum Schleswig-Holstein-Mecklenburg-Vorpommern Verbund gGmbH\. Profit: /,
    );
  },
};

/** Each account's own profit as bars in a strip under the curve. */
export const Bars: Story = {
  args: { data: withMargins(sampleAccounts(60), 3, 0.2), bars: true },
  play: async ({ canvasElement }) => {
    const positive = canvasElement.querySelector('.kamkit-whale__bar[data-sign="positive"]');
    const negative = canvasElement.querySelector('.kamkit-whale__bar[data-sign="negative"]');
    await expect(positive?.getAttribute('d')?.match(/M/g)).toHaveLength(40);
    await expect(negative?.getAttribute('d')?.match(/M/g)).toHaveLength(20);
  },
};

/** 100,000 accounts: the curve is downsampled to pixels and the table lists deciles; the DOM stays small. */
export const ManyAccounts: Story = {
  args: { data: withMargins(sampleAccounts(100_000), 5), table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('svg *').length).toBeLessThan(100);
    await expect(canvasElement.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-binned', 'true');
    await expect(within(canvasElement).getByRole('table').querySelectorAll('tbody tr')).toHaveLength(10);
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^Peak: the top 80% of accounts make \d{3}% of profit; the remaining 20% destroy \d+%\. 100,000 accounts: /,
    );
  },
};

/** Tab to the chart, then move along the curve from the most profitable account. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('group')).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^Zorgverzekeraar Zandveen\. Profit: \$1,832,060, rank 1 of 144\. Top 1 \(1%\) make 13\.2% of profit$/,
    );
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /rank 3 of 144\. Top 3 \(2%\) make 26\.7% of profit$/,
    );
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /\(loss\), rank 144 of 144\. Top 144 \(100%\) make 100% of profit$/,
    );
  },
};
