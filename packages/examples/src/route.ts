import { useEffect, useState } from 'react';

/** The app's pages, addressed by the URL hash (`#/portfolio`), so a static host can serve the app. */
export const pages = [
  { path: 'portfolio', label: 'Portfolio' },
  { path: 'prioritisation', label: 'Prioritisation' },
  { path: 'dashboard', label: 'KA dashboard' },
  { path: 'account-plan', label: 'Account plan' },
  { path: 'import', label: 'Import' },
] as const;

export type PagePath = (typeof pages)[number]['path'];

function current(): PagePath {
  const hash = typeof window === 'undefined' ? '' : window.location.hash.replace(/^#\/?/, '');
  return (pages.find((p) => p.path === hash)?.path ?? 'portfolio') as PagePath;
}

/** The page named by the URL hash, following back/forward navigation. */
export function useRoute(): PagePath {
  const [page, setPage] = useState<PagePath>(current);
  useEffect(() => {
    const onChange = () => setPage(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return page;
}
