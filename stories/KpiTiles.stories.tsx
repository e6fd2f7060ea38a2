import type { ChurnSignal } from '@kamkit/react';
import { churnRisk, KpiTiles, mrrMovements, upsellCandidates } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo, flagship, isActive, latestMrr } from '../packages/examples/src/data/demo';
import type { Account } from '../packages/examples/src/data/types';

/** One account's MRR in a month, for the movement snapshots. */
const snapshot = (accounts: readonly Account[], month: string) =>
  accounts.map((a) => ({ id: a.id, mrr: a.mrr.find((p) => p.month === month)?.mrr ?? 0 }));

const signals: ChurnSignal<Account>[] = [
  { key: 'engagement', value: 'engagement', weight: 2, higherIsRiskier: false },
  { key: 'satisfaction', value: 'satisfaction', weight: 1, scale: [0, 10], higherIsRiskier: false },
];
const current = demo.accounts.filter(isActive);
const movements = mrrMovements(snapshot(demo.accounts, '2023-12'), snapshot(demo.accounts, '2024-12'));
const churn = churnRisk(current, { mrr: latestMrr, signals });
const upsell = upsellCandidates(current, { plans: ['Basic', 'Standard', 'Premium'], measure: latestMrr });

const meta = {
  title: 'Charts/KpiTiles',
  component: KpiTiles,
  args: { movements, churn, upsell, from: '2023-12', to: '2024-12' },
  argTypes: {
    movements: { control: false },
    churn: { control: false },
    upsell: { control: false },
    tiles: { control: false },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return <KpiTiles {...args} locale={locale} currency={currency} />;
  },
} satisfies Meta<typeof KpiTiles>;

export default meta;
type Story = StoryObj<typeof meta>;

/** MRR and its change against Dec 2023, paying accounts, NRR, GRR, accounts and MRR at risk, upsell candidates. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list', { name: 'Key figures' });
    const items = within(list).getAllByRole('listitem');
    await expect(items.map((li) => li.getAttribute('data-kpi'))).toEqual([
      'mrr',
      'accounts',
      'nrr',
      'grr',
      'accountsAtRisk',
      'mrrAtRisk',
      'upsell',
    ]);
    // The direction is in words, not only in the arrow's colour.
    // Dec 2023 $1,354,230 → Dec 2024 $1,762,720: +$408,490, +30.2 %.
    await expect(items[0]).toHaveTextContent('MRR$1,762,720up: +$408.5K (+30.2%) vs Dec 2023');
    await expect(items[0]).toHaveAttribute('data-trend', 'positive');
  },
};

/** The dark palette. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A brand theme set only through CSS variables. */
export const BrandTheme: Story = { globals: { theme: 'brand' } };

/** German words, numbers and months: "1.762.720 €", "ggü. Dez. 2023", NRR "100,7 %". */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR' },
  play: async ({ canvasElement }) => {
    const mrr = canvasElement.querySelector('[data-kpi="mrr"]');
    await expect(mrr).toHaveTextContent('MRR1.762.720 €gestiegen: +408.490 € (+30,2 %) ggü. Dez. 2023');
    // (1,354,230 + 116,320 expansion − 13,900 contraction − 93,240 churned) / 1,354,230 = 100.68 %.
    await expect(canvasElement.querySelector('[data-kpi="nrr"]')).toHaveTextContent('100,7 %');
  },
};

/** On a phone (358 px, two tiles a row, German numbers): every value on one line, sized to its tile. */
export const Phone: Story = {
  args: { locale: 'de-DE', currency: 'EUR' },
  render: (args) => (
    <div style={{ width: 358 }}>
      <KpiTiles {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const value of Array.from(canvasElement.querySelectorAll<HTMLElement>('.kamkit-kpi__value'))) {
      const range = document.createRange();
      range.selectNodeContents(value);
      const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
      await expect(lines.size).toBe(1);
      // Not cut off with an ellipsis either.
      await expect(value.scrollWidth).toBeLessThanOrEqual(value.clientWidth);
    }
    await expect(canvasElement.querySelector('[data-kpi="mrr"] .kamkit-kpi__value')).toHaveTextContent(
      '1.762.720 €',
    );
  },
};

/** One account: its own MRR growth, no risk. */
export const OneAccount: Story = {
  args: {
    movements: mrrMovements(snapshot([flagship], '2022-01'), snapshot([flagship], '2024-12')),
    churn: churnRisk([flagship], { mrr: latestMrr, signals }),
    upsell: undefined,
    from: '2022-01',
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-kpi="accounts"]')).toHaveTextContent('Paying accounts1');
    await expect(canvasElement.querySelector('[data-kpi="accountsAtRisk"]')).toHaveTextContent('0');
    await expect(canvasElement.querySelector('[data-kpi="upsell"]')).toBeNull();
  },
};

/** No results: a clear empty state. */
export const Empty: Story = {
  args: { movements: undefined, churn: undefined, upsell: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('No key figures: no data.');
  },
};

/** Custom tiles are data too: labels and values show as text. */
export const HostileLabels: Story = {
  args: {
    tiles: [
      'mrr',
      { key: 'x', label: '<img src=x onerror=alert(1)>', value: '=HYPERLINK("http://evil.invalid","click")' },
      { key: 'y', label: '</title><script>alert(1)</script>', value: '3', note: '&amp; note' },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(canvasElement.querySelector('[data-kpi="x"]')).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
  },
};

/** Long labels and large values wrap inside their tiles. */
export const LongLabels: Story = {
  args: {
    messages: {
      dashboard: {
        kpi: {
          mrr: 'Monthly recurring revenue',
          accountsAtRisk: 'Key accounts in the healthcare segment at risk',
        },
      },
    },
    tiles: [
      'mrr',
      'accountsAtRisk',
      {
        key: 'big',
        label: 'Pipeline value',
        value: '$1,234,567,890,123',
        note: 'across 14 countries and 3 regions',
      },
    ],
  },
};

/** The tiles are text, not controls: Tab moves past them to the next control on the page. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <>
      <KpiTiles {...args} />
      <button type="button">Next control</button>
    </>
  ),
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('button', { name: 'Next control' })).toHaveFocus();
  },
};
