import { AbcChart, ParetoChart } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { type CsvAccounts, csvToAccounts } from './csv/csvToAccounts';
// A customer list as Excel saves it in Germany: `;` between cells, `1.234,50` numbers; row 7 has text.
import KUNDENLISTE from './csv/Kundenliste.csv?raw';
import { ProblemList } from './csv/ProblemList';

/** The imported accounts in a Pareto and an ABC chart, and the file's problems below them. */
function CsvReport({ imported, locale }: { imported: CsvAccounts; locale: string }) {
  const { accounts, issues } = imported;
  return (
    <div>
      <ParetoChart data={accounts} value="revenue" label="name" locale={locale} currency="EUR" height={340} />
      <AbcChart data={accounts} value="revenue" label="name" locale={locale} currency="EUR" height={340} />
      <div style={{ fontSize: 14, lineHeight: 1.5, maxWidth: 720 }}>
        <ProblemList issues={issues} locale={locale} />
      </div>
    </div>
  );
}

const meta = {
  title: 'Recipes/My CSV to a chart',
  // The recipe's MDX page (CsvToChart.mdx) is this file's docs page.
  tags: ['!autodocs'],
  loaders: [async () => ({ imported: await csvToAccounts(KUNDENLISTE, 'Kundenliste.csv') })],
  render: (_args, { loaded }) => <CsvReport imported={loaded.imported as CsvAccounts} locale="de-DE" />,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The CSV imported in the browser: 12 rows read, row 7 skipped ("n/a" is not a number) and listed with its
 * row and column; the other 11 accounts in both charts, their German numbers read as numbers.
 */
export const GermanCsv: Story = {
  play: async ({ canvasElement, loaded }) => {
    const imported = loaded.imported as CsvAccounts;
    await expect(imported.rowCount).toBe(12);
    await expect(imported.skippedRows).toBe(1);
    await expect(imported.accounts).toHaveLength(11);
    await expect(imported.accounts[0]).toEqual({ id: 'K-1001', name: 'Klinikum Nord', revenue: 1_234_500 });
    await expect(imported.accounts.find((a) => a.id === 'K-1010')?.revenue).toBe(18_750.25);

    const canvas = within(canvasElement);
    // 1,234,500 + 612,300.50 + 398,750 = 2,245,550.50 is 79.6 % of 2,821,410.75: the fourth account crosses 80 %.
    const [pareto] = canvas.getAllByRole('img');
    await expect(pareto).toHaveAccessibleDescription(
      /^4 von 11 Konten \(36\s%\) machen 80\s% des Umsatzes aus\./,
    );
    await expect(pareto?.querySelectorAll('.kamkit-bar')).toHaveLength(11);

    const problems = canvas.getByRole('region', { name: 'Probleme: 1 Fehler, 0 Warnungen' });
    const [problem, ...more] = within(problems).getAllByRole('listitem');
    await expect(more).toHaveLength(0);
    await expect(problem).toHaveTextContent(
      'Fehler — Zeile 7, Spalte C (Umsatz 2024): „Umsatz 2024“: „n/a“ ist keine Zahl. Zeile übersprungen.',
    );
    // The skipped row is in neither chart (nor in their data tables).
    await expect(canvas.queryByText(/Hausarztpraxis Lindenhof/)).toBeNull();
  },
};
