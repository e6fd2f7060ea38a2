import { useEffect, useState } from 'react';

/** The app's pages, addressed by the URL hash (`#/portfolio`), so a static host can serve the app. */
export const pages = [
  { path: 'scenario', label: 'Scenario', labelDe: 'Szenario' },
  { path: 'portfolio', label: 'Portfolio', labelDe: 'Portfolio' },
  { path: 'prioritisation', label: 'Prioritisation', labelDe: 'Priorisierung' },
  { path: 'dashboard', label: 'KA dashboard', labelDe: 'KA-Dashboard' },
  { path: 'account-plan', label: 'Account plan', labelDe: 'Account-Plan' },
  { path: 'import', label: 'Import', labelDe: 'Import' },
] as const;

/** A page of the navigation, or `account`: one account's page (`#/account/<id>`), reached by drilling down. */
export type PagePath = (typeof pages)[number]['path'] | 'account';

/** Where the URL hash points: a page and, for the account page, the account's id. */
export interface Route {
  page: PagePath;
  /** The account of `#/account/<id>` (URL-decoded); `null` on every other page. */
  accountId: string | null;
}

/** The hash of an account's page. Ids are URL-encoded, so any id (spaces, slashes) survives the round trip. */
export function accountHref(id: string | number): string {
  return `#/account/${encodeURIComponent(String(id))}`;
}

/** Opens an account's page (a new history entry, so Back returns to the chart). */
export function openAccount(id: string | number): void {
  window.location.hash = accountHref(id);
}

/**
 * Reads a hash such as `#/prioritisation` or `#/account/acc-001`. An unknown page, an empty hash, or
 * `#/account/` without an id falls back to the portfolio (the app's first analysis page); a malformed
 * percent-encoding is taken literally.
 */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const account = /^account\/(.+)$/.exec(path);
  if (account) {
    let id = account[1] as string;
    try {
      id = decodeURIComponent(id);
    } catch {
      // A literal "%" in a hand-typed URL: keep the id as typed.
    }
    return { page: 'account', accountId: id };
  }
  const page = pages.find((p) => p.path === path)?.path ?? 'portfolio';
  return { page, accountId: null };
}

function current(): Route {
  return parseHash(typeof window === 'undefined' ? '' : window.location.hash);
}

/** The route named by the URL hash, following back/forward navigation. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const onChange = () => {
      setRoute(current());
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
