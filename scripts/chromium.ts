import { existsSync } from 'node:fs';

/** Flags for Debian's Chromium in a sandboxed CI container (root, no GPU, no network but localhost). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium; never a downloaded browser. `CHROMIUM_PATH` overrides. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  // Not installed yet: the README's test command installs it; a browser test then fails with a clear message.
  return '/usr/bin/chromium';
}
