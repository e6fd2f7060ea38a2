import { MrrMovementsChart } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo, flagship } from '../packages/examples/src/data/demo';
import { textClashes } from './textClashes';

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

const hostileNames = [
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.invalid","click")',
  '</title><script>alert(1)</script>',
];
/** Three accounts with hostile names: one new, one expanding, one churned. */
const hostile: MonthlyMrr[] = [
  { id: 'h1', name: hostileNames[0] as string, month: '2024-12', plan: 'Basic', mrr: 4_000 },
  { id: 'h2', name: hostileNames[1] as string, month: '2023-12', plan: 'Basic', mrr: 10_000 },
  { id: 'h2', name: hostileNames[1] as string, month: '2024-12', plan: 'Premium', mrr: 16_000 },
  { id: 'h3', name: hostileNames[2] as string, month: '2023-12', plan: 'Standard', mrr: 7_000 },
];

const meta = {
  title: 'Charts/MrrMovementsChart',
  component: MrrMovementsChart<MonthlyMrr>,
  args: {
    data: monthly,
    period: 'month',
    from: '2023-12',
    to: '2024-12',
    id: 'id',
    value: 'mrr',
    label: 'name',
    width: 640,
    height: 340,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    period: { control: false },
    id: { control: false },
    value: { control: false },
    label: { control: false },
    from: { control: 'text' },
    to: { control: 'text' },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return <MrrMovementsChart {...args} locale={locale} currency={currency} />;
  },
} satisfies Meta<typeof MrrMovementsChart<MonthlyMrr>>;

export default meta;
type Story = StoryObj<typeof meta>;

const num = (el: Element | null, name: string) => Number(el?.getAttribute(name));

/** A year of movements: start, new, expansion, contraction, churn, end. NRR and GRR above the plot. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const img = within(canvasElement).getByRole('img');
    await expect(img).toHaveAccessibleName('MRR movements, Dec 2023 to Dec 2024');
    await expect(img).toHaveAccessibleDescription(
      /^MRR (grew|fell) from \$[\d.]+[KM]? to \$[\d.]+[KM]? between Dec 2023 and Dec 2024: new \$[\d.]+[KM]?, expansion /,
    );
    const steps = [...canvasElement.querySelectorAll('g.kamkit-step')].map((g) =>
      g.getAttribute('data-step'),
    );
    await expect(steps).toEqual(['start', 'new', 'expansion', 'contraction', 'churned', 'end']);
    // The waterfall reconciles in the geometry: the churn bar ends where the end bar's top is.
    const churn = canvasElement.querySelector('[data-step="churned"] rect');
    const end = canvasElement.querySelector('[data-step="end"] rect');
    await expect(Math.abs(num(churn, 'y') + num(churn, 'height') - num(end, 'y'))).toBeLessThan(0.05);
    await expect(canvasElement.querySelector('.kamkit-rates')).toHaveTextContent(/^NRR \d+%GRR \d+%$/);
  },
};

/** The dark palette. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A brand theme set only through CSS variables (the totals follow `--kamkit-accent`). */
export const BrandTheme: Story = { globals: { theme: 'brand' } };

/** German words, numbers and months from the German catalogue ("MRR-Bewegungen", "Kündigung"). */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR', table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleName(
      'MRR-Bewegungen, Dez. 2023 bis Dez. 2024',
    );
    const table = within(canvasElement).getByRole('table');
    await expect(table).toHaveTextContent(/\d{1,3}(\.\d{3})+ €/);
    await expect(table).toHaveTextContent('Dez. 2024');
    await expect(table).toHaveTextContent('Kündigung');
    await expect(canvasElement.querySelector('.kamkit-rates')).toHaveTextContent(/^NRR \d+ %/);
  },
};

/** German in the dark palette. */
export const GermanDark: Story = { args: { locale: 'de-DE', currency: 'EUR' }, globals: { theme: 'dark' } };

/** The legend toggles totals, increases and decreases; hidden bars leave their place in the waterfall. */
export const LegendToggle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Total' }));
    await expect(canvasElement.querySelector('[data-step="start"]')).toBeNull();
    await expect(canvasElement.querySelector('[data-step="new"]')).not.toBeNull();
  },
};

/**
 * One account that expanded: the flagship (a customer since the acquisition in July 2023) moved from Basic to
 * Standard in 2024, so only the expansion step has a bar between the totals.
 */
export const OneAccount: Story = {
  args: { data: monthly.filter((r) => r.id === flagship.id) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^MRR grew from \$70\.3K to \$115K between Dec 2023 and Dec 2024: new \$0, expansion \+?\$44\.7K/,
    );
    await expect(canvasElement.querySelector('[data-step="expansion"] rect')).toHaveAttribute('height');
    await expect(num(canvasElement.querySelector('[data-step="new"] rect'), 'height')).toBe(0);
  },
};

/** No data: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No MRR in Dec 2023 or Dec 2024.',
    );
  },
};

/** The legend's buttons, in order: each is its own tab stop before the chart. */
const LEGEND = ['Total', 'Increase', 'Decrease'];

/** Tab past the legend buttons (checking each takes the focus in turn) to the chart's explorer. */
async function tabToChart(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  for (const name of LEGEND) {
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name })).toHaveFocus();
  }
  await userEvent.tab();
  await expect(canvas.getAllByRole('group').find((g) => g.tabIndex === 0)).toHaveFocus();
}

/** Account names are data: they show as text in the tooltips. */
export const HostileLabels: Story = {
  args: { data: hostile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('img')).toBeNull();
    await tabToChart(canvasElement);
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent('<img src=x onerror=alert(1)>');
    await userEvent.keyboard('{ArrowRight}');
    // Long names are shortened in the tooltip; the text is still the name as written.
    await expect(canvas.getByRole('status')).toHaveTextContent('Largest: =HYPERLINK("http://evil.inv…');
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};

/**
 * Long step names on a narrow chart: they alternate on three lines instead of overlapping; a name too long even
 * for three bands is shortened with "…".
 */
export const LongLabels: Story = {
  args: {
    width: 420,
    messages: {
      dashboard: {
        movements: {
          steps: {
            new: 'New customers',
            expansion: 'Expansion (upgrades)',
            contraction: 'Contraction (downgrades)',
            churned: 'Cancellations',
          },
        },
      },
    },
  },
  play: async ({ canvasElement }) => {
    for (const row of ['0', '1', '2'])
      await expect(canvasElement.querySelectorAll(`.kamkit-step__label[data-row="${row}"]`)).toHaveLength(2);
    // Three bands hold every name but "Contraction (downgrades)", the one shortened with "…".
    const names = Array.from(canvasElement.querySelectorAll('.kamkit-step__label'), (t) => t.textContent);
    await expect(names.filter((n) => n?.includes('…'))).toEqual(['Contraction (downgrad…']);
    await expect(names).toContain('Expansion (upgrades)');
    await expect(textClashes(canvasElement)).toEqual([]);
  },
};

/** Tab past the legend's buttons to the chart, then step through the waterfall with the arrow keys. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabToChart(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Dec 2023\. MRR: \$[\d,]+/);
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/^New\. \+\$[\d,]+ from \d+ accounts?/);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/NRR \d+%\. GRR \d+%$/);
  },
};
