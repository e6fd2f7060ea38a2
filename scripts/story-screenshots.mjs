#!/usr/bin/env node
// Screenshots of every story of a Storybook build, and a pixel comparison of two sets of them, for checking that
// a change keeps what the charts look like (issue 15: behaviour kept, visible differences listed).
//
//   node scripts/story-screenshots.mjs shoot <storybook-static> <out-dir> [id-filter]
//   node scripts/story-screenshots.mjs compare <before-dir> <after-dir> [diff-dir]
//
// `shoot` serves the build on a free local port and saves <story-id>.png of each story's canvas (1000 × 700
// viewport, the story's root element), after fonts and two animation frames. `compare` prints, per story, the
// share of pixels that differ (any channel by more than 16 of 255) and the size change, writes a red-on-grey
// diff image of each differing story to diff-dir (default <after-dir>-diff), and lists stories only in one set.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

async function launch() {
  return chromium.launch({
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
}

/** Serves `root` on 127.0.0.1 at a free port; resolves to the server and its base URL. */
function serve(root) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const file = path.join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

async function shoot(staticDir, outDir, filter = '') {
  const root = path.resolve(staticDir);
  const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter));
  mkdirSync(outDir, { recursive: true });
  const { server, base } = await serve(root);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const failed = [];
  for (const story of stories) {
    try {
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForSelector('#storybook-root > *', { timeout: 15_000 });
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      });
      await page.locator('#storybook-root').screenshot({ path: path.join(outDir, `${story.id}.png`) });
    } catch (error) {
      failed.push(`${story.id}: ${String(error).split('\n')[0]}`);
    }
  }
  await browser.close();
  server.close();
  console.log(`${stories.length - failed.length} of ${stories.length} stories shot into ${outDir}`);
  for (const line of failed) console.log(`  failed ${line}`);
}

async function compare(beforeDir, afterDir, diffDir = `${afterDir.replace(/\/$/, '')}-diff`) {
  const list = (dir) => new Set(readdirSync(dir).filter((f) => f.endsWith('.png')));
  const before = list(beforeDir);
  const after = list(afterDir);
  mkdirSync(diffDir, { recursive: true });
  const browser = await launch();
  const page = await browser.newPage();
  const rows = [];
  for (const file of [...before].filter((f) => after.has(f)).sort()) {
    const a = `data:image/png;base64,${readFileSync(path.join(beforeDir, file)).toString('base64')}`;
    const b = `data:image/png;base64,${readFileSync(path.join(afterDir, file)).toString('base64')}`;
    const result = await page.evaluate(
      async ([srcA, srcB]) => {
        const load = (src) =>
          new Promise((resolve) => {
            const image = new Image();
            image.onload = () => resolve(image);
            image.src = src;
          });
        const [imageA, imageB] = await Promise.all([load(srcA), load(srcB)]);
        const width = Math.max(imageA.width, imageB.width);
        const height = Math.max(imageA.height, imageB.height);
        const pixels = (image) => {
          const canvas = new OffscreenCanvas(width, height);
          const context = canvas.getContext('2d');
          context.fillStyle = '#fff';
          context.fillRect(0, 0, width, height);
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, width, height).data;
        };
        const pa = pixels(imageA);
        const pb = pixels(imageB);
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d');
        const out = context.createImageData(width, height);
        let differing = 0;
        for (let i = 0; i < pa.length; i += 4) {
          const differs =
            Math.abs(pa[i] - pb[i]) > 16 ||
            Math.abs(pa[i + 1] - pb[i + 1]) > 16 ||
            Math.abs(pa[i + 2] - pb[i + 2]) > 16;
          if (differs) differing++;
          const grey = 200 + (pa[i] + pa[i + 1] + pa[i + 2]) / 15;
          out.data.set(differs ? [220, 0, 0, 255] : [grey, grey, grey, 255], i);
        }
        context.putImageData(out, 0, 0);
        const blob = await canvas.convertToBlob();
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return {
          share: differing / (width * height),
          size: `${imageA.width}×${imageA.height} → ${imageB.width}×${imageB.height}`,
          diff: differing > 0 ? btoa(binary) : null,
        };
      },
      [a, b],
    );
    if (result.diff) writeFileSync(path.join(diffDir, file), Buffer.from(result.diff, 'base64'));
    rows.push({ story: file.replace(/\.png$/, ''), ...result });
  }
  await browser.close();
  const changed = rows.filter((r) => r.share > 0).sort((x, y) => y.share - x.share);
  console.log(`${rows.length} stories in both sets, ${changed.length} differ (diffs in ${diffDir}):`);
  for (const r of changed)
    console.log(`  ${(r.share * 100).toFixed(2).padStart(6)} %  ${r.story}  (${r.size})`);
  for (const f of before) if (!after.has(f)) console.log(`  only before: ${f}`);
  for (const f of after) if (!before.has(f)) console.log(`  only after: ${f}`);
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'shoot' && args.length >= 2) await shoot(args[0], args[1], args[2]);
else if (mode === 'compare' && args.length >= 2) await compare(args[0], args[1], args[2]);
else {
  console.error(
    'usage: story-screenshots.mjs shoot <storybook-static> <out-dir> [id-filter]\n' +
      '       story-screenshots.mjs compare <before-dir> <after-dir> [diff-dir]',
  );
  process.exit(2);
}
