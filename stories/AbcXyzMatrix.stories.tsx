import { AbcXyzMatrix } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo } from '../packages/examples/src/data/demo';
import type { MrrPoint } from '../packages/examples/src/data/types';
import { hostileAccounts, longNameAccounts, sampleAccounts } from './fixtures';

/** A record with a name and monthly revenue: the demo's accounts carry `mrr`, the fixtures `monthly`. */
type Row = { id: string; name: string; mrr?: MrrPoint[]; monthly?: number[] };

/** The 12 months of 2024 (the demo's series runs from 2022-01), or a fixture's monthly series. */
const months2024 = (d: Row) => d.monthly ?? d.mrr?.slice(24).map((p) => p.mrr) ?? null;

/** Fixture accounts with a seeded monthly series around a twelfth of their revenue: most steady, some erratic. */
function withSeries(accounts: readonly { id: string; name: string; revenue: number }[]): Row[] {
  let seed = 23;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return accounts.map((a) => {
    const noise = random() < 0.7 ? 0.25 : random() < 0.6 ? 0.9 : 2.5;
    const monthly = Array.from({ length: 12 }, () =>
      Math.max(0, Math.round((a.revenue / 12) * (1 + noise * (random() - 0.5) * 2))),
    );
    return { id: a.id, name: a.name, monthly };
  });
}

const meta = {
  title: 'Charts/AbcXyzMatrix',
  component: AbcXyzMatrix<Row>,
  args: {
    data: demo.accounts,
    series: months2024,
    label: 'name',
    width: 720,
    height: 440,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    series: { control: false },
    value: { control: false },
    label: { control: false },
    id: { control: false },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    return <AbcXyzMatrix {...args} locale={locale} currency={currency} />;
  },
} satisfies Meta<typeof AbcXyzMatrix<Row>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo's accounts by their 2024 MRR: value (ABC) against steadiness of demand (XYZ). */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /^AX \(high value, steady\) holds 23 accounts \(16%\) and 66% of revenue\. Steady \(X\): 127 accounts; variable \(Y\): 11; erratic \(Z\): 6\. By cell: AX 23, AY 4, AZ 1, BX 39, BY 5, BZ 0, CX 65, CY 2, CZ 5\. XYZ by the coefficient of variation over 12 periods\. Left out: 6 values are zero\.$/,
    );
    const cells = Array.from(canvasElement.querySelectorAll('.kamkit-abc-xyz__cell'));
    await expect(cells.map((c) => c.getAttribute('data-cell'))).toEqual([
      'AX',
      'AY',
      'AZ',
      'BX',
      'BY',
      'BZ',
      'CX',
      'CY',
      'CZ',
    ]);
    const opacity = (cell: string) =>
      Number(canvasElement.querySelector(`[data-cell="${cell}"] rect`)?.getAttribute('fill-opacity'));
    await expect(opacity('AX')).toBeGreaterThan(opacity('CZ'));
  },
};

/** The dark palette, from the toolbar's theme switch. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const rect = canvasElement.querySelector('[data-cell="AX"] rect') as Element;
    await expect(getComputedStyle(rect).fill).toBe('rgb(86, 180, 233)');
  },
};

/** A brand theme set only through CSS variables: the cells take `--kamkit-accent`. */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    const rect = canvasElement.querySelector('[data-cell="AX"] rect') as Element;
    await expect(getComputedStyle(rect).fill).toBe('rgb(109, 40, 217)');
  },
};

/** German words and numbers with euros: rows "hoher Wert" …, columns "stetig · VK ≤ 0,5" …. */
export const GermanLocale: Story = {
  args: {
    locale: 'de-DE',
    currency: 'EUR',
    table: 'visible',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toHaveTextContent(/\d{1,3}(\.\d{3})+ €/);
    await expect(canvas.getByRole('table')).toHaveTextContent('66,2 %');
    await expect(canvasElement.querySelector('.kamkit-matrix__headers')).toHaveTextContent(
      'stetig · VK ≤ 0,5',
    );
  },
};

/** One account with a steady series: it is AX. */
export const OneAccount: Story = {
  args: { data: [{ id: 'only', name: 'Mount Meridian Health System', monthly: [100, 110, 95, 105] }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^AX \(high value, steady\) holds 1 account \(100%\) and 100% of revenue\./,
    );
  },
};

/** No data: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No accounts with both a positive revenue and a usable series.',
    );
    await expect(canvasElement.querySelectorAll('.kamkit-abc-xyz__cell')).toHaveLength(0);
  },
};

/** Labels are data: markup in names shows as text in the tooltip and the table. */
export const HostileLabels: Story = {
  args: { data: withSeries(hostileAccounts) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent('<img src=x onerror=alert(1)>');
  },
};

/**
 * Long row names (tier words replaced through `messages`) wrap onto two lines, cut to the margin's width; in
 * full in the tooltip and table.
 */
export const LongLabels: Story = {
  args: {
    data: withSeries(longNameAccounts),
    messages: { abc: { matrix: { tierA: 'strategic key accounts', tierC: 'long tail of small accounts' } } },
    table: 'visible',
  },
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('.kamkit-matrix__headers [data-tier="C"]');
    const texts = Array.from(header?.querySelectorAll('text') ?? []).map((t) => t.textContent);
    await expect(texts).toHaveLength(3);
    await expect(texts.slice(0, 2)).toEqual(['C', 'long tail of']);
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(
      'C (long tail of small accounts)',
    );
  },
};

/** 10,000 accounts: still nine cells; the DOM stays small. */
export const ManyAccounts: Story = {
  args: { data: withSeries(sampleAccounts(10_000)), table: 'visible' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('*').length).toBeLessThan(250);
    await expect(within(canvasElement).getByRole('table').querySelectorAll('tbody tr')).toHaveLength(9);
  },
};

/** Tab to the matrix, then move across the grid: right to AY, down to BY; End jumps to CZ. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('group')).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^AX: high value, steady\. 23 accounts \(16%\)\. Revenue: \$13,240,280 \(66%\)\. /,
    );
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/^AY: high value, variable\./);
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/^BY: medium value, variable\./);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^CZ: low value, erratic\. 5 accounts \(3%\)\. Revenue: \$37,590 \(<1%\)\. .* and 1 more$/,
    );
  },
};
