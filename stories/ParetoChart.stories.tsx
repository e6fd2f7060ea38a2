import type { ChartItem } from '@kamkit/react';
import { ParetoChart } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { hostileAccounts, longNameAccounts, type SampleAccount, sampleAccounts } from './fixtures';

const meta = {
  title: 'Charts/ParetoChart',
  component: ParetoChart<SampleAccount>,
  args: {
    data: sampleAccounts(60),
    value: 'revenue',
    label: 'name',
    cutoff: 0.8,
    height: 380,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    value: { control: false },
    label: { control: false },
    id: { control: false },
    cutoff: { control: { type: 'range', min: 0.05, max: 1, step: 0.05 } },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return <ParetoChart {...args} locale={locale} currency={currency} />;
  },
} satisfies Meta<typeof ParetoChart<SampleAccount>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 60 accounts with a heavy-tailed revenue distribution: the vital few stand out in the accent colour. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const img = canvas.getByRole('img');
    await expect(img).toHaveAccessibleDescription(/of 60 accounts \(\d+%\) make 80% of revenue\./);
    await expect(canvasElement.querySelectorAll('rect.kamkit-bar')).toHaveLength(60);
  },
};

/** The dark palette, from the toolbar's theme switch (or `data-kamkit-theme="dark"` on any ancestor). */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A brand theme set only through CSS variables (`--kamkit-accent`, `--kamkit-line`, `--kamkit-font-family`). */
export const BrandTheme: Story = { globals: { theme: 'brand' } };

/** German number format with euros: "1.234.567 €", "20 %", and German words from the catalogue. */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR', table: 'visible', data: sampleAccounts(8) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(/\d{1,3}(\.\d{3})+ €/);
  },
};

/** One account is the whole revenue: it is the vital few. */
export const OneAccount: Story = {
  args: { data: [{ id: 'only', name: 'Mount Meridian Health System', revenue: 1_250_000 }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^1 of 1 account \(100%\)/,
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

/** Long names are shortened on the axis and shown in full in the tooltip and the table. */
export const LongLabels: Story = { args: { data: longNameAccounts } };

/** 10,000 accounts: bars become pixel columns (the DOM stays small); the tooltip names a column's accounts. */
export const TenThousandAccounts: Story = {
  args: { data: sampleAccounts(10_000) },
  play: async ({ canvasElement }) => {
    const bars = canvasElement.querySelectorAll('rect.kamkit-bar');
    // One bar per pixel column at most: the DOM is bounded by the chart's width, whatever the data.
    const width = Number(canvasElement.querySelector('svg.kamkit-chart__svg')?.getAttribute('width'));
    await expect(bars.length).toBeLessThanOrEqual(width);
    await expect(bars.length).toBeLessThan(10_000);
    await expect(canvasElement.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-binned', 'true');
  },
};

/**
 * The data table at 10,000 accounts: the chart draws hundreds of columns, so the table lists 100 groups of
 * consecutive ranks (`maxTableRows`, default 100) and its caption says so; CSV export still has every account.
 */
export const TenThousandAccountsTable: Story = {
  args: { data: sampleAccounts(10_000), table: 'visible' },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(table.querySelectorAll('tbody tr')).toHaveLength(100);
    await expect(table.querySelector('caption')).toHaveTextContent(
      /Rows are groups of ranks: 10,000 accounts in 100 groups of 100, largest first\.$/,
    );
    await expect(table.querySelector('tbody tr td')).toHaveTextContent('1–100');
  },
};

/** Tab to the chart, then move with the arrow keys: the tooltip follows the focus. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const explorer = canvas.getByRole('group');
    await expect(explorer).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Rank 3 of 60/);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Rank 60 of 60/);
  },
};

/** The data-table toggle shows the numbers behind the chart. */
export const DataTableToggle: Story = {
  args: { data: sampleAccounts(12) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Show data table' });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

/** Everything in German: title, finding, legend, axes, tooltip, table and the explorer's instructions. */
export const German: Story = {
  args: { locale: 'de-DE', currency: 'EUR', data: sampleAccounts(144) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^\d+ von 144 Konten \(\d+\s%\) machen 80\s% des Umsatzes aus\./,
    );
    await expect(within(canvasElement).getByRole('button', { name: 'Datentabelle anzeigen' })).toBeVisible();
  },
};

/** Any word can be replaced through `messages`, e.g. when the measure is profit, not revenue. */
export const CustomWords: Story = {
  args: {
    messages: {
      pareto: {
        title: 'Pareto analysis of profit',
        value: 'Profit',
        finding: {
          one: '{vital} of {count} account makes {cutoff:percent} of profit.',
          other: '{vital} of {count} accounts make {cutoff:percent} of profit.',
        },
        annotationShare: '{cutoff:percent} of profit',
      },
    },
  },
};

/** Drill-down: `onSelect` gets the account's record (click, Enter or Space); Escape or a second click clears. */
export const DrillDown: Story = {
  args: { data: sampleAccounts(20), onSelect: fn() },
  render: function Render(args) {
    const [selected, setSelected] = useState<ChartItem<SampleAccount> | null>(null);
    return (
      <div>
        <ParetoChart
          {...args}
          onSelect={(item) => {
            setSelected(item);
            args.onSelect?.(item);
          }}
        />
        <p>
          {selected?.datum
            ? `Open account page: ${selected.datum.name}`
            : 'Select a bar to open its account.'}
        </p>
      </div>
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await expect(args.onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'account' }));
    await expect(canvas.getByText(/^Open account page: /)).toBeVisible();
    await expect(canvasElement.querySelector('rect[data-selected="true"]')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect(args.onSelect).toHaveBeenLastCalledWith(null);
  },
};

/**
 * `renderTooltip` puts your content in the kit's tooltip. It is placed in the viewport, so a card with
 * `overflow: hidden` (here also transformed, which makes it the containing block of fixed elements) does not
 * clip or shift it.
 */
export const CustomTooltip: Story = {
  args: {
    data: sampleAccounts(20),
    renderTooltip: (item) => (
      <div>
        <strong>{(item.datum as SampleAccount | null)?.name ?? `${item.accounts.length} accounts`}</strong>
        <p className="kamkit-tooltip__line">Open the account plan →</p>
      </div>
    ),
  },
  render: (args) => (
    <div
      style={{
        overflow: 'hidden',
        transform: 'translateZ(0)',
        margin: '40px 0 0 24px',
        border: '1px solid #ccc',
        borderRadius: 8,
        padding: 8,
      }}
    >
      <ParetoChart {...args} />
    </div>
  ),
  play: async () => {
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    const tooltip = within(document.body).getByText('Open the account plan →').closest('.kamkit-tooltip');
    const marker = document.querySelector('.kamkit-explorer__marker:not([data-selected])');
    if (!tooltip || !marker) throw new Error('expected a tooltip and an active marker');
    const box = tooltip.getBoundingClientRect();
    const anchorY = marker.getBoundingClientRect().top;
    await expect(box.left).toBeGreaterThanOrEqual(0);
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    // 12 px above the bar's top (or below it when there is no room above), not shifted by the card.
    const gap = box.bottom <= anchorY ? anchorY - box.bottom : box.top - anchorY;
    await expect(Math.abs(gap - 12)).toBeLessThan(1.5);
  },
};

/** Invalid input shows the error state with its code instead of throwing (here `data` is `null`). */
export const ErrorState: Story = {
  args: { data: null as unknown as SampleAccount[] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('NOT_ITERABLE');
  },
};
