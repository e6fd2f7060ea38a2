import { ParetoChart, pareto } from '@kamkit/react';
import { useMemo, useState } from 'react';
import { ChartCard } from '../components/ChartCard';
import { YearSelect } from '../components/YearSelect';
import type { Account } from '../data/types';
import { useWorkspace } from '../workspace';

/** Portfolio: who are the vital few, which tier is each account in, and how concentrated is revenue? */
export function PortfolioPage() {
  const { data, settings } = useWorkspace();
  const latest = data.years[data.years.length - 1] ?? '';
  const [year, setYear] = useState(latest);
  const activeYear = data.years.includes(year) ? year : latest;
  const revenue = useMemo(
    () => (account: Account) => account.revenue[activeYear as keyof Account['revenue']] ?? null,
    [activeYear],
  );
  const format = { locale: settings.locale, currency: settings.currency };

  return (
    <div className="grid">
      <ChartCard
        className="grid__wide"
        title="Who are the vital few?"
        lead={`Accounts by revenue ${activeYear}, largest first: the vital few make 80 % of it.`}
        exportName={`pareto-${activeYear}`}
        controls={<YearSelect years={data.years} value={activeYear} onChange={setYear} />}
        csv={() => {
          const result = pareto(data.accounts, { value: revenue });
          return [
            ['Rank', 'Account', 'Revenue', 'Share', 'Cumulative share', 'Vital few'],
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
          />
        )}
      </ChartCard>
    </div>
  );
}
