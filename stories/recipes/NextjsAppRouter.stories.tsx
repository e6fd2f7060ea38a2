import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { AccountsPareto } from './nextjs/app/AccountsPareto.client';
import { getAccounts } from './nextjs/app/accounts';
import { pushed } from './nextjs/navigationStub';

const meta = {
  title: 'Recipes/Next.js App Router',
  // The recipe's MDX page (NextjsAppRouter.mdx) is this file's docs page.
  tags: ['!autodocs'],
  loaders: [async () => ({ accounts: await getAccounts() })],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The recipe's client component as it is (`app/AccountsPareto.client.tsx`), with `next/navigation`'s router
 * standing in: Enter on a bar opens the account's page, the tooltip is the recipe's own, the bars measure the
 * contribution margin its accessor function computes.
 */
export const ClientComponent: Story = {
  render: (_args, { loaded }) => <AccountsPareto accounts={loaded.accounts} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: 'Pareto-Analyse des Deckungsbeitrags' })).toBeVisible();
    await userEvent.tab();
    await userEvent.keyboard('{Home}');
    // The largest contribution margin: 1,234,500 − 310,000 for Klinikum Nord.
    const tooltip = within(document.body).getByText('Kundenplan öffnen →').closest('.kamkit-tooltip');
    await expect(tooltip).toHaveTextContent('Klinikum Nord');
    await userEvent.keyboard('{Enter}');
    await expect(pushed.at(-1)).toBe('/accounts/K-1001');
  },
};
