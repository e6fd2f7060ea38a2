import { MrrByPlanChart } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo, flagship } from '../packages/examples/src/data/demo';

/** One record per account and month (months the organisation was not a customer are left out). */
interface MonthlyMrr {
  id: string;
  name: string;
  month: string;
  plan: string;
  mrr: number;
}

const monthly: MonthlyMrr[] = demo.accounts.flatMap((a) =>
  a.mrr.flatMap((p) =>
    p.plan === null ? [] : [{ id: a.id, name: a.name, month: p.month, plan: p.plan, mrr: p.mrr }],
  ),
);
const flagshipMonthly = monthly.filter((r) => r.id === flagship.id);
const PLANS = ['Basic', 'Standard', 'Premium'];

/** The same MRR with plan names that try to break out of text. */
const hostilePlans: Record<string, string> = {
  Basic: '<img src=x onerror=alert(1)>',
  Standard: '=HYPERLINK("http://evil.invalid","click")',
  Premium: '</title><script>alert(1)</script>',
};

const meta = {
  title: 'Charts/MrrByPlanChart',
  component: MrrByPlanChart<MonthlyMrr>,
  args: {
    data: monthly,
    period: 'month',
    plan: 'plan',
    value: 'mrr',
    plans: PLANS,
    width: 720,
    height: 340,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    period: { control: false },
    plan: { control: false },
    value: { control: false },
    mark: { control: 'inline-radio', options: [undefined, 'area', 'bar'] },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return <MrrByPlanChart {...args} locale={locale} currency={currency} />;
  },
} satisfies Meta<typeof MrrByPlanChart<MonthlyMrr>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 150 accounts over 36 months: Basic at the bottom, Premium (the upsell plan) on top, outlined and labelled. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const img = within(canvasElement).getByRole('img');
    await expect(img).toHaveAccessibleName('MRR by plan');
    await expect(img).toHaveAccessibleDescription(/^MRR (grew|fell) from \$[\d.]+[KM]? in \w+ \d{4} to /);
    const layers = canvasElement.querySelectorAll('g.kamkit-plan');
    await expect([...layers].map((g) => g.getAttribute('data-plan'))).toEqual(PLANS);
    await expect(layers[2]).toHaveAttribute('data-highlight', 'true');
    await expect(canvasElement.querySelector('.kamkit-plan__label')).toHaveTextContent('Premium (upsell)');
  },
};

/** The dark palette, from the toolbar's theme switch (or `data-kamkit-theme="dark"` on any ancestor). */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A brand theme set only through CSS variables. */
export const BrandTheme: Story = { globals: { theme: 'brand' } };

/** German words, months and euros: "MRR nach Tarif", "Jan. 2023", "1.921.250 €". */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR', table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('img', { name: 'MRR nach Tarif' }),
    ).toHaveAccessibleDescription(/^Der MRR (stieg|sank) von /);
    const ticks = [...canvasElement.querySelectorAll('.kamkit-axis--bottom text')].map((t) => t.textContent);
    await expect(ticks).toContain('Jan. 2023');
    const table = within(canvasElement).getByRole('table');
    await expect(table).toHaveTextContent('Dez. 2024');
    await expect(table).toHaveTextContent(/\d{1,3}(\.\d{3})+ €/);
  },
};

/** German in the dark palette. */
export const GermanDark: Story = { args: { locale: 'de-DE', currency: 'EUR' }, globals: { theme: 'dark' } };

/** The legend toggles plans: press "Basic" to hide it; the others restack and the description says so. */
export const LegendToggle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Basic/ }));
    await expect(canvas.getByRole('button', { name: /^Basic/ })).toHaveAttribute('aria-pressed', 'false');
    const layers = canvasElement.querySelectorAll('g.kamkit-plan');
    await expect([...layers].map((g) => g.getAttribute('data-plan'))).toEqual(['Standard', 'Premium']);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(/Hidden: 1 plan\.$/);
  },
};

/** The flagship account alone: it moved from Basic to Standard, so two plans carry its MRR over time. */
export const OneAccount: Story = {
  args: { data: flagshipMonthly },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(/^MRR grew from/);
  },
};

/** Six months: stacked bars instead of areas. */
export const SixMonths: Story = {
  args: { data: monthly.filter((r) => r.month >= '2024-07') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-mark', 'bar');
    await expect(canvasElement.querySelectorAll('g.kamkit-plan[data-plan="Premium"] rect')).toHaveLength(6);
  },
};

/** No data: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription('No MRR data.');
    await expect(canvasElement.querySelector('.kamkit-empty')).toHaveTextContent('No MRR data.');
  },
};

/** Plan names are data: markup and formulas show as text in the legend, the plot and the table. */
export const HostileLabels: Story = {
  args: {
    data: monthly.map((r) => ({ ...r, plan: hostilePlans[r.plan] as string })),
    plans: PLANS.map((p) => hostilePlans[p] as string),
    table: 'visible',
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(canvasElement.querySelector('.kamkit-legend')).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(
      '</title><script>alert(1)</script>',
    );
  },
};

/** Long plan names wrap in the legend; the highlighted plan's label stays inside the plot. */
export const LongLabels: Story = {
  args: {
    data: monthly.map((r) => ({ ...r, plan: `${r.plan} Enterprise Healthcare Subscription Plan` })),
    plans: PLANS.map((p) => `${p} Enterprise Healthcare Subscription Plan`),
  },
};

/**
 * Tab through the legend's plan buttons (top to bottom, as stacked) to the chart, then move between months with
 * the arrow keys: the tooltip lists the plans top to bottom.
 */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ['Premium (upsell)', 'Standard', 'Basic']) {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name })).toHaveFocus();
    }
    await userEvent.tab();
    await expect(canvas.getAllByRole('group').find((g) => g.tabIndex === 0)).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(/^\w+ \d{4}\. Premium \(upsell\): /);
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/^\w+ \d{4}\./);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Dec 2024\..*Total: \$[\d,]+$/);
  },
};
