import { largestWhitespace, whitespace } from '@kamkit/core';
import { WhitespaceMatrix } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo, offeredTo, potentialOf } from '../packages/examples/src/data/demo';
import type { Account, Holding, Product } from '../packages/examples/src/data/types';
import { longNameAccounts, sampleHoldings, sampleProducts } from './fixtures';
import { textClashes } from './textClashes';

/** The column groups of the template's scenario: cloud products for the accounts new to us, the acquired tools for ours. */
const audienceEn = (p: Product) =>
  p.audience === 'new' ? 'For new accounts (acquired)' : 'For existing accounts';
const audienceDe = (p: Product) =>
  p.audience === 'new' ? 'Für neue Kunden (übernommen)' : 'Für bestehende Kunden';

/** The largest open whitespace of the demo, computed by core on its own (not read back from the chart). */
const demoResult = whitespace(demo.accounts, demo.products, demo.holdings, {
  eligible: offeredTo,
  potential: potentialOf,
});
const largest = largestWhitespace(demoResult)[0]!;
const largestAccount = demo.accounts.find((a) => a.id === largest.accountId)!;
const largestProduct = demo.products.find((p) => p.id === largest.productId)!;
/** The accounts the demo offers anything to (the active ones), most MRR still to win first, ties in input order. */
const byToWin = demo.accounts.filter((a) => a.churnedAt === null).sort((a, b) => b.mrrToWin - a.mrrToWin);
const euro = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    value,
  );

const meta = {
  title: 'Charts/WhitespaceMatrix',
  component: WhitespaceMatrix<Account, Product, Holding>,
  args: {
    data: demo.accounts,
    products: demo.products,
    holdings: demo.holdings,
    eligible: offeredTo,
    potential: potentialOf,
    label: 'name',
    maxRows: 10,
    currency: 'EUR',
    width: 900,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    products: { control: false },
    holdings: { control: false },
    eligible: { control: false },
    potential: { control: false },
    label: { control: false },
    maxRows: { control: { type: 'range', min: 1, max: 40, step: 1 } },
    locale: { control: 'select', options: ['en-US', 'de-DE'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const german = locale.startsWith('de');
    return (
      <WhitespaceMatrix
        productLabel={german ? 'nameDe' : 'name'}
        productGroup={german ? audienceDe : audienceEn}
        {...args}
        locale={locale}
      />
    );
  },
} satisfies Meta<typeof WhitespaceMatrix<Account, Product, Holding>>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The scenario's cross-sell view: the accounts with the most MRR still to win on top (Mount Meridian, whose cloud
 * pilot is the single largest opportunity), owned and pilot cells marked, whitespace shaded by what it would bring.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img')).toHaveAccessibleName('Cross-sell whitespace');
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      `The largest whitespace is ${largestProduct.name} for ${largestAccount.name} (${euro('en-US', largest.potential ?? 0)} MRR); ` +
        `${demoResult.rows.filter((r) => r.status === 'whitespace').length} open cells are worth ` +
        `${euro(
          'en-US',
          demoResult.rows.reduce((s, r) => s + (r.status === 'whitespace' ? (r.potential ?? 0) : 0), 0),
        )} MRR in all. ` +
        `Showing the 10 accounts with the most MRR to win of ${byToWin.length}; the data table lists all.`,
    );
    const rows = Array.from(canvasElement.querySelectorAll('.kamkit-heat__label'), (t) => t.textContent);
    await expect(rows).toEqual(byToWin.slice(0, 10).map((a) => a.name));
    await expect(rows[0]).toBe('Mount Meridian Health System');
    // The flagship pilots the cloud platform: its first cell is a pilot, not owned and not plain whitespace.
    const flagshipCells = canvasElement.querySelectorAll(`.kamkit-heat__cell[data-row="${demo.flagshipId}"]`);
    await expect(flagshipCells[0]?.getAttribute('data-state')).toBe('pilot');
  },
};

/** The dark palette: the same cells, drawn in the dark theme's colours. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const label = canvasElement.querySelector('.kamkit-heat__label') as Element;
    // Light text on the dark background (the light theme draws labels near black).
    const [r, g, b] = (getComputedStyle(label).fill.match(/\d+/g) ?? []).map(Number);
    await expect((r ?? 0) + (g ?? 0) + (b ?? 0)).toBeGreaterThan(3 * 160);
  },
};

/** German: the German catalogue, the products' German names and German money ("145.910 €"). */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', table: 'visible', maxTableRows: 12 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('img', { name: 'Cross-Selling-Potenzial (Whitespace)' }),
    ).toHaveAccessibleDescription(
      new RegExp(
        `^Das größte offene Potenzial ist ${largestProduct.nameDe} für ${largestAccount.name} \\(${euro('de-DE', largest.potential ?? 0).replace(/\s/g, '\\s')} MRR\\);`,
      ),
    );
    await expect(canvas.getByRole('table')).toHaveTextContent('Larkspur Klinisches Diktat');
    await expect(canvasElement.querySelector('.kamkit-heat__group')?.textContent).toBe(
      'Für neue Kunden (übernommen)',
    );
  },
};

/** No accounts and no holdings: the chart says so instead of drawing an empty grid. */
export const Empty: Story = {
  args: { data: [], holdings: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No accounts or products.',
    );
    await expect(canvasElement.querySelectorAll('.kamkit-heat__cell')).toHaveLength(0);
  },
};

/** Every account holds every product it is offered: nothing to win, and the chart says that. */
export const NoWhitespace: Story = {
  args: {
    data: demo.accounts.slice(0, 3),
    holdings: demo.accounts
      .slice(0, 3)
      .flatMap((a) =>
        demo.products
          .filter((p) => offeredTo(a, p))
          .map((p) => ({ accountId: a.id, productId: p.id, status: 'owned' as const, mrr: 100 })),
      ),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'Every account has every product it is offered: no whitespace.',
    );
    const states = Array.from(canvasElement.querySelectorAll('.kamkit-heat__cell'), (c) =>
      c.getAttribute('data-state'),
    );
    await expect(states.filter((s) => s === 'whitespace' || s === 'pilot')).toEqual([]);
  },
};

/** Holdings that are not a list: the error state with its code, not a thrown render. */
export const ErrorState: Story = {
  args: { holdings: null as unknown as Holding[] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/[A-Z_]{6,}/);
    await expect(canvasElement.querySelector('[data-error]')).not.toBeNull();
  },
};

/** Long account names: shortened in the drawn rows so nothing overlaps, in full in the data table. */
export const LongLabels: Story = {
  render: (args, { globals }) => (
    <WhitespaceMatrix
      data={longNameAccounts}
      products={sampleProducts}
      holdings={sampleHoldings(longNameAccounts)}
      label="name"
      productGroup={(p) => (p.audience === 'new' ? 'New accounts' : 'Existing accounts')}
      locale={args.locale ?? (globals.locale as string | undefined) ?? 'en-US'}
      currency="EUR"
      width={720}
      table="visible"
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(textClashes(canvasElement)).toEqual([]);
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(longNameAccounts[0]!.name);
    await expect(canvasElement.querySelectorAll('.kamkit-heat__label')).toHaveLength(longNameAccounts.length);
  },
};

/**
 * A phone's width (358 px), German: header words, group headers ("Für neue Kunden …", shortened with "…" to
 * their columns) and amounts stay in their columns and no text runs into another (the examples app keeps the
 * matrix at 820 px and scrolls it sideways instead).
 */
export const PhoneWidth: Story = {
  args: { width: 358, locale: 'de-DE', maxRows: 6 },
  play: async ({ canvasElement }) => {
    await expect(textClashes(canvasElement)).toEqual([]);
    const groups = Array.from(
      canvasElement.querySelectorAll('.kamkit-heat__group'),
      (g) => g.textContent ?? '',
    );
    await expect(groups).toHaveLength(2);
    await expect(groups.every((g) => g.startsWith('Für') && g.endsWith('…'))).toBe(true);
  },
};

/** Tab to the grid, move right, press Enter: the product cell is selected and announced. */
export const KeyboardSelection: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Mount Meridian Health System · /);
    await expect(canvas.getByRole('status')).toHaveTextContent(/Pilot · €0 MRR paid · €[\d,]+ MRR to win/);
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Whitespace · €[\d,]+ MRR to win|Owned · /);
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelectorAll('.kamkit-heat__cell[data-selected="true"]')).toHaveLength(1);
  },
};
