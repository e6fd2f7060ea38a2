'use client';
// app/AccountsPareto.client.tsx — a client component: it may pass functions to the chart.
import { ParetoChart } from '@kamkit/react';
import { useRouter } from 'next/navigation';
import type { Account } from './accounts';

export function AccountsPareto({ accounts }: { accounts: Account[] }) {
  const router = useRouter();
  return (
    <ParetoChart
      data={accounts}
      // An accessor function: the contribution margin is computed, not a field.
      value={(account) => account.revenue - account.costToServe}
      label="name"
      locale="de-DE"
      currency="EUR"
      messages={{ pareto: { title: 'Pareto-Analyse des Deckungsbeitrags', value: 'Deckungsbeitrag' } }}
      // Click, Enter or Space on a bar opens the account's page.
      onSelect={(item) => {
        if (item?.kind === 'account') router.push(`/accounts/${item.id}`);
      }}
      renderTooltip={(item) =>
        item.datum ? (
          <div>
            <strong>{item.datum.name}</strong>
            <p className="kamkit-tooltip__line">Kundenplan öffnen →</p>
          </div>
        ) : (
          <strong>{item.accounts.length} Konten</strong>
        )
      }
    />
  );
}
