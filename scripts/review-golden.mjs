#!/usr/bin/env node
// Renders every golden SVG (packages/react/test/golden/*.svg) with the kit's CSS, light and dark, into
// PNGs for review by eye: node scripts/review-golden.mjs [out-dir] [name-filter]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.argv[2] ?? '/tmp/golden-review';
const filter = process.argv[3] ?? '';
const goldenDir = path.join(root, 'packages/react/test/golden');
// The kit's CSS: the base sheet and every chart family's sheet (packages/react/src/theme/sheets/).
const themeDir = path.join(root, 'packages/react/src/theme');
const css = [
  path.join(themeDir, 'baseCss.ts'),
  ...readdirSync(path.join(themeDir, 'sheets')).map((file) => path.join(themeDir, 'sheets', file)),
]
  .map((file) => readFileSync(file, 'utf8').match(/(?:= |css: )`([\s\S]*)`/)[1])
  .join('');
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
  ],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 600 } });
for (const file of readdirSync(goldenDir).filter((f) => f.endsWith('.svg') && f.includes(filter))) {
  const svg = readFileSync(path.join(goldenDir, file), 'utf8');
  const html = `<!doctype html><meta charset="utf-8"><style>${css}
body{margin:0;display:flex;font:12px system-ui,sans-serif}.pane{padding:16px;flex:1}.dark{background:#111418;color:#e7eaee}</style>
<div class="pane"><div class="kamkit-chart">${svg}</div></div><div class="pane dark" data-kamkit-theme="dark"><div class="kamkit-chart">${svg}</div></div>`;
  const htmlFile = path.join(outDir, file.replace('.svg', '.html'));
  writeFileSync(htmlFile, html);
  await page.goto(`file://${htmlFile}`);
  const out = path.join(outDir, file.replace('.svg', '.png'));
  await page.screenshot({ path: out, fullPage: true });
  console.log(out);
}
await browser.close();
