import type { Criterion } from '@kamkit/react';
import { ScoreBreakdown } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo, flagship } from '../packages/examples/src/data/demo';
import { mulberry32 } from '../packages/examples/src/data/generate';
import type { Account } from '../packages/examples/src/data/types';
import { textClashes } from './textClashes';

/** The slide's criteria, read from the demo's nested scores; `null` when a rating is missing. */
type Rated = Account & { missing?: string };
const criteria: Criterion<Rated>[] = [
  ...demo.criteria.growth.map((c) => ({
    key: c.key,
    label: c.label,
    axis: 'growth' as const,
    weight: c.weight,
    value: (a: Rated) => (a.missing === c.key ? null : a.growth[c.key]),
  })),
  ...demo.criteria.harmony.map((c) => ({
    key: c.key,
    label: c.label,
    axis: 'harmony' as const,
    weight: c.weight,
    value: (a: Rated) => (a.missing === c.key ? null : a.harmony[c.key]),
  })),
];

/** The German criterion names of the slide template. */
const criteriaDe: Criterion<Rated>[] = criteria.map((c) => ({
  ...c,
  label: [...demo.criteria.growth, ...demo.criteria.harmony].find((d) => d.key === c.key)?.labelDe,
}));

const meta = {
  title: 'Charts/ScoreBreakdown',
  component: ScoreBreakdown<Rated>,
  args: {
    data: demo.accounts,
    criteria,
    account: flagship.id,
    label: 'name',
    width: 720,
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    criteria: { control: false },
    label: { control: false },
    id: { control: false },
    quadrants: { control: false },
    account: { control: 'select', options: demo.accounts.slice(0, 20).map((a) => a.id) },
    normalize: { control: 'inline-radio', options: [undefined, 'scale', 'minmax', 'rank'] },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as string | undefined) ?? 'en-US';
    return <ScoreBreakdown {...args} locale={locale} />;
  },
} satisfies Meta<typeof ScoreBreakdown<Rated>>;

export default meta;
type Story = StoryObj<typeof meta>;

const bar = (canvasElement: HTMLElement, selector: string) =>
  canvasElement.querySelector(`${selector} rect.kamkit-breakdown__bar`) as SVGRectElement;

/**
 * The flagship account: per axis, each criterion's weighted contribution (weight share × 0–100 score) as a
 * waterfall that ends at the axis score; then the total.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('img', { name: 'Score breakdown of Mount Meridian Health System' }),
    ).toHaveAccessibleDescription(
      // Growth 100: both growth ratings are 10. Harmony 67.8: 0.3 × 8 + 0.2 × 6 + 0.2 × 7 + 0.3 × 7 = 7.1 on 1–10.
      // Both growth criteria add +50; the tie goes to the first in the criteria's order.
      'Mount Meridian Health System scores 83.9 of 100 (rank 2 of 150, Key): growth potential 100, harmony 67.8. Revenue growth contributes most (+50 to growth potential).',
    );
    await expect(canvasElement.querySelectorAll('[data-kind="criterion"]')).toHaveLength(6);
    // The growth waterfall ends where the growth bar ends.
    const axis = bar(canvasElement, '[data-kind="axis"][data-axis="growth"]').getBBox();
    const last = bar(canvasElement, '[data-criterion="revenuePotential"]').getBBox();
    await expect(Math.abs(last.x + last.width - (axis.x + axis.width))).toBeLessThan(0.5);
    await expect(canvasElement.querySelector('.kamkit-headline')).toHaveTextContent(
      /^83\.9 of 100 · Mount Meridian Health SystemRank 2 of 150 · Key quadrant/,
    );
  },
};

/**
 * A phone's width (358 px, a 390 px screen less the page's padding), in German: each criterion's name, weight,
 * value and points on one line and its bar below it across the chart, so the names stay whole and the scale
 * readable.
 */
export const PhoneWidth: Story = {
  args: { width: 358, locale: 'de-DE', criteria: criteriaDe },
  play: async ({ canvasElement }) => {
    await expect(textClashes(canvasElement)).toEqual([]);
    const names = Array.from(canvasElement.querySelectorAll('.kamkit-breakdown__name'), (t) => t.textContent);
    await expect(names).toContain('Umsatzpotenzial');
    await expect(names).toContain('Strategische Passung');
    await expect(names.some((name) => name?.endsWith('…'))).toBe(false);
    const ticks = Array.from(
      canvasElement.querySelectorAll('.kamkit-column-titles text'),
      (t) => t.textContent,
    );
    await expect(ticks).toEqual(['Kriterium', 'Gewicht', 'Wert', '0', '25', '50', '75', '100', 'Punkte']);
  },
};

/** The dark palette. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const fill = getComputedStyle(bar(canvasElement, '[data-criterion="strategicFit"]')).fill;
    await expect(fill).toBe('rgb(62, 201, 160)');
  },
};

/** A brand theme made only of CSS variables: growth follows `--kamkit-accent`. */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    const fill = getComputedStyle(bar(canvasElement, '[data-criterion="revenuePotential"]')).fill;
    await expect(fill).toBe('rgb(109, 40, 217)');
  },
};

/** German: the slide's criterion names, decimal commas ("67,8"), percentages with a space ("50 %"). */
export const GermanLocale: Story = {
  args: {
    locale: 'de-DE',
    criteria: criteriaDe,
    table: 'visible',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /: Wachstumspotenzial 100, Harmonie 67,8\./,
    );
    await expect(canvas.getByRole('table')).toHaveTextContent('Umsatzpotenzial');
    await expect(canvasElement.querySelector('[data-criterion="revenuePotential"]')).toHaveTextContent(
      '50 %',
    );
  },
};

/** One account in the data: rank 1 of 1. */
export const OneAccount: Story = {
  args: { data: [flagship] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^Mount Meridian Health System scores 83\.9 of 100 \(rank 1 of 1, Key\)/,
    );
  },
};

/** No data: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [], account: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No accounts to break down.',
    );
    await expect(canvasElement.querySelector('.kamkit-empty')).toHaveTextContent(
      'No accounts to break down.',
    );
  },
};

/** A rating is missing: the row is flagged "not scored" and the other harmony weights are renormalised (strategic fit 0.3 of 0.8). */
export const IncompleteScores: Story = {
  args: { data: demo.accounts.map((a) => (a.id === flagship.id ? { ...a, missing: 'culture' } : a)) },
  play: async ({ canvasElement }) => {
    const row = canvasElement.querySelector('[data-criterion="culture"]');
    await expect(row).toHaveAttribute('data-incomplete', 'true');
    await expect(row).toHaveTextContent('not scored');
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /Culture is missing; the other harmony weights were renormalised\.$/,
    );
    await expect(canvasElement.querySelector('[data-criterion="strategicFit"]')).toHaveTextContent('37%');
  },
};

/** Labels are data: markup in the account's and the criteria's names shows as text. */
export const HostileLabels: Story = {
  args: {
    data: demo.accounts.map((a) =>
      a.id === flagship.id ? { ...a, name: '<img src=x onerror=alert(1)>' } : a,
    ),
    criteria: criteria.map((c, i) => (i === 0 ? { ...c, label: '</title><script>alert(1)</script>' } : c)),
    table: 'visible',
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleName(
      'Score breakdown of <img src=x onerror=alert(1)>',
    );
    await expect(within(canvasElement).getByRole('table')).toHaveTextContent(
      '</title><script>alert(1)</script>',
    );
  },
};

/** Long names: the account's name wraps in the headline; long criterion names are shortened in the rows. */
export const LongLabels: Story = {
  args: {
    account: 'acc-007',
    data: demo.accounts.map((a) =>
      a.id === 'acc-007'
        ? { ...a, name: 'Universitätsklinikum Schleswig-Holstein-Mecklenburg-Vorpommern Verbund gGmbH' }
        : a,
    ),
    criteria: criteria.map((c) =>
      c.key === 'revenuePotential'
        ? { ...c, label: 'Revenue still to win from the products we offer them' }
        : c,
    ),
  },
  play: async ({ canvasElement }) => {
    const name = canvasElement.querySelector('[data-criterion="revenuePotential"] .kamkit-breakdown__name');
    await expect(name?.textContent?.endsWith('…')).toBe(true);
    await expect(canvasElement.querySelector('.kamkit-headline')).toHaveTextContent(
      'Universitätsklinikum Schleswig-Holstein-Mecklenburg-Vorpommern Verbund gGmbH',
    );
  },
};

/** 10,000 accounts with percentile-rank normalisation: one account's breakdown against all of them. */
export const ManyAccounts: Story = {
  args: {
    normalize: 'rank',
    data: (() => {
      const random = mulberry32(7);
      return Array.from({ length: 10_000 }, (_, i) => {
        const base = demo.accounts[i % demo.accounts.length] as Account;
        const r = () => Math.round(1 + random() * 9);
        return {
          ...base,
          id: i === 0 ? base.id : `x${i}`,
          growth: { ...base.growth, revenueGrowth: r(), revenuePotential: r() },
          harmony: { strategicFit: r(), culture: r(), vision: r(), strategy: r() },
        };
      });
    })(),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /\(rank [\d,]+ of 10,000, /,
    );
  },
};

/** Tab to the chart, then move down the criteria with the arrow keys: the tooltip explains each contribution. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const explorer = canvas.getByRole('group');
    await expect(explorer).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Growth potential\. 100 of 100\./);
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Revenue growth (growth potential). Value: 10 → score 100 of 100. Weight: 0.5 (50% of growth potential). Contribution: +50 to growth potential, +25 to the total',
    );
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^Total score\. 83\.9 of 100 · rank 2 of 150\. Key quadrant$/,
    );
  },
};
