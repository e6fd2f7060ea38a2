#!/usr/bin/env node
// Measures a 1,000,000-row import in Chromium through the examples app's import page (the Web Worker, its
// progress bar and the panel), served by `vite preview` from a production build on port 4179:
//   pnpm --filter @kamkit/examples build
//   (cd packages/examples && pnpm exec vite preview --port 4179 --strictPort) &
//   node packages/import/scripts/scale-browser.mjs [rows]
// Prints the time until the panel offers "Import N accounts", the longest gap between animation frames on the
// page while the worker parsed and checked (a frozen page shows a long gap), and the peak resident memory of
// the renderer process (page and worker) and of all browser processes. A measured figure, not part of CI.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const rows = Number(process.argv[2] ?? 1_000_000);
const file = path.join(tmpdir(), `kamkit-scale-${rows}.csv`);
const segments = ['Krankenhaus', 'Klinik', 'Labor', 'Versicherung'];
const plans = ['Basic', 'Standard', 'Premium'];
const group = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, '.');
const lines = [
  'Kundennummer;Kunde;Kundensegment;Land;Betreuer;Tarif;Umsatz 2022;Umsatz 2023;Umsatz 2024;MRR',
];
for (let i = 0; i < rows; i++) {
  const r = 10_000 + ((i * 7919) % 2_000_000);
  lines.push(
    `K-${i + 1};Klinik ${i + 1};${segments[i % 4]};DE;A. Kern;${plans[i % 3]};${group(r)},50;${group(r * 1.1)},00;${group(r * 1.2)},25;${group(r / 12)}`,
  );
}
writeFileSync(file, `${lines.join('\r\n')}\r\n`);
const csvMb = execFileSync('stat', ['-c', '%s', file], { encoding: 'utf8' }).trim() / 1024 / 1024;

/** RSS in MB of every process of this browser (the launcher's descendants): total and largest. */
function memory(root) {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  const procs = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const mine = new Set([root]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [pid, ppid] of procs)
      if (mine.has(ppid) && !mine.has(pid)) {
        mine.add(pid);
        changed = true;
      }
  }
  const rss = procs.filter(([pid]) => mine.has(pid)).map(([, , kb]) => kb / 1024);
  return { total: rss.reduce((a, b) => a + b, 0), largest: Math.max(...rss) };
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4179/#/import');
await page.evaluate(() => {
  const w = window;
  w.kamkitGap = 0;
  let last = performance.now();
  const tick = (now) => {
    w.kamkitGap = Math.max(w.kamkitGap, now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
// The browser process this script launched: the newest Chromium with a debugging pipe that is not a child
// (`--type=…`) process.
const root = Number(
  execFileSync('pgrep', ['-a', '-f', 'chromium.*remote-debugging-pipe'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter((line) => !line.includes('--type='))
    .at(-1)
    ?.split(' ')[0],
);
let peak = { total: 0, largest: 0 };
const sampler = setInterval(() => {
  const m = memory(root);
  peak = { total: Math.max(peak.total, m.total), largest: Math.max(peak.largest, m.largest) };
}, 250);
const sawProgress = page
  .locator('.kamkit-import progress')
  .waitFor({ timeout: 600_000 })
  .then(() => true);
const t0 = Date.now();
await page.getByLabel('CSV or Excel file to import').setInputFiles(file);
await page
  .getByRole('button', { name: `Import ${rows.toLocaleString('en-US')} accounts` })
  .waitFor({ timeout: 1_800_000 });
const seconds = (Date.now() - t0) / 1000;
clearInterval(sampler);
const gap = await page.evaluate(() => window.kamkitGap);
console.log(
  JSON.stringify(
    {
      rows,
      csvMB: Math.round(csvMb),
      secondsToReady: seconds,
      progressBarShown: await sawProgress,
      longestFrameGapMs: Math.round(gap),
      peakRendererRssMB: Math.round(peak.largest),
      peakBrowserRssMB: Math.round(peak.total),
      chromium: browser.version(),
    },
    null,
    2,
  ),
);
await browser.close();
