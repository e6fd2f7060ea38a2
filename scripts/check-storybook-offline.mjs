#!/usr/bin/env node
// Proves the built Storybook (storybook-static/) works without network access: serves it on localhost, opens
// the manager and every story's docs-free iframe in Debian's Chromium, and fails on any request that leaves
// localhost or on a page error. Usage: node scripts/check-storybook-offline.mjs [dir]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = path.resolve(process.argv[2] ?? 'storybook-static');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let file = path.join(dir, decodeURIComponent(url.pathname));
  if (!file.startsWith(dir)) return response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

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
const outside = new Set();
const errors = [];
try {
  const page = await browser.newPage();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
      return route.continue();
    outside.add(url.href);
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error}`));
  await page.goto(`${base}/index.html`, { waitUntil: 'networkidle' });
  for (const story of stories) {
    await page.goto(`${base}/iframe.html?viewMode=story&id=${story.id}`, { waitUntil: 'networkidle' });
  }
} finally {
  await browser.close();
  server.close();
}
if (outside.size || errors.length) {
  console.error(`✗ requests outside localhost: ${[...outside].join(', ') || 'none'}`);
  console.error(`✗ page errors: ${errors.join('\n') || 'none'}`);
  process.exit(1);
}
console.log(
  `✓ Storybook offline: manager and ${stories.length} stories loaded with no request outside localhost and no page error`,
);
