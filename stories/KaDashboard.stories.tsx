import type { ChurnSignal } from '@kamkit/react';
import { KaDashboard, ResponsiveContainer } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo, flagship } from '../packages/examples/src/data/demo';
import { generateDemoData } from '../packages/examples/src/data/generate';
import type { Account, MrrPoint } from '../packages/examples/src/data/types';
import { textClashes } from './textClashes';

const STAGES = ['Contract signed', 'Kick-off', 'Integration', 'Training', 'Live'];
const PLANS = ['Basic', 'Standard', 'Premium'];
/** Endangerment: low engagement and low satisfaction mean a high cancellation risk. */
const signals: ChurnSignal<Account>[] = [
  { key: 'engagement', value: 'engagement', weight: 2, higherIsRiskier: false },
  { key: 'satisfaction', value: 'satisfaction', weight: 1, scale: [0, 10], higherIsRiskier: false },
  { key: 'usageDrop', value: (a) => a.churnSignals.usageDropPct, weight: 1 },
];

/** 600 accounts: four demo data sets with distinct ids. */
const manyAccounts: Account[] = [42, 43, 44, 45].flatMap((seed) =>
  generateDemoData(seed).accounts.map((a) => ({ ...a, id: `s${seed}-${a.id}` })),
);

/**
 * Given in turn to the demo accounts; in this order the markup names land on accounts in the endangerment
 * column's top 10 (the demo data's queue starts with acc-099, acc-038, acc-019, …).
 */
const hostileNames = [
  '"; DROP TABLE accounts; --',
  '=HYPERLINK("http://evil.invalid","click")',
  '<img src=x onerror=alert(1)>',
  '</title><script>alert(1)</script>',
];
const hostileAccounts: Account[] = demo.accounts.map((a, i) => ({
  ...a,
  name: hostileNames[i % hostileNames.length] as string,
}));
const longNameAccounts: Account[] = demo.accounts.map((a) => ({
  ...a,
  name: `${a.name} — Regional Centre of Excellence for Integrated Care and Digital Health`,
}));

const meta = {
  title: 'Charts/KaDashboard',
  component: KaDashboard<Account, MrrPoint>,
  args: {
    data: demo.accounts,
    label: 'name',
    series: 'mrr',
    period: 'month',
    plan: 'plan',
    value: 'mrr',
    plans: PLANS,
    from: '2023-12',
    to: '2024-12',
    status: 'onboardingStage',
    stages: STAGES,
    satisfaction: 'satisfaction',
    signals,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    label: { control: false },
    series: { control: false },
    period: { control: false },
    plan: { control: false },
    value: { control: false },
    signals: { control: false },
    stages: { control: false },
    from: { control: 'text' },
    to: { control: 'text' },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  parameters: { layout: 'fullscreen' },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return (
      <ResponsiveContainer initialWidth={1200} height={0}>
        {({ width }) => <KaDashboard {...args} width={width} locale={locale} currency={currency} />}
      </ResponsiveContainer>
    );
  },
} satisfies Meta<typeof KaDashboard<Account, MrrPoint>>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The template's KA dashboard: key figures, MRR by plan (Premium, the upsell, on top), the year's MRR movements,
 * onboarding with satisfaction, and the endangerment column.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const section = canvas.getByRole('region', { name: 'Key account dashboard' });
    await expect(section.tagName).toBe('SECTION');
    // $1,354,230 → $1,762,720; NRR 100.7 %; the at-risk queue of 25 accounts with $225,130 MRR.
    await expect(section).toHaveAccessibleDescription(
      /^MRR grew from \$1\.4M in Dec 2023 to \$1\.8M in Dec 2024; NRR 101%; 25 accounts at risk with \$225\.1K MRR; /,
    );
    const charts = canvas.getAllByRole('img');
    await expect(charts.map((img) => img.querySelector('title')?.textContent)).toEqual([
      'MRR by plan',
      'MRR movements, Dec 2023 to Dec 2024',
      'Onboarding status',
      'Accounts at risk',
    ]);
    for (const img of charts) await expect(img).toHaveAccessibleDescription(/\S/);
    // The MRR movements panel: step names whole ("Dec 23", never "Dec 20…"), value labels apart, no text on text.
    const movements = charts[1] as HTMLElement;
    const names = Array.from(movements.querySelectorAll('.kamkit-step__label'), (t) => t.textContent ?? '');
    await expect(names.filter((n) => n.includes('…'))).toEqual([]);
    await expect(textClashes(movements.parentElement as HTMLElement)).toEqual([]);
    await expect(canvas.getByRole('list', { name: 'Key figures' })).toBeInTheDocument();
    await expect(canvasElement.querySelector('[data-kamkit-chart="churn-ranking"]')).not.toBeNull();
  },
};

/** The dark palette for the whole dashboard. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A brand theme set only through CSS variables. */
export const BrandTheme: Story = { globals: { theme: 'brand' } };

/** German numbers and months everywhere: "1.762.720 €", "Dez. 2024". */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR', title: 'KA-Dashboard' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'KA-Dashboard' })).toHaveAccessibleDescription(
      /Dez\. 2024/,
    );
    await expect(canvasElement.querySelector('[data-kpi="mrr"]')).toHaveTextContent('1.762.720 €');
  },
};

/** On a phone (390 px): one column, each chart laid out for the narrow width. */
export const Phone: Story = {
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return (
      <div style={{ width: 358 }}>
        <KaDashboard {...args} width={358} locale={locale} currency={currency} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-columns', '1');
    const grid = canvasElement.querySelector('.kamkit-dashboard__grid') as HTMLElement;
    await expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).toHaveLength(1);
  },
};

/** One account: the flagship, live and not at risk. */
export const OneAccount: Story = {
  args: { data: [flagship], from: '2022-01' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region')).toHaveAccessibleDescription(
      /no accounts at risk/,
    );
  },
};

/** No accounts: every part shows a clear empty state. */
export const Empty: Story = {
  args: { data: [], from: undefined, to: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region')).toHaveAccessibleDescription('No accounts with MRR data.');
    await expect(canvas.getAllByRole('img')[0]).toHaveAccessibleDescription('No MRR data.');
  },
};

/** Account names are data: they show as text in the endangerment column and the tooltips. */
export const HostileLabels: Story = {
  args: { data: hostileAccounts },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    const names = [...canvasElement.querySelectorAll('.kamkit-ranking__name')].map(
      (t) => t.textContent ?? '',
    );
    await expect(names).toHaveLength(10);
    // Each row shows a name as written (shortened with "…" to its column), markup included.
    for (const name of names) {
      await expect(hostileNames.some((h) => h.startsWith(name.replace(/…$/, '')))).toBe(true);
    }
    await expect(names.some((n) => n.startsWith('<img'))).toBe(true);
    await expect(names.some((n) => n.startsWith('</title><scr'))).toBe(true);
  },
};

/** Long account names are shortened in the endangerment column and shown in full in the tooltips. */
export const LongLabels: Story = { args: { data: longNameAccounts } };

/** 600 accounts: the endangerment column lists the top 10 and counts the rest. */
export const ManyAccounts: Story = {
  args: { data: manyAccounts },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.kamkit-ranking__row')).toHaveLength(10);
    // The note under the rows is shortened to fit its column; the chart's description says it in full.
    const more = canvasElement.querySelector('.kamkit-ranking__more')?.textContent ?? '';
    const [, count, mrr] = /^\+(\d+) more at risk \((\$[\d,]+) MRR\)$/.exec(more) ?? [];
    await expect(Number(count)).toBeGreaterThan(0);
    await expect(
      within(canvasElement).getByRole('img', { name: 'Accounts at risk' }),
    ).toHaveAccessibleDescription(new RegExp(`and ${count} more accounts at risk \\(\\${mrr} MRR\\)`));
  },
};

/** Charts without client code (`interactive={false}`): no explorers, nothing to tab to. */
export const Static: Story = {
  args: { interactive: false, table: 'hidden' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.kamkit-explorer')).toBeNull();
    await expect(within(canvasElement).getAllByRole('img')).toHaveLength(4);
  },
};

/** Tab past a chart's legend buttons (each its own stop, in legend order). */
async function tabPastLegend(canvasElement: HTMLElement, legend: readonly string[]) {
  for (const name of legend) {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('button', { name })).toHaveFocus();
  }
}

/**
 * Each chart is one tab stop, after its legend's toggle buttons (MRR by plan, MRR movements); inside, the arrow
 * keys move between its points.
 */
export const KeyboardFocus: Story = {
  args: { table: 'hidden' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const explorers = canvas.getAllByRole('group');
    await expect(explorers).toHaveLength(4);
    await tabPastLegend(canvasElement, ['Premium (upsell)', 'Standard', 'Basic']);
    await userEvent.tab();
    await expect(explorers[0]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(within(explorers[0] as HTMLElement).getByRole('status')).toHaveTextContent(/^Dec 2024\./);
    await tabPastLegend(canvasElement, ['Total', 'Increase', 'Decrease']);
    await userEvent.tab();
    await expect(explorers[1]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(within(explorers[1] as HTMLElement).getByRole('status')).toHaveTextContent(/^New\. /);
    await userEvent.tab();
    await userEvent.tab();
    await expect(explorers[3]).toHaveFocus();
    await expect(within(explorers[3] as HTMLElement).getByRole('status')).toHaveTextContent(/\S/);
  },
};
