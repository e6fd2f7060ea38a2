import { ScoreBreakdown } from '@kamkit/react';
import { useMemo } from 'react';
import { ChartCard } from '../components/ChartCard';
import { CrossSellMatrix } from '../components/CrossSellMatrix';
import { activeAccounts, axesScorable, buildCriteria, defaultWeights } from '../components/criteria';
import { useText } from '../components/text';
import { demo } from '../data/demo';
import { pages, useRoute } from '../route';
import { useWorkspace } from '../workspace';

/**
 * One account's page, opened by drilling down from a chart (a Pareto bar, a matrix bubble, a scoring-table row):
 * its facts, why it scores as it does, and (demo data) which products it holds and could buy. The flagship links
 * on to its account plan (the stakeholder map).
 */
export function AccountPage() {
  const { accountId } = useRoute();
  const { data, settings } = useWorkspace();
  const t = useText();
  const account = data.accounts.find((a) => a.id === accountId);
  const criteria = useMemo(() => buildCriteria(defaultWeights, settings.locale), [settings.locale]);
  // Scored among the accounts still with us, as on the Prioritisation page, so the rank here is the rank there.
  const active = useMemo(() => activeAccounts(data.accounts), [data.accounts]);
  const format = { locale: settings.locale, currency: settings.currency };
  const money = new Intl.NumberFormat(settings.locale, {
    style: 'currency',
    currency: settings.currency,
    maximumFractionDigits: 0,
  });
  const demoAccount = data.source.kind === 'demo' ? demo.accounts.find((a) => a.id === accountId) : undefined;
  if (!account) {
    return (
      <section className="card">
        <h2 id="account-name">{t('No such account', 'Kein solches Konto')}</h2>
        <p>
          {t('No account has the id', 'Kein Konto hat die Id')} <code>{accountId}</code>.{' '}
          <a href="#/portfolio">{t('Back to the portfolio', 'Zurück zum Portfolio')}</a>
        </p>
      </section>
    );
  }
  const facts: [string, string][] = [
    [t('Segment', 'Segment'), account.segment ?? '—'],
    [t('Country', 'Land'), account.country ?? '—'],
    [t('Plan', 'Plan'), account.plan ?? '—'],
    [t('MRR', 'MRR'), account.mrr == null ? '—' : money.format(account.mrr)],
    ...data.years.map((y): [string, string] => {
      const value = account.revenue[y];
      return [`${t('Revenue', 'Umsatz')} ${y}`, value == null ? '—' : money.format(value)];
    }),
    [t('Customer since', 'Kunde seit'), account.customerSince ?? '—'],
  ];
  const planLabel = pages.find((p) => p.path === 'account-plan');
  return (
    <div className="grid">
      <section className="card grid__wide account-facts" aria-labelledby="account-name">
        <p className="account-facts__back">
          <button type="button" className="link" onClick={() => window.history.back()}>
            ← {t('Back', 'Zurück')}
          </button>
        </p>
        <h2 id="account-name">{account.name}</h2>
        <dl>
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {account.id === data.flagshipId && planLabel ? (
          <p>
            <a href="#/account-plan">
              {t('Open the account plan (stakeholder map)', 'Account-Plan öffnen (Stakeholder-Karte)')} →
            </a>
          </p>
        ) : null}
      </section>
      {axesScorable(defaultWeights) && account.churnedAt != null ? (
        <section className="card">
          <h2>{t('Why does it score as it does?', 'Warum erhält das Konto diese Bewertung?')}</h2>
          <p>
            {t(
              `Not scored: the account churned in ${account.churnedAt}, and the scoring covers the accounts still with us.`,
              `Nicht bewertet: Das Konto hat ${account.churnedAt} gekündigt, und die Bewertung umfasst die Konten, die noch Kunden sind.`,
            )}
          </p>
        </section>
      ) : null}
      {axesScorable(defaultWeights) && account.churnedAt == null ? (
        <ChartCard
          title={t('Why does it score as it does?', 'Warum erhält das Konto diese Bewertung?')}
          exportName={`score-breakdown-${account.id}`}
        >
          {({ width }) => (
            <ScoreBreakdown
              data={active}
              criteria={criteria}
              account={account.id}
              label="name"
              {...format}
              width={width}
              table="toggle"
            />
          )}
        </ChartCard>
      ) : null}
      {demoAccount ? (
        <ChartCard
          className="grid__wide"
          title={t(
            'Which products does it hold, which could it buy?',
            'Welche Produkte hat es, welche könnte es kaufen?',
          )}
          exportName={`whitespace-${account.id}`}
        >
          {({ width }) => <CrossSellMatrix accounts={[demoAccount]} width={width} {...format} />}
        </ChartCard>
      ) : null}
    </div>
  );
}
