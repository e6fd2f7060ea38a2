import {
  AbcChart,
  AbcMigrationChart,
  AbcXyzMatrix,
  abc,
  abcOverTime,
  concentration,
  LorenzChart,
  ParetoChart,
  pareto,
} from '@kamkit/react';
import { useMemo, useState } from 'react';
import { ChartCard } from '../components/ChartCard';
import { openSelectedAccount } from '../components/drill';
import { useText } from '../components/text';
import { YearSelect } from '../components/YearSelect';
import { useWorkspace, type WorkspaceAccount } from '../workspace';

/** Revenue of `year` for an account (`null`: no record that year). */
function revenueOf(year: string) {
  return (account: WorkspaceAccount) => account.revenue[year] ?? null;
}

/** The last 12 months of an account's MRR, for demand stability (XYZ). */
function lastYearMrr(account: WorkspaceAccount): number[] | null {
  return account.mrrSeries.length ? account.mrrSeries.slice(-12).map((point) => point.mrr) : null;
}

/** Portfolio: who are the vital few, which tier is each account in, how do tiers move, how concentrated? */
export function PortfolioPage() {
  const { data, settings } = useWorkspace();
  const t = useText();
  const years = data.years;
  const latest = years[years.length - 1] ?? '';
  const [year, setYear] = useState(latest);
  const activeYear = years.includes(year) ? year : latest;
  const previous = years[Math.max(0, years.indexOf(activeYear) - 1)] ?? activeYear;
  const [from, setFrom] = useState(previous);
  const migrationFrom = years.includes(from) && from !== activeYear ? from : previous;
  const revenue = useMemo(() => revenueOf(activeYear), [activeYear]);
  const perPeriod = useMemo(
    () => (account: WorkspaceAccount, period: string | number) => revenueOf(String(period))(account),
    [],
  );
  const format = { locale: settings.locale, currency: settings.currency };
  const hasMrr = data.accounts.some((a) => a.mrrSeries.length > 0);
  const yearControl = <YearSelect years={years} value={activeYear} onChange={setYear} />;

  return (
    <div className="grid">
      <ChartCard
        className="grid__wide"
        title={t('Who are the vital few?', 'Wer sind die wichtigen wenigen?')}
        lead={t(
          `Accounts by revenue ${activeYear}, largest first: the vital few make 80 % of it. Select a bar to open the account.`,
          `Konten nach Umsatz ${activeYear}, die größten zuerst: Die wichtigen wenigen machen 80 % davon. Einen Balken wählen, um das Konto zu öffnen.`,
        )}
        exportName={`pareto-${activeYear}`}
        controls={yearControl}
        csv={() => {
          const result = pareto(data.accounts, { value: revenue });
          return [
            ['Rank', 'Account', `Revenue ${activeYear}`, 'Share', 'Cumulative share', 'Vital few'],
            ...result.rows.map((r) => [r.rank, r.datum.name, r.value, r.share, r.cumulativeShare, r.vital]),
          ];
        }}
      >
        {({ width }) => (
          <ParetoChart
            data={data.accounts}
            value={revenue}
            label="name"
            {...format}
            width={width}
            height={width < 600 ? 320 : 380}
            table="toggle"
            onSelect={openSelectedAccount}
          />
        )}
      </ChartCard>

      <ChartCard
        title={t('Which tier is each account in?', 'In welcher Stufe ist jedes Konto?')}
        lead={t(
          `ABC tiers by revenue ${activeYear}: A up to 80 % of revenue, B up to 95 %, C the rest.`,
          `ABC-Stufen nach Umsatz ${activeYear}: A bis 80 % des Umsatzes, B bis 95 %, C der Rest.`,
        )}
        exportName={`abc-${activeYear}`}
        controls={yearControl}
        csv={() => {
          const result = abc(data.accounts, { value: revenue });
          return [
            ['Rank', 'Account', `Revenue ${activeYear}`, 'Cumulative share', 'Tier'],
            ...result.rows.map((r) => [r.rank, r.datum.name, r.value, r.cumulativeShare, r.tier]),
          ];
        }}
      >
        {({ width }) => (
          <AbcChart
            data={data.accounts}
            value={revenue}
            label="name"
            {...format}
            width={width}
            height={360}
            table="toggle"
          />
        )}
      </ChartCard>

      <ChartCard
        title={t('How do accounts move between tiers?', 'Wie wechseln Konten zwischen den Stufen?')}
        lead={t(
          `Tier in ${migrationFrom} (rows) against tier in ${activeYear} (columns); accounts with no revenue or no record in a year have a row and a column of their own.`,
          `Stufe ${migrationFrom} (Zeilen) gegen Stufe ${activeYear} (Spalten); Konten ohne Umsatz oder ohne Datensatz in einem Jahr haben eine eigene Zeile und Spalte.`,
        )}
        exportName={`abc-migration-${migrationFrom}-${activeYear}`}
        controls={
          <>
            <YearSelect
              label="From"
              years={years.filter((y) => y !== activeYear)}
              value={migrationFrom}
              onChange={setFrom}
            />
            {yearControl}
          </>
        }
        csv={() => {
          const result = abcOverTime(data.accounts, { periods: years, value: perPeriod });
          return [
            ['Account', ...years.map((y) => `Tier ${y}`), 'Tier of the total'],
            ...result.rows.map((r) => [r.datum.name, ...years.map((y) => r.states[y] ?? ''), r.aggregate]),
          ];
        }}
      >
        {({ width }) =>
          years.length < 2 ? (
            <p>
              {t(
                'Tier migration needs at least two years of revenue.',
                'Für Stufenwechsel braucht es mindestens zwei Jahre mit Umsatz.',
              )}
            </p>
          ) : (
            <AbcMigrationChart
              data={data.accounts}
              periods={years}
              value={perPeriod}
              from={migrationFrom}
              to={activeYear}
              label="name"
              {...format}
              width={width}
              height={420}
              table="toggle"
            />
          )
        }
      </ChartCard>

      <ChartCard
        title={t('How concentrated is revenue?', 'Wie konzentriert ist der Umsatz?')}
        lead={t(
          `Lorenz curve of revenue ${activeYear}: the further from the diagonal, the more depends on few accounts.`,
          `Lorenzkurve des Umsatzes ${activeYear}: Je weiter von der Diagonale, desto mehr hängt an wenigen Konten.`,
        )}
        exportName={`lorenz-${activeYear}`}
        controls={yearControl}
        csv={() => {
          const result = concentration(data.accounts, { value: revenue });
          return [
            ['Share of accounts (smallest first)', 'Share of revenue'],
            ...result.lorenz.map((p) => [p.x, p.y]),
            [],
            ['Gini', result.gini],
            ['HHI (points)', result.hhiPoints],
          ];
        }}
      >
        {({ width }) => (
          <LorenzChart
            data={data.accounts}
            value={revenue}
            label="name"
            {...format}
            width={width}
            height={360}
            table="toggle"
          />
        )}
      </ChartCard>

      {hasMrr ? (
        <ChartCard
          title={t("How stable is each tier's demand?", 'Wie stabil ist die Nachfrage jeder Stufe?')}
          lead={t(
            'ABC by revenue of the last 12 months against XYZ by the variation of monthly MRR (X steady, Y fluctuating, Z sporadic).',
            'ABC nach dem Umsatz der letzten 12 Monate gegen XYZ nach der Schwankung des monatlichen MRR (X stetig, Y schwankend, Z sporadisch).',
          )}
          exportName="abc-xyz"
        >
          {({ width }) => (
            <AbcXyzMatrix
              data={data.accounts}
              series={lastYearMrr}
              label="name"
              {...format}
              width={width}
              height={420}
              table="toggle"
            />
          )}
        </ChartCard>
      ) : null}
    </div>
  );
}
