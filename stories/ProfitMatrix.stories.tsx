import { ProfitMatrix } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo, flagship } from '../packages/examples/src/data/demo';
import { mulberry32 } from '../packages/examples/src/data/generate';
import type { Account } from '../packages/examples/src/data/types';
import { textClashes } from './textClashes';

/** Bubble area: the account's 2024 revenue. */
const revenue2024 = (a: Account) => a.revenue['2024'];

const hostileNames = [
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.invalid","click")',
  '</title><script>alert(1)</script>',
  '"; DROP TABLE accounts; --',
];

/** The demo's twelve largest customers of 2024, renamed with names that try to break out of text. */
const hostileAccounts: Account[] = [...demo.accounts]
  .sort((a, b) => (revenue2024(b) ?? 0) - (revenue2024(a) ?? 0))
  .slice(0, 12)
  .map((a, i) => ({ ...a, name: hostileNames[i % hostileNames.length] as string }));

/** 10,000 accounts: the demo's 150, each varied 67 times (seeded, so screenshots are stable). */
function manyAccounts(count: number): Account[] {
  const random = mulberry32(1987);
  return Array.from({ length: count }, (_, i) => {
    const base = demo.accounts[i % demo.accounts.length] as Account;
    const cost = base.costToServe === null ? null : Math.round(base.costToServe * (0.6 + random() * 0.8));
    return {
      ...base,
      id: `x${i}`,
      name: `${base.name.slice(0, 15).trim()} #${Math.floor(i / demo.accounts.length) + 1}`,
      costToServe: cost,
      netPricePct: Math.min(100, Math.round((base.netPricePct + (random() - 0.5) * 10) * 10) / 10),
      revenue: { ...base.revenue, 2024: Math.round((base.revenue['2024'] ?? 0) * (0.5 + random())) },
    };
  });
}

const meta = {
  title: 'Charts/ProfitMatrix',
  component: ProfitMatrix<Account>,
  args: {
    data: demo.accounts,
    x: 'costToServe',
    y: 'netPricePct',
    formatY: 'percent',
    preset: 'shapiro',
    xScale: 'log',
    size: revenue2024,
    label: 'name',
    width: 720,
    height: 520,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    x: { control: false },
    y: { control: false },
    size: { control: false },
    label: { control: false },
    id: { control: false },
    formatX: { control: false },
    formatY: { control: false },
    preset: { control: 'inline-radio', options: [undefined, 'shapiro', 'revenue-margin'] },
    xScale: { control: 'inline-radio', options: ['linear', 'log'] },
    yScale: { control: 'inline-radio', options: ['linear', 'log'] },
    split: { control: 'inline-radio', options: ['median', 'mean'] },
    labelCount: { control: { type: 'range', min: 0, max: 30, step: 1 } },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return <ProfitMatrix {...args} locale={locale} currency={currency} />;
  },
} satisfies Meta<typeof ProfitMatrix<Account>>;

export default meta;
type Story = StoryObj<typeof meta>;

const swatch = (canvasElement: HTMLElement, text: RegExp) => {
  const item = Array.from(canvasElement.querySelectorAll('.kamkit-legend__item')).find((li) =>
    text.test(li.textContent ?? ''),
  );
  return getComputedStyle(item?.querySelector('.kamkit-legend__swatch') as Element).backgroundColor;
};

/**
 * Shapiro et al.'s customer classification of the demo's 2024 customers: cost to serve (right, on a log
 * scale: it spans three orders of magnitude) against net price realised (up), split at the medians, bubble
 * area = 2024 revenue. Accounts without 2024 costs are left out and counted.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /^Aggressive and Passive are the largest groups \(48 of 144 accounts each\); Carriage trade 24, Bargain basement 24\. .+ Split at the median: cost to serve \$16,680, net price 94\.7%\. Left out: 6 values are missing\.$/,
    );
    await expect(canvasElement.querySelectorAll('circle.kamkit-bubble')).toHaveLength(144);
    await expect(canvasElement.querySelectorAll('circle[data-quadrant="carriage-trade"]')).toHaveLength(24);
    const splits = Array.from(canvasElement.querySelectorAll('.kamkit-split__label')).map(
      (t) => t.textContent,
    );
    await expect(splits).toEqual(['median $16,680', 'median 94.7%']);
  },
};

/**
 * The revenue × contribution-margin portfolio, both on log scales (symmetric: loss-making accounts sit below
 * zero, on the same logarithmic spacing).
 */
export const RevenueMargin: Story = {
  args: {
    x: revenue2024,
    y: 'contributionMargin',
    preset: 'revenue-margin',
    formatY: undefined,
    size: undefined,
    yScale: 'log',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('img', { name: 'Profit matrix: revenue and contribution margin' }),
    ).toBeVisible();
    const labels = Array.from(canvasElement.querySelectorAll('.kamkit-quadrant__label')).map(
      (t) => t.textContent,
    );
    await expect(labels).toContain('Stars');
    const yTicks = Array.from(
      canvasElement.querySelectorAll('.kamkit-axis--left .kamkit-axis__tick text'),
    ).map((t) => t.textContent);
    await expect(yTicks.some((t) => t?.startsWith('-'))).toBe(true);
  },
};

/** The same on a linear cost axis: most accounts crowd the low end, the largest dominate. */
export const LinearScale: Story = {
  args: { xScale: 'linear' },
  play: async ({ canvasElement }) => {
    const ticks = Array.from(
      canvasElement.querySelectorAll('.kamkit-axis--bottom .kamkit-axis__tick text'),
    ).map((t) => t.textContent);
    await expect(ticks[0]).toBe('$0');
  },
};

/** The dark palette. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(swatch(canvasElement, /^Carriage trade/)).toBe('rgb(86, 180, 233)');
    await expect(swatch(canvasElement, /^Passive/)).toBe('rgb(62, 201, 160)');
  },
};

/** A brand theme made only of CSS variables: the high-high quadrant follows `--kamkit-accent`. */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    await expect(swatch(canvasElement, /^Carriage trade/)).toBe('rgb(109, 40, 217)');
  },
};

/**
 * A phone's width (358 px), in German: the "Premiumkunden" (carriage trade) label moves a line down, clear of
 * the split text "Median 16.680 €" beside it.
 */
export const PhoneWidth: Story = {
  args: { width: 358, height: 460, locale: 'de-DE', currency: 'EUR' },
  play: async ({ canvasElement }) => {
    await expect(textClashes(canvasElement)).toEqual([]);
    await expect(
      canvasElement.querySelector('.kamkit-quadrant__label[data-quadrant="carriage-trade"]'),
    ).toHaveTextContent('Premiumkunden');
  },
};

/** German number format and words: "Median 16.680 €", "Median 94,7 %". */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR', table: 'visible' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toHaveTextContent(/\d{1,3}(\.\d{3})+ €/);
    const splits = Array.from(canvasElement.querySelectorAll('.kamkit-split__label')).map(
      (t) => t.textContent,
    );
    await expect(splits).toEqual(['Median 16.680\u00a0€', 'Median 94,7\u00a0%']);
  },
};

/** One account: it sits on both medians, so it is high on both (Carriage trade). */
export const OneAccount: Story = {
  args: { data: [flagship] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^The one account, Mount Meridian Health System, is Carriage trade\./,
    );
    await expect(canvasElement.querySelectorAll('circle.kamkit-bubble')).toHaveLength(1);
  },
};

/** No data: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No accounts to place on the matrix.',
    );
    await expect(canvasElement.querySelector('.kamkit-empty')).toHaveTextContent(
      'No accounts to place on the matrix.',
    );
  },
};

/** Labels are data: markup and formulas in names show as text. */
export const HostileLabels: Story = {
  args: { data: hostileAccounts, table: 'visible', labelCount: 12 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(
      '</title><script>alert(1)</script>',
    );
  },
};

/** Long names are shortened on the chart and shown in full in the tooltip and the table. */
export const LongLabels: Story = {
  args: {
    data: demo.accounts.map((a) => ({
      ...a,
      name: `${a.name} — Regional Centre of Excellence for Integrated Care`,
    })),
  },
  play: async ({ canvasElement }) => {
    const labels = Array.from(canvasElement.querySelectorAll('text.kamkit-bubble-label'));
    await expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) await expect(label.textContent?.endsWith('…')).toBe(true);
  },
};

/** 10,000 accounts: small marks, eight names, and a data table of the four quadrants. */
export const ManyAccounts: Story = {
  args: { data: manyAccounts(10_000), table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('circle.kamkit-bubble').length).toBeGreaterThan(9_000);
    await expect(canvasElement.querySelectorAll('text.kamkit-bubble-label').length).toBeLessThanOrEqual(8);
    const rows = within(canvasElement).getByRole('table').querySelectorAll('tbody tr');
    await expect(Array.from(rows).map((r) => r.firstElementChild?.textContent)).toEqual([
      'Carriage trade',
      'Aggressive',
      'Passive',
      'Bargain basement',
    ]);
  },
};

/** Tab to the chart, then move with the arrow keys, left to right: the tooltip names the quadrant. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('group')).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /Cost to serve: \$[\d,]+\. Net price: [\d.]+%\. (Passive|Bargain basement) quadrant/,
    );
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /(Carriage trade|Aggressive) quadrant\. Revenue: \$[\d,]+$/,
    );
  },
};
