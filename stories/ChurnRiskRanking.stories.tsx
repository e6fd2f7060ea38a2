import type { ChurnSignal } from '@kamkit/react';
import { ChurnRiskRanking } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo, latestMrr } from '../packages/examples/src/data/demo';
import { mulberry32 } from '../packages/examples/src/data/generate';
import type { Account } from '../packages/examples/src/data/types';

/** Early-warning signals of the demo: usage drop, support tickets, late payments, low engagement. */
const signals: ChurnSignal<Account>[] = [
  { key: 'usageDrop', value: (a) => a.churnSignals.usageDropPct, weight: 2 },
  { key: 'tickets', value: (a) => a.churnSignals.supportTickets, weight: 1, scale: [0, 30] },
  { key: 'paymentDelay', value: (a) => a.churnSignals.paymentDelayDays, weight: 1, scale: [0, 60] },
  { key: 'engagement', value: 'engagement', weight: 2, higherIsRiskier: false },
];
const signalLabels = {
  usageDrop: 'usage drop',
  tickets: 'support tickets',
  paymentDelay: 'late payment',
  engagement: 'low engagement',
};

/** The demo's current customers (churned accounts have no MRR left to lose). */
const customers = demo.accounts.filter((a) => a.churnedAt === null);

/** The signals' names in German, for the German stories (signal names are the caller's data). */
const signalLabelsDe = {
  usageDrop: 'Nutzungsrückgang',
  tickets: 'Support-Tickets',
  paymentDelay: 'Zahlungsverzug',
  engagement: 'geringes Engagement',
};

const hostileNames = [
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.invalid","click")',
  '</title><script>alert(1)</script>',
  '"; DROP TABLE accounts; --',
];

/** 10,000 customers: the demo's, each varied (seeded, so screenshots are stable). */
function manyAccounts(count: number): Account[] {
  const random = mulberry32(24);
  return Array.from({ length: count }, (_, i) => {
    const base = customers[i % customers.length] as Account;
    return {
      ...base,
      id: `x${i}`,
      name: `${base.name.slice(0, 15).trim()} #${Math.floor(i / customers.length) + 1}`,
      mrr: base.mrr.map((p) => ({ ...p, mrr: Math.round(p.mrr * (0.5 + random())) })),
    };
  });
}

const meta = {
  title: 'Charts/ChurnRiskRanking',
  component: ChurnRiskRanking<Account>,
  args: {
    data: customers,
    signals,
    signalLabels,
    value: latestMrr,
    label: 'name',
    limit: 10,
    width: 720,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    signals: { control: false },
    signalLabels: { control: false },
    value: { control: false },
    rankBy: { control: 'select', options: ['importance', 'mrr', 'expected-loss', 'risk', 'waiting'] },
    label: { control: false },
    id: { control: false },
    limit: { control: { type: 'range', min: 1, max: 30, step: 1 } },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    currency: { control: 'select', options: [undefined, 'USD', 'EUR', 'CHF'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    const currency = args.currency ?? (locale === 'de-DE' ? 'EUR' : 'USD');
    const labels = locale.startsWith('de') ? signalLabelsDe : args.signalLabels;
    return <ChurnRiskRanking {...args} locale={locale} currency={currency} signalLabels={labels} />;
  },
} satisfies Meta<typeof ChurnRiskRanking<Account>>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The demo's at-risk queue as the template lists it: by importance (the ABC tier of MRR), then by days waiting,
 * longest first. Every flagged account is in it, and every account whose risk is high. The header states the
 * MRR at risk and its share; the first ten are listed, the rest counted.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: 'Accounts at risk' })).toHaveAccessibleDescription(
      /^\d+ accounts at risk hold \$[\d,]+ MRR \(\d+%\)\. Ranked by importance \(ABC tier of MRR\), then by time in the queue\./,
    );
    const rows = Array.from(canvasElement.querySelectorAll('.kamkit-ranking__row'));
    await expect(rows).toHaveLength(10);
    // Tiers never go back up (A before B before C); within a tier, the longest waiting first.
    const tiers = rows.map((r) => r.querySelector('.kamkit-ranking__tier')?.textContent ?? '');
    await expect(tiers).toEqual([...tiers].sort());
    for (const row of rows) {
      const level = row.getAttribute('data-level') as string;
      await expect(row.querySelector('.kamkit-ranking__level')?.textContent?.toLowerCase()).toMatch(
        new RegExp(`^${level} · \\d+$`),
      );
    }
    await expect(canvasElement.querySelector('.kamkit-ranking__more')).toHaveTextContent(
      /^and [\d,]+ more accounts? at risk \(\$[\d,]+ MRR\)$/,
    );
  },
};

/** The manager's own KPI: the same queue by MRR (`rankBy="mrr"`). */
export const RankedByMrr: Story = {
  args: { rankBy: 'mrr' },
  play: async ({ canvasElement }) => {
    const rows = Array.from(canvasElement.querySelectorAll('.kamkit-ranking__row'));
    const mrr = rows.map((r) =>
      Number(r.querySelector('.kamkit-ranking__value')?.textContent?.replace(/[$,]/g, '')),
    );
    await expect(mrr).toEqual([...mrr].sort((a, b) => b - a));
  },
};

/** Drill-down: clicking or pressing Enter on a row calls `onSelect` with the account; the row is marked selected. */
export const Selection: Story = {
  args: { defaultSelectedId: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelector('.kamkit-ranking__row[data-selected="true"]')).not.toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent(/selected/);
  },
};

/** The dark palette: the risk colours lighten to stay readable. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector(
      '.kamkit-ranking__row[data-level="high"] .kamkit-ranking__badge',
    ) as Element;
    await expect(getComputedStyle(badge).fill).toBe('rgb(255, 138, 92)');
  },
};

/** A brand theme made only of CSS variables (font and text colour). */
export const BrandTheme: Story = { globals: { theme: 'brand' } };

/** German: words from the German catalogue ("Gefährdete Konten", "Wartezeit"), numbers as "223.320 €", "12 %". */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', currency: 'EUR', table: 'visible' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: 'Gefährdete Konten' })).toHaveAccessibleDescription(
      /^[\d.]+ gefährdete Konten halten [\d.]+\s€ MRR \(\d+\s%\)\. Sortiert nach Wichtigkeit/,
    );
    await expect(canvas.getByRole('table')).toHaveTextContent(/\d{1,3}(\.\d{3})+ €/);
  },
};

/**
 * On a phone (320 px, German numbers): no bars; the MRR right-aligned, the risk level in a word and the days as
 * a number, so no text runs into the next column. Scores, full names and days are in the tooltip and table.
 */
export const Phone: Story = {
  args: { width: 320, locale: 'de-DE', currency: 'EUR' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.kamkit-ranking__bar')).toBeNull();
    const rows = Array.from(canvasElement.querySelectorAll('.kamkit-ranking__row'));
    await expect(rows).toHaveLength(10);
    for (const row of rows) {
      const box = (selector: string) => (row.querySelector(selector) as Element).getBoundingClientRect();
      // Left to right, none touching: name, MRR, badge and level, days.
      await expect(box('.kamkit-ranking__name').right).toBeLessThanOrEqual(
        box('.kamkit-ranking__value').left,
      );
      await expect(box('.kamkit-ranking__value').right).toBeLessThanOrEqual(
        box('.kamkit-ranking__badge').left,
      );
      await expect(box('.kamkit-ranking__level').right).toBeLessThanOrEqual(
        box('.kamkit-ranking__days').left,
      );
      await expect(row.querySelector('.kamkit-ranking__level')?.textContent).toMatch(
        /^(Hoch|Mittel|Niedrig)$/,
      );
    }
    const svg = (canvasElement.querySelector('svg[role="img"]') as Element).getBoundingClientRect();
    const more = (canvasElement.querySelector('.kamkit-ranking__more') as Element).getBoundingClientRect();
    await expect(more.right).toBeLessThanOrEqual(svg.right);
  },
};

/** One account at risk: singular wording, no "more" note. */
export const OneAccount: Story = {
  args: { data: customers.filter((a) => a.daysInQueue > 0).slice(0, 1), atRisk: () => false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^1 account at risk holds \$[\d,]+ MRR \(100%\)\./,
    );
    await expect(canvasElement.querySelectorAll('.kamkit-ranking__row')).toHaveLength(1);
    await expect(canvasElement.querySelector('.kamkit-ranking__more')).toBeNull();
  },
};

/** No data: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No accounts to assess.',
    );
    await expect(canvasElement.querySelector('.kamkit-empty')).toHaveTextContent('No accounts to assess.');
  },
};

/** Nobody in the queue: the chart says so. */
export const NoneAtRisk: Story = {
  args: { data: customers.filter((a) => a.daysInQueue === 0), atRisk: () => false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^No accounts at risk among \d+ accounts\.$/,
    );
  },
};

/** Labels are data: markup and formulas in names show as text. */
export const HostileLabels: Story = {
  args: {
    data: customers.map((a, i) =>
      a.daysInQueue > 0 ? { ...a, name: hostileNames[i % hostileNames.length] as string } : a,
    ),
    table: 'visible',
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(
      '=HYPERLINK("http://evil.invalid","click")',
    );
  },
};

/** Long names are shortened in the rows and shown in full in the tooltip and the table. */
export const LongLabels: Story = {
  args: {
    data: customers.map((a) => ({
      ...a,
      name: `${a.name} — Regional Centre of Excellence for Integrated Care`,
    })),
  },
  play: async ({ canvasElement }) => {
    const names = Array.from(canvasElement.querySelectorAll('.kamkit-ranking__name'));
    for (const name of names) await expect(name.textContent?.endsWith('…')).toBe(true);
  },
};

/** 10,000 customers: the chart lists the top 10; the table lists the first 500 at risk. */
export const ManyAccounts: Story = {
  args: { data: manyAccounts(10_000) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.kamkit-ranking__row')).toHaveLength(10);
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^[\d,]+ accounts at risk hold \$[\d,]+ MRR/,
    );
    await expect(canvasElement.querySelector('.kamkit-ranking__more')).toHaveTextContent(
      /^and [\d,]+ more accounts at risk/,
    );
  },
};

/** Tab to the ranking, then move down with the arrow keys: the tooltip names the strongest signal. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('group')).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /Rank 1 of \d+ at risk\. Strongest signal: [a-z ]+ \(\+\d+\)$/,
    );
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Rank 3 of \d+ at risk/);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Rank 10 of \d+ at risk/);
  },
};
