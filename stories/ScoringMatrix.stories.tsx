import type { Criterion } from '@kamkit/react';
import { ScoringMatrix } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo, flagship } from '../packages/examples/src/data/demo';
import { mulberry32 } from '../packages/examples/src/data/generate';
import type { Account } from '../packages/examples/src/data/types';

/**
 * The slide's criteria: growth potential (revenue growth and revenue potential, both computed from revenue; an
 * account that was not a customer a year ago has no revenue-growth rating and is scored on potential alone) and
 * harmony.
 */
const criteria: Criterion<Account>[] = [
  ...demo.criteria.growth.map((c) => ({
    key: c.key,
    label: c.label,
    axis: 'growth' as const,
    weight: c.weight,
    value: (a: Account) => a.growth[c.key],
  })),
  ...demo.criteria.harmony.map((c) => ({
    key: c.key,
    label: c.label,
    axis: 'harmony' as const,
    weight: c.weight,
    value: (a: Account) => a.harmony[c.key],
  })),
];

/** Bubble area: the account's 2024 revenue. */
const revenue2024 = (a: Account) => a.revenue['2024'];

const hostileNames = [
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.invalid","click")',
  '</title><script>alert(1)</script>',
  '"; DROP TABLE accounts; --',
  '&amp; &lt;b&gt;not bold&lt;/b&gt;',
];

/** The demo's ten largest accounts, renamed with names that try to break out of text. */
const hostileAccounts: Account[] = [...demo.accounts]
  .sort((a, b) => (revenue2024(b) ?? 0) - (revenue2024(a) ?? 0))
  .slice(0, 10)
  .map((a, i) => ({ ...a, name: hostileNames[i % hostileNames.length] as string }));

/** The demo's accounts with very long names. */
const longNameAccounts: Account[] = demo.accounts.map((a) => ({
  ...a,
  name: `${a.name} — Regional Centre of Excellence for Integrated Care`,
}));

/** 10,000 accounts: the demo's 150, each varied 67 times (seeded, so screenshots are stable). */
function manyAccounts(count: number): Account[] {
  const random = mulberry32(2024);
  const vary = (v: number) => Math.min(10, Math.max(1, Math.round(v + (random() - 0.5) * 5)));
  return Array.from({ length: count }, (_, i) => {
    const base = demo.accounts[i % demo.accounts.length] as Account;
    return {
      ...base,
      id: `x${i}`,
      name: `${base.name.slice(0, 15).trim()} #${Math.floor(i / demo.accounts.length) + 1}`,
      revenue: { ...base.revenue, 2024: Math.round((base.revenue['2024'] ?? 0) * (0.5 + random())) },
      growth: {
        ...base.growth,
        revenueGrowth: base.growth.revenueGrowth == null ? null : vary(base.growth.revenueGrowth),
        revenuePotential: vary(base.growth.revenuePotential),
      },
      harmony: {
        strategicFit: vary(base.harmony.strategicFit),
        culture: vary(base.harmony.culture),
        vision: vary(base.harmony.vision),
        strategy: vary(base.harmony.strategy),
      },
    };
  });
}

const swatch = (canvasElement: HTMLElement, text: RegExp) => {
  const item = Array.from(canvasElement.querySelectorAll('.kamkit-legend__item')).find((li) =>
    text.test(li.textContent ?? ''),
  );
  return getComputedStyle(item?.querySelector('.kamkit-legend__swatch') as Element).backgroundColor;
};

const meta = {
  title: 'Charts/ScoringMatrix',
  component: ScoringMatrix<Account>,
  args: {
    data: demo.accounts,
    criteria,
    size: revenue2024,
    label: 'name',
    width: 720,
    height: 520,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    criteria: { control: false },
    size: { control: false },
    label: { control: false },
    id: { control: false },
    quadrants: { control: false },
    normalize: { control: 'inline-radio', options: [undefined, 'scale', 'minmax', 'rank'] },
    labelCount: { control: { type: 'range', min: 0, max: 30, step: 1 } },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return <ScoringMatrix {...args} locale={locale} currency={currency} />;
  },
} satisfies Meta<typeof ScoringMatrix<Account>>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The demo's 150 accounts on growth potential × harmony, bubble area = 2024 revenue. The split at 50 gives
 * McDonald & Rogers' quadrants; the eight largest accounts are named, every other one is a tab and an arrow
 * key away.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /^25 of 150 accounts are in the Key quadrant; the highest total score is Groupe Hospitalier Château-Lumière \(85 of 100\)\. Key development: 22, Maintenance: 59, Opportunistic: 44\. .+ 25 accounts are scored from incomplete criteria\.$/,
    );
    const bubbles = canvasElement.querySelectorAll('circle.kamkit-bubble');
    await expect(bubbles).toHaveLength(150);
    await expect(canvasElement.querySelectorAll('circle.kamkit-bubble[data-quadrant="key"]')).toHaveLength(
      25,
    );
    const labels = canvasElement.querySelectorAll('text.kamkit-bubble-label');
    await expect(labels.length).toBeGreaterThan(3);
    await expect(labels.length).toBeLessThanOrEqual(8);
    // The two largest accounts are named (shortened to the labels' 130 px).
    await expect(Array.from(labels).map((l) => l.textContent)).toEqual(
      expect.arrayContaining(['Zorgverzekeraar Za…', 'Mount Meridian Healt…']),
    );
    await expect(swatch(canvasElement, /^Key \(25\)$/)).toBe('rgb(0, 114, 178)');
  },
};

/** The dark palette, from the toolbar's theme switch (or `data-kamkit-theme="dark"` on any ancestor). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(swatch(canvasElement, /^Key \(/)).toBe('rgb(86, 180, 233)');
    await expect(swatch(canvasElement, /^Key development/)).toBe('rgb(240, 199, 94)');
  },
};

/** A brand theme made only of CSS variables: the Key quadrant follows `--kamkit-accent`. */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    await expect(swatch(canvasElement, /^Key \(/)).toBe('rgb(109, 40, 217)');
  },
};

/** German words and number format: scores with a decimal comma ("83,9"), revenue in euros ("1.265.010 €"). */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR', table: 'visible' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    await expect(table).toHaveTextContent(
      'Mount Meridian Health System10067,883,9Schlüsselkonten1.265.010 €',
    );
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /^25 von 150 Konten liegen im Quadranten „Schlüsselkonten“; den höchsten Gesamtscore hat Groupe Hospitalier Château-Lumière \(85 von 100\)\./,
    );
    await expect(
      canvas.getByText(/^Die Blasenfläche zeigt Umsatz \(größte: .+, \d{1,3}(\.\d{3})+\s€\)\.$/),
    ).toBeVisible();
  },
};

/** One account: it still sits in its quadrant, with its label. */
export const OneAccount: Story = {
  args: { data: [flagship] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^1 of 1 account is in the Key quadrant; the highest total score is Mount Meridian Health System \(83\.9 of 100\)\./,
    );
    await expect(canvasElement.querySelectorAll('circle.kamkit-bubble')).toHaveLength(1);
    await expect(canvasElement.querySelector('text.kamkit-bubble-label')).toHaveTextContent(
      'Mount Meridian Healt…',
    );
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
    await expect(canvasElement.querySelectorAll('rect.kamkit-quadrant')).toHaveLength(4);
  },
};

/** Labels are data: markup and formulas in names show as text, on the chart and in the table. */
export const HostileLabels: Story = {
  args: { data: hostileAccounts, table: 'visible', labelCount: 10 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent('<img src=x onerror=alert(1)>');
    const labels = Array.from(canvasElement.querySelectorAll('text.kamkit-bubble-label')).map(
      (l) => l.textContent,
    );
    await expect(labels.some((l) => l?.startsWith('<img src=x'))).toBe(true);
  },
};

/** Long names are shortened on the chart ("…") and shown in full in the tooltip and the table. */
export const LongLabels: Story = {
  args: { data: longNameAccounts },
  play: async ({ canvasElement }) => {
    const labels = Array.from(canvasElement.querySelectorAll('text.kamkit-bubble-label'));
    await expect(labels.length).toBeGreaterThan(0);
    for (const label of labels)
      await expect(Array.from(label.textContent ?? '').length).toBeLessThanOrEqual(22);
    await expect(within(canvasElement).getByRole('table', { hidden: true })).toHaveTextContent(
      `${flagship.name} — Regional Centre of Excellence for Integrated Care`,
    );
  },
};

/**
 * 10,000 accounts: every account is a small mark (area still ∝ revenue), eight are named, and the data table
 * summarises the four quadrants instead of listing 10,000 rows.
 */
export const ManyAccounts: Story = {
  args: { data: manyAccounts(10_000), table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('circle.kamkit-bubble')).toHaveLength(10_000);
    await expect(canvasElement.querySelectorAll('text.kamkit-bubble-label').length).toBeLessThanOrEqual(8);
    await expect(canvasElement.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-dense', 'true');
    const rows = within(canvasElement).getByRole('table').querySelectorAll('tbody tr');
    await expect(Array.from(rows).map((r) => r.firstElementChild?.textContent)).toEqual([
      'Key',
      'Key development',
      'Maintenance',
      'Opportunistic',
    ]);
  },
};

/** Tab to the chart, then move with the arrow keys, left to right: the tooltip follows the focus. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const explorer = canvas.getByRole('group');
    await expect(explorer).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(/Growth potential [\d.]+ · Harmony [\d.]+\./);
    const x = () =>
      Number(canvasElement.querySelector('.kamkit-explorer__marker')?.getBoundingClientRect().left);
    const first = x();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(x()).toBeGreaterThanOrEqual(first);
    await expect(canvas.getByRole('status')).toHaveTextContent(/Total score [\d.]+ · rank \d+ of 150\./);
    await userEvent.keyboard('{End}');
    // The rightmost account (harmony 93.3) has no revenue-growth rating: the tooltip says so.
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^Fachklinik Bärenhöhe\. Growth potential 0 · Harmony 93\.3\. .+ Maintenance quadrant\. Revenue: \$3,240\. Incomplete: Revenue growth missing$/,
    );
  },
};
