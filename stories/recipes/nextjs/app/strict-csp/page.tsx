// app/strict-csp/page.tsx — a Server Component whose charts leave their <style> elements out: the layout links
// the same CSS as a file.
import { ParetoChart } from '@kamkit/react';
import { getAccounts } from '../accounts';

export default async function StrictCspPage() {
  const accounts = await getAccounts();
  return <ParetoChart data={accounts} value="revenue" label="name" locale="de-DE" injectStyles={false} />;
}
