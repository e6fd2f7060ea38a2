import { ParetoChart } from '@kamkit/react';
import { useState } from 'react';
import { demo } from './data/demo';
import type { Account } from './data/types';

type Theme = 'light' | 'dark';
type Locale = 'en-US' | 'de-DE';

const revenue2024 = (account: Account) => account.revenue['2024'];

/** The account-planning workspace on the built-in demo data. */
export function App() {
  const [theme, setTheme] = useState<Theme>('light');
  const [locale, setLocale] = useState<Locale>('en-US');
  const currency = 'EUR';
  return (
    <div className="app" data-kamkit-theme={theme === 'dark' ? 'dark' : undefined}>
      <header className="app__header">
        <h1>kamkit · account planning</h1>
        <div className="app__controls">
          <label>
            Theme{' '}
            <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label>
            Locale{' '}
            <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
              <option value="en-US">English (US)</option>
              <option value="de-DE">Deutsch</option>
            </select>
          </label>
        </div>
      </header>
      <main className="app__main">
        <section className="card" aria-labelledby="pareto-heading">
          <h2 id="pareto-heading">Who are the vital few?</h2>
          <p className="card__lead">
            Revenue 2024 of {demo.accounts.length} healthcare-cloud accounts, largest first.
          </p>
          <ParetoChart
            data={demo.accounts}
            value={revenue2024}
            label="name"
            locale={locale}
            currency={currency}
            width={900}
            height={380}
            table="toggle"
          />
        </section>
      </main>
    </div>
  );
}
