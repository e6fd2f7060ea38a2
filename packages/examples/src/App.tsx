import type { ComponentType } from 'react';
import { useEffect } from 'react';
import { AccountPage } from './pages/AccountPage';
import { AccountPlanPage } from './pages/AccountPlanPage';
import { DashboardPage } from './pages/DashboardPage';
import { ImportPage } from './pages/ImportPage';
import { PortfolioPage } from './pages/PortfolioPage';
import { PrioritisationPage } from './pages/PrioritisationPage';
import { ScenarioPage } from './pages/ScenarioPage';
import { type PagePath, pages, useRoute } from './route';
import { useWorkspace, WorkspaceProvider } from './workspace';

const pageViews: Record<PagePath, ComponentType> = {
  scenario: ScenarioPage,
  portfolio: PortfolioPage,
  prioritisation: PrioritisationPage,
  dashboard: DashboardPage,
  'account-plan': AccountPlanPage,
  import: ImportPage,
  account: AccountPage,
};

function Shell() {
  const { page, accountId } = useRoute();
  const { data, settings, setSettings, setImported } = useWorkspace();
  const german = settings.locale.startsWith('de');
  const View = pageViews[page];
  const entry = pages.find((p) => p.path === page);
  const title =
    page === 'account'
      ? (data.accounts.find((a) => a.id === accountId)?.name ?? (german ? 'Konto' : 'Account'))
      : entry
        ? german
          ? entry.labelDe
          : entry.label
        : '';
  useEffect(() => {
    document.title = `${title} · kamkit workspace`;
    document.documentElement.lang = settings.locale.slice(0, 2);
  }, [title, settings.locale]);

  return (
    <div className="app" data-kamkit-theme={settings.theme === 'dark' ? 'dark' : undefined}>
      <header className="app__header">
        <div className="app__brand">
          <h1>kamkit · account planning</h1>
          <p className="app__source">
            {data.source.kind === 'demo' ? (
              german ? (
                'Demodaten: ein fiktives Portfolio eines Cloud-Anbieters im Gesundheitswesen'
              ) : (
                'Demo data: a fictional healthcare-cloud portfolio'
              )
            ) : (
              <>
                {german ? 'Ihre Datei:' : 'Your file:'} <strong>{data.source.name}</strong> (
                {data.accounts.length} {german ? 'Konten' : 'accounts'}){' '}
                <button type="button" className="link" onClick={() => setImported(null)}>
                  {german ? 'Zurück zu den Demodaten' : 'Back to demo data'}
                </button>
              </>
            )}
          </p>
        </div>
        <div className="app__controls">
          <label>
            {german ? 'Darstellung' : 'Theme'}{' '}
            <select
              value={settings.theme}
              onChange={(e) => setSettings({ ...settings, theme: e.target.value as 'light' | 'dark' })}
            >
              <option value="light">{german ? 'Hell' : 'Light'}</option>
              <option value="dark">{german ? 'Dunkel' : 'Dark'}</option>
            </select>
          </label>
          <label>
            {german ? 'Sprache' : 'Locale'}{' '}
            <select
              value={settings.locale}
              onChange={(e) => setSettings({ ...settings, locale: e.target.value as 'en-US' | 'de-DE' })}
            >
              <option value="en-US">English (US)</option>
              <option value="de-DE">Deutsch</option>
            </select>
          </label>
        </div>
        <nav className="app__nav" aria-label={german ? 'Seiten' : 'Pages'}>
          {pages.map((p) => (
            <a key={p.path} href={`#/${p.path}`} aria-current={p.path === page ? 'page' : undefined}>
              {german ? p.labelDe : p.label}
            </a>
          ))}
        </nav>
      </header>
      <main className="app__main">
        <h2 className="visually-hidden">{title}</h2>
        <View />
      </main>
    </div>
  );
}

/** The account-planning workspace: demo data or the user's spreadsheet, in the browser. */
export function App() {
  return (
    <WorkspaceProvider>
      <Shell />
    </WorkspaceProvider>
  );
}
