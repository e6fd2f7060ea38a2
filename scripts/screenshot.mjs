#!/usr/bin/env node
// Screenshots of pages in Debian's headless Chromium, for looking at what we render.
// Usage: node scripts/screenshot.mjs <out-dir> <name>=<url> [<name>=<url> …]
//   Env: WIDTH (default 1000), HEIGHT (default 700), SELECTOR (wait for it; default none), FULL=1 (full page).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [outDir, ...targets] = process.argv.slice(2);
if (!outDir || targets.length === 0) {
  console.error('usage: node scripts/screenshot.mjs <out-dir> <name>=<url> …');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});
const page = await browser.newPage({
  viewport: { width: Number(process.env.WIDTH ?? 1000), height: Number(process.env.HEIGHT ?? 700) },
  deviceScaleFactor: Number(process.env.SCALE ?? 1),
});
const errors = [];
page.on('console', (message) => {
  if (message.type() === 'error') errors.push(message.text());
});
page.on('pageerror', (error) => errors.push(String(error)));
for (const target of targets) {
  const at = target.indexOf('=');
  const name = target.slice(0, at);
  const url = target.slice(at + 1);
  await page.goto(url, { waitUntil: 'networkidle' });
  if (process.env.SELECTOR) await page.waitForSelector(process.env.SELECTOR, { timeout: 15000 });
  await page.waitForTimeout(Number(process.env.DELAY ?? 200));
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
  console.log(`${file}${errors.length ? `  console errors: ${errors.join(' | ')}` : ''}`);
  errors.length = 0;
}
await browser.close();
