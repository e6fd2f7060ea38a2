#!/usr/bin/env node
// Measures an import of N rows (default 1,000,000; about 80 MB of CSV) with the built package (run
// `pnpm --filter @kamkit/import build` first): time per stage and the heap and resident memory at its peak.
// Usage: node --expose-gc packages/import/scripts/scale.mjs [rows]
// A measured figure for the README, not part of CI.
import { AUTO_SETTINGS, ImportSession } from '../dist/index.js';

const rows = Number(process.argv[2] ?? 1_000_000);
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
const bytes = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
lines.length = 0;
globalThis.gc?.();

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const base = process.memoryUsage();
const timer = setInterval(sample, 20);
const session = new ImportSession();
const t0 = performance.now();
const summary = await session.load(bytes, 'scale.csv', AUTO_SETTINGS, sample);
const t1 = performance.now();
const { result } = session.analyse(summary.mapping, AUTO_SETTINGS, 'de-DE', sample);
const t2 = performance.now();
sample();
clearInterval(timer);
const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
console.log(
  JSON.stringify(
    {
      rows,
      csv: mb(bytes.length),
      accounts: result.accounts.length,
      issues: result.issues.length,
      loadSeconds: ((t1 - t0) / 1000).toFixed(1),
      analyseSeconds: ((t2 - t1) / 1000).toFixed(1),
      heapBefore: mb(base.heapUsed),
      peakHeap: mb(peakHeap),
      peakRss: mb(peakRss),
      node: process.version,
    },
    null,
    2,
  ),
);
