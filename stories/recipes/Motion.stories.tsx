import { ParetoChart } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { sampleAccounts } from '../fixtures';

/** Twelve accounts with a year's revenue each: 2024 moves every account by −25 % … +34 % (fixed steps). */
const accounts = sampleAccounts(12).map((account, i) => ({
  ...account,
  revenue: { 2023: account.revenue, 2024: Math.round(account.revenue * (0.75 + ((i * 37) % 60) / 100)) },
}));
const YEARS = ['2023', '2024'] as const;
type Year = (typeof YEARS)[number];

/** A year switch above a Pareto chart: the same accounts (ids), another year's revenue. */
function YearSwitch({ animate }: { animate?: boolean }) {
  const [year, setYear] = useState<Year>('2023');
  return (
    <div>
      <fieldset style={{ display: 'flex', gap: 8, margin: '0 0 8px', border: 0, padding: 0 }}>
        <legend>Year</legend>
        {YEARS.map((y) => (
          <button key={y} type="button" aria-pressed={y === year} onClick={() => setYear(y)}>
            {y}
          </button>
        ))}
      </fieldset>
      <ParetoChart
        data={accounts}
        value={(a) => a.revenue[year]}
        label="name"
        height={300}
        animate={animate}
        title={`Revenue ${year}`}
      />
    </div>
  );
}

const meta = {
  title: 'Recipes/Motion',
  component: ParetoChart,
  parameters: {
    docs: {
      description: {
        component:
          'When the data changes in place — another year, other weights, a series hidden from the legend — the ' +
          'marks move to their new places (CSS transitions of their geometry, 0.3 s; your own `transition-duration` ' +
          'rule changes it). Never on the first paint or when the chart is resized, never under ' +
          '`prefers-reduced-motion: reduce`, and not at all with `animate={false}`. Chromium and Firefox move ' +
          'bars, bubbles and lines; Safari moves bars and bubbles and draws lines at their new place at once.',
      },
    },
  },
} satisfies Meta<typeof ParetoChart>;

export default meta;
type Story = StoryObj<typeof meta>;

const transitions = (root: Element) =>
  root.getAnimations({ subtree: true }).filter((a) => a instanceof CSSTransition);

/** Switch the year: the bars grow and shrink to the new revenue, the cumulative line follows. */
export const YearSwitchMoves: Story = {
  args: { data: [] },
  render: () => <YearSwitch />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const chart = canvasElement.querySelector('.kamkit-chart') as HTMLElement;
    await waitFor(() => expect(chart).toHaveAttribute('data-kamkit-motion'));
    await expect(transitions(chart)).toHaveLength(0);
    await userEvent.click(canvas.getByRole('button', { name: '2024' }));
    await waitFor(() => expect(transitions(chart).length).toBeGreaterThan(0));
  },
};

/** The same switch with `animate={false}`: the marks jump to the new year. */
export const WithoutMotion: Story = {
  args: { data: [] },
  render: () => <YearSwitch animate={false} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const chart = canvasElement.querySelector('.kamkit-chart') as HTMLElement;
    await userEvent.click(canvas.getByRole('button', { name: '2024' }));
    await expect(canvas.getByRole('img', { name: 'Revenue 2024' })).toBeInTheDocument();
    await expect(transitions(chart)).toHaveLength(0);
  },
};
