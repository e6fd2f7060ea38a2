import { WhitespaceMatrix } from '@kamkit/react';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { demo, offeredTo, potentialOf } from '../data/demo';
import type { Account, Product } from '../data/types';
import { openAccount } from '../route';
import { ChartCard } from './ChartCard';
import { audienceLabel } from './products';
import { useText } from './text';

/** Narrowest width the matrix is drawn at (below, the amounts no longer fit their cells). */
const MIN_WIDTH = 820;

/**
 * The demo's cross-sell whitespace: accounts × products, the products for accounts new to us (cloud products
 * for the acquired base) and for our existing accounts (the acquired company's tools) as two column groups;
 * a product not offered to an account is blank, not whitespace. Selecting an account's name or one of its cells
 * (a cell stands for one account and one product) opens the account's page.
 */
export function CrossSellMatrix({
  width,
  locale,
  currency,
  maxRows = 15,
  accounts = demo.accounts,
}: {
  /** The accounts (rows). Default: every demo account; the account page passes its one account. */
  accounts?: readonly Account[];
  width: number;
  locale: string;
  currency: string;
  maxRows?: number;
}) {
  const t = useText();
  // Only the holdings of the accounts shown: the chart reports a holding of an account not in `data` as left out.
  const holdings = useMemo(() => {
    if (accounts === demo.accounts) return demo.holdings;
    const ids = new Set(accounts.map((a) => a.id));
    return demo.holdings.filter((h) => ids.has(h.accountId));
  }, [accounts]);
  return (
    // Five product columns of money and their group headers need about 820 px; narrower, the matrix keeps that width and scrolls sideways.
    <div className="scroll-x scroll-wide" style={{ '--chart-min': `${MIN_WIDTH}px` } as CSSProperties}>
      <WhitespaceMatrix
        data={accounts}
        products={demo.products}
        holdings={holdings}
        eligible={offeredTo}
        potential={potentialOf}
        label="name"
        productLabel={locale.startsWith('de') ? 'nameDe' : 'name'}
        productGroup={(p: Product) => audienceLabel(p.audience, t)}
        maxRows={maxRows}
        locale={locale}
        currency={currency}
        width={Math.max(width, MIN_WIDTH)}
        table="toggle"
        onSelect={(item) => {
          const account = item && item.accounts.length === 1 ? item.accounts[0] : undefined;
          if (account) openAccount(account.id);
        }}
      />
    </div>
  );
}

/** The Prioritisation page's cross-sell card: the whitespace of every demo account. */
export function CrossSellCard({ locale, currency }: { locale: string; currency: string }) {
  const t = useText();
  const format = { locale, currency };
  return (
    <ChartCard
      className="grid__wide"
      title={t('Where can we cross-sell?', 'Wo können wir zusätzlich verkaufen?')}
      lead={t(
        'Which products each account holds (owned, pilot) and the MRR still to win where a product is offered: cloud products for the accounts new to us, the acquired tools for our existing accounts. Select an account to open it.',
        'Welche Produkte jedes Konto hat (gekauft, Pilot) und der noch zu gewinnende MRR, wo ein Produkt angeboten wird: Cloud-Produkte für die neuen Kunden, die übernommenen Werkzeuge für die bestehenden. Ein Konto wählen, um es zu öffnen.',
      )}
      exportName="whitespace"
    >
      {({ width }) => <CrossSellMatrix width={width} {...format} />}
    </ChartCard>
  );
}
