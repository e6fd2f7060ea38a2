// app/page.tsx — a React Server Component (no 'use client'): it runs on the server only.
import { AbcChart, ParetoChart } from '@kamkit/react';
import { AccountsPareto } from './AccountsPareto.client';
import { getAccounts } from './accounts';

export default async function AccountsPage() {
  const accounts = await getAccounts();
  return (
    <main>
      <h1>Kunden 2024</h1>
      {/* Serialisable props only (records, field names, strings, numbers): no wrapper needed. */}
      <ParetoChart data={accounts} value="revenue" label="name" locale="de-DE" currency="EUR" />
      <AbcChart data={accounts} value="revenue" label="name" locale="de-DE" currency="EUR" table="toggle" />
      {/* Function props (events, tooltips, accessor functions) live in a client component. */}
      <AccountsPareto accounts={accounts} />
    </main>
  );
}
