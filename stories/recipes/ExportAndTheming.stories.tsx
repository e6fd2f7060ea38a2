import { ExportMenu, exportSvg, ParetoChart } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { expect, within } from 'storybook/test';
import { sampleAccounts } from '../fixtures';

const accounts = sampleAccounts(24);

/** A card with a Pareto chart and the export buttons; the card's ref is the export target. */
function ExportCard({ locale }: { locale?: string }) {
  const card = useRef<HTMLDivElement>(null);
  return (
    <div ref={card}>
      <ExportMenu target={card} filename="pareto" locale={locale} />
      <ParetoChart data={accounts} value="revenue" label="name" height={320} locale={locale} />
    </div>
  );
}

const meta = {
  title: 'Recipes/Export and theming',
  component: ExportMenu,
  parameters: {
    docs: { description: { component: 'See **Recipes / Theming and strict CSP** for the details.' } },
  },
} satisfies Meta<typeof ExportMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

/** SVG, PNG (2×) and CSV downloads of the chart beside the buttons; the menu is left out of the files. */
export const Export: Story = {
  args: { target: { current: null } },
  render: () => <ExportCard />,
  play: async ({ canvasElement }) => {
    const menu = within(canvasElement).getByRole('group', { name: 'Download the chart' });
    await expect(within(menu).getAllByRole('button')).toHaveLength(3);
    const svg = exportSvg(canvasElement.querySelector('.kamkit-chart') as Element);
    await expect(svg).not.toMatch(/ style="[^"]*(var\(|color-mix|oklch)/);
    await expect(svg).not.toContain('Download');
  },
};

/** The same in German (`locale="de-DE"`). */
export const ExportGerman: Story = {
  args: { target: { current: null } },
  render: () => <ExportCard locale="de-DE" />,
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: 'Daten als CSV herunterladen' }),
    ).toBeVisible();
  },
};

/** shadcn/ui tokens written the Tailwind v3 way, declared with `data-kamkit-tokens="hsl-triples"`. */
export const ShadcnHslTriples: Story = {
  args: { target: { current: null } },
  render: () => (
    <div
      data-kamkit-tokens="hsl-triples"
      style={{ ['--chart-1' as string]: '12 76% 61%', ['--chart-2' as string]: '173 58% 39%' }}
    >
      <ParetoChart data={accounts} value="revenue" label="name" height={320} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const bar = canvasElement.querySelector('.kamkit-bar[data-vital=true]') as Element;
    await expect(getComputedStyle(bar).fill).toBe('rgb(231, 110, 80)');
  },
};

/** shadcn/ui tokens written the Tailwind v4 way (`oklch()`): nothing to declare. */
export const ShadcnOklch: Story = {
  args: { target: { current: null } },
  render: () => (
    <div
      style={{
        ['--chart-1' as string]: 'oklch(0.646 0.222 41.116)',
        ['--chart-2' as string]: 'oklch(0.6 0.118 184.704)',
      }}
    >
      <ParetoChart data={accounts} value="revenue" label="name" height={320} />
    </div>
  ),
};

/** `theme="light"` inside a dark page: the chart keeps its light palette and paints its own background. */
export const LightChartOnDarkPage: Story = {
  args: { target: { current: null } },
  render: () => (
    <div className="dark" style={{ background: '#111418', color: '#e7eaee', padding: 16 }}>
      <ParetoChart data={accounts} value="revenue" label="name" height={320} theme="light" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.kamkit-chart') as Element;
    await expect(getComputedStyle(root).backgroundColor).toBe('rgb(255, 255, 255)');
  },
};
