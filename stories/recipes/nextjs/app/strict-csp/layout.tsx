// app/strict-csp/layout.tsx — the kit's static stylesheet, for a Content Security Policy without inline styles
// (`style-src 'self'`): Next.js bundles the imported CSS into a file it links from <head>.
import '@kamkit/react/styles.css';
import type { ReactNode } from 'react';

export default function StrictCspLayout({ children }: { children: ReactNode }) {
  return <section>{children}</section>;
}
