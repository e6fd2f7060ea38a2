#!/usr/bin/env node
// Installs the packed tarballs of @kamkit/core and @kamkit/react with plain npm into temporary folders outside
// the workspace, as an npm user would, and checks real output:
//   (a) a Node ESM and a Node CommonJS script (React 19 and React 18): core numbers and renderToString SVG marks;
//   (b) a fresh Vite + React 19 app built for production and loaded in Debian's headless Chromium;
//   (c) the same with React 18;
//   (e) for both React versions, a page server-rendered in Node (renderToString) that hydrateRoot hydrates in
//       Chromium: no errors, no recoverable (mismatch) errors, the server's bar nodes kept;
//   (f) @kamkit/import in Node ESM and CommonJS: a German CSV parsed and checked (row-numbered issue), an XLSX
//       workbook written and read back; in the Vite apps its React panel renders and its Web Worker (bundled by
//       Vite from `@kamkit/import/worker?worker`) imports a CSV;
//   (d) a type test: `tsc --noEmit` on a consumer file, with `moduleResolution` bundler and nodenext — accessors
//       are typed against the user's record type and wrong field names are compile errors.
// Usage: node scripts/consumer-test.mjs   (after `pnpm build`)
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'kamkit-consumers-'));
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
let failures = 0;
const ok = (message) => console.log(`✓ ${message}`);
const fail = (message) => {
  failures++;
  console.error(`✗ ${message}`);
};
const attempt = async (name, fn) => {
  try {
    ok(`${name}: ${await fn()}`);
  } catch (error) {
    fail(`${name}: ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
};

const versions = {
  react19: '19.3.1',
  react18: '18.3.1',
  vite: '8.3.8',
  pluginReact: '6.3.0',
  typescript: '5.9.3',
};
const tarballs = {};
for (const [name, dir] of [
  ['core', 'packages/core'],
  ['react', 'packages/react'],
  ['import', 'packages/import'],
]) {
  const out = run('pnpm', ['pack', '--pack-destination', work], { cwd: path.join(root, dir) })
    .trim()
    .split('\n')
    .pop();
  tarballs[name] = path.isAbsolute(out) ? out : path.join(work, path.basename(out));
}

function project(name, dependencies, extra = {}) {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name, private: true, version: '0.0.0', type: 'module', ...extra }, null, 2),
  );
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      tarballs.core,
      tarballs.react,
      tarballs.import,
      ...dependencies,
    ],
    {
      cwd: dir,
    },
  );
  return dir;
}

const dataJs = `Array.from({ length: 10 }, (_, i) => ({ id: 'a' + i, name: 'Account ' + i, revenue: i < 2 ? 40 : 2.5 }))`;
const nodeCheck = `
  const data = ${dataJs};
  const result = pareto(data, { value: 'revenue' });
  if (result.vitalCount !== 2 || result.total !== 100) throw new Error('pareto gave ' + result.vitalCount + '/' + result.total);
  const tiers = abc(data, { value: 'revenue' }).rows.map((r) => r.tier).join('');
  // Cumulative shares before each account: 0, .4, .8, .825 … .975 → A A, B ×6 (before < 95 %), C C.
  if (tiers !== 'AABBBBBBCC') throw new Error('abc tiers ' + tiers);
  const html = renderToString(createElement(ParetoChart, { data, value: 'revenue', label: 'name', locale: 'de-DE', currency: 'EUR' }));
  const bars = (html.match(/class="kamkit-bar"/g) || []).length;
  if (bars !== 10) throw new Error('expected 10 bars, got ' + bars);
  if (!html.replace(/[\u00a0\u202f]/g, ' ').includes('2 von 10 Konten (20 %) machen 80 % des Umsatzes aus.')) throw new Error('German finding missing from the SVG');
  if (!/<path class="kamkit-line" d="M[\\d.,ML]+"/.test(html)) throw new Error('cumulative line (d3-shape) missing');
  console.log('React ' + version + ': vitalCount ' + result.vitalCount + ', tiers ' + tiers + ', ' + bars + ' bars');
`;

/** @kamkit/import in Node: a German CSV with a bad cell, checked; a workbook written and read back. */
const importCheck = `
  const csv = 'Kundennummer;Kunde;Umsatz 2023;Umsatz 2024\\nK-1;Klinik A;1.234,56;2.000\\nK-2;Klinik B;n/a;5,5\\n';
  const session = new ImportSession();
  const summary = await session.load(new TextEncoder().encode(csv), 'kunden.csv', AUTO_SETTINGS);
  const { result } = session.analyse(summary.mapping, AUTO_SETTINGS, 'de-DE');
  if (result.accounts.length !== 1 || result.accounts[0].revenue['2023'] !== 1234.56) throw new Error('import gave ' + JSON.stringify(result.accounts));
  const issue = result.issues[0];
  if (!issue || issue.row !== 3 || issue.columnLetter !== 'C' || issue.code !== 'not-a-number') throw new Error('issue ' + JSON.stringify(issue));
  const bytes = await toXlsx([{ name: 'Tiers', columns: ['Account', 'Revenue'], rows: [['=cmd', 1250000.5]] }]);
  const [sheet] = await readXlsx(bytes.buffer);
  if (sheet.rows[1][0] !== "'=cmd" || sheet.rows[1][1] !== 1250000.5) throw new Error('xlsx ' + JSON.stringify(sheet.rows));
  console.log('@kamkit/import: 1 account, issue at row ' + issue.row + ' column ' + issue.columnLetter + ', xlsx round trip');
`;

function nodeScripts(dir) {
  writeFileSync(
    path.join(dir, 'import-esm.mjs'),
    `import { AUTO_SETTINGS, ImportSession, readXlsx, toXlsx } from '@kamkit/import';\n${importCheck}`,
  );
  writeFileSync(
    path.join(dir, 'import-cjs.cjs'),
    `const { AUTO_SETTINGS, ImportSession, readXlsx, toXlsx } = require('@kamkit/import');\n(async () => {${importCheck}})().catch((e) => { console.error(e); process.exit(1); });`,
  );
  writeFileSync(
    path.join(dir, 'esm.mjs'),
    `import { pareto as corePareto } from '@kamkit/core';
import { ParetoChart, abc, pareto } from '@kamkit/react';
import { createElement, version } from 'react';
import { renderToString } from 'react-dom/server';
if (corePareto !== pareto) throw new Error('@kamkit/react must re-export @kamkit/core');
${nodeCheck}`,
  );
  writeFileSync(
    path.join(dir, 'cjs.cjs'),
    `const { ParetoChart, abc, pareto } = require('@kamkit/react');
const { createElement, version } = require('react');
const { renderToString } = require('react-dom/server');
${nodeCheck}`,
  );
}

/** Writes a Vite + React app into `dir`: index.html (with `inlineScript` after the root, if given), the Vite
 *  config and src/main.jsx. */
function writeViteApp(dir, { title, inlineScript = '', main }) {
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head><body><div id="root"></div>${inlineScript ? `<script>${inlineScript}</script>` : ''}<script type="module" src="/src/main.jsx"></script></body></html>`,
  );
  writeFileSync(
    path.join(dir, 'vite.config.js'),
    `import react from '@vitejs/plugin-react';\nexport default { plugins: [react()] };\n`,
  );
  writeFileSync(path.join(dir, 'src/main.jsx'), main);
}

async function viteApp(dir, reactVersion) {
  writeViteApp(dir, {
    title: 'consumer',
    main: `import { ParetoChart } from '@kamkit/react';
import { AUTO_SETTINGS, createImportClient } from '@kamkit/import';
import { ImportPanel } from '@kamkit/import/react';
import '@kamkit/import/react/styles.css';
import ImportWorker from '@kamkit/import/worker?worker';
import { version } from 'react';
import { createRoot } from 'react-dom/client';
const data = ${dataJs};
createRoot(document.getElementById('root')).render(
  <main>
    <p id="react-version">{version}</p>
    <ParetoChart data={data} value="revenue" label="name" width={600} height={320} />
    <ImportPanel locale="de-DE" onApply={() => {}} />
  </main>,
);
// The import in a Web Worker bundled by Vite from the published worker entry.
const client = createImportClient({ worker: () => new ImportWorker() });
client
  .load(new Blob(['id;name;Umsatz 2024\\nA;Alpha;1.250,50\\n']), 'w.csv', AUTO_SETTINGS)
  .then((summary) => client.analyse(summary.mapping, AUTO_SETTINGS, 'de-DE'))
  .then((view) => { window.__workerImport = view.summary.accountCount + ' account, ' + view.summary.years.join(); })
  .catch((error) => { window.__workerImport = 'failed: ' + error.message; });
`,
  });
  run('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir });
  const port = reactVersion === versions.react19 ? 4311 : 4312;
  return inChromium(dir, port, async (page, errors) => {
    await page.waitForSelector('svg rect.kamkit-bar');
    const seen = await page.evaluate(() => ({
      react: document.getElementById('react-version')?.textContent,
      bars: document.querySelectorAll('rect.kamkit-bar').length,
      vital: document.querySelectorAll('rect.kamkit-bar[data-vital="true"]').length,
      desc: document.querySelector('svg desc')?.textContent ?? '',
      styled: getComputedStyle(document.querySelector('rect.kamkit-bar[data-vital="true"]')).fill,
    }));
    if (seen.react !== reactVersion)
      throw new Error(`page runs React ${seen.react}, expected ${reactVersion}`);
    if (seen.bars !== 10 || seen.vital !== 2) throw new Error(`bars ${seen.bars}, vital ${seen.vital}`);
    if (!seen.desc.startsWith('2 of 10 accounts (20%) make 80% of revenue.'))
      throw new Error(`desc: ${seen.desc}`);
    if (!/^rgb\(0, 114, 178\)$/.test(seen.styled))
      throw new Error(`vital bar fill ${seen.styled}: base CSS not applied`);
    await page.waitForFunction(() => window.__workerImport !== undefined, null, { timeout: 30000 });
    const worker = await page.evaluate(() => window.__workerImport);
    if (worker !== '1 account, 2024') throw new Error(`worker import: ${worker}`);
    if (!(await page.getByRole('button', { name: 'Datei auswählen…' }).isVisible()))
      throw new Error('the import panel did not render');
    const status = await explore(page);
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
    return `import panel rendered, worker import "${worker}"; React ${seen.react} production build: ${seen.bars} bars (${seen.vital} vital), styled ${seen.styled}, keyboard → "${status.slice(0, 40)}…"`;
  });
}

/** Serves `dir`'s production build with `vite preview` on `port`, opens it in headless Chromium and runs `check`
 *  with the page and the console and page errors collected so far. */
async function inChromium(dir, port, check) {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: dir,
      stdio: 'ignore',
      detached: true,
    },
  );
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
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    for (let i = 0; ; i++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/`);
        break;
      } catch (error) {
        if (i > 40) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    return await check(page, errors);
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid);
    } catch {}
  }
}

/** Keyboard exploration of the page's first chart: Tab to it, ArrowRight to the second account. */
async function explore(page) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  const status = await page.locator('[role="status"]').first().textContent();
  if (!status?.startsWith('Account 1.')) throw new Error(`keyboard exploration: status "${status}"`);
  return status;
}

// 2,000 accounts: more than the plot's pixel columns, so the second chart's bars are binned.
const bigDataJs = `Array.from({ length: 2000 }, (_, i) => ({ id: 'b' + i, name: 'Account ' + i, revenue: Math.round(1e7 / (i + 1)) / 100 }))`;

/**
 * Server render in Node, hydration in Chromium. One module (src/app.js, createElement only) holds the tree: Node
 * renders it with renderToString into the built index.html's root; the page's main.jsx hydrates the same tree
 * with hydrateRoot. (The server HTML goes in after `vite build`, as a server would send it: Vite's HTML transform
 * would rewrite the chart's inline <style>, which React 18 then reports as a text mismatch.) An inline classic
 * script after the root records the server's bar nodes before hydration; the check then wants the very same
 * nodes after it, no console or page errors and no recoverable (mismatch) errors.
 */
async function hydrationApp(projectDir, reactVersion) {
  const dir = path.join(projectDir, 'hydrate');
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src/app.js'),
    `import { ParetoChart } from '@kamkit/react';
import { createElement, useEffect, version } from 'react';
const data = ${dataJs};
const big = ${bigDataJs};
export function App() {
  // Effects run only in the browser, after hydration has committed.
  useEffect(() => {
    window.__hydrated = true;
  }, []);
  return createElement(
    'main',
    null,
    createElement('p', { id: 'react-version' }, version),
    createElement(ParetoChart, { data, value: 'revenue', label: 'name', width: 600, height: 320 }),
    createElement(ParetoChart, { data: big, value: 'revenue', label: 'name', width: 600, height: 320 }),
  );
}
`,
  );
  writeFileSync(
    path.join(dir, 'ssr.mjs'),
    `import { writeFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './src/app.js';
if (typeof document !== 'undefined') throw new Error('server render must run without a document');
const html = renderToString(createElement(App));
writeFileSync('server.html', html);
console.log((html.match(/<rect class="kamkit-bar"/g) || []).length);
`,
  );
  const serverBars = Number(run('node', ['ssr.mjs'], { cwd: dir }).trim());
  const serverHtml = readFileSync(path.join(dir, 'server.html'), 'utf8');
  if (!serverHtml.includes('data-binned="true"')) throw new Error('second chart not binned on the server');
  writeViteApp(dir, {
    title: 'hydration',
    inlineScript:
      "window.__serverBar = document.querySelector('rect.kamkit-bar'); window.__serverBars = Array.from(document.querySelectorAll('rect.kamkit-bar')); window.__serverGroups = Array.from(document.querySelectorAll('g.kamkit-bars'));",
    main: `import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';
hydrateRoot(document.getElementById('root'), <App />, {
  onRecoverableError: (e) => {
    window.__recoverable = (window.__recoverable || []).concat(String(e));
    console.error('recoverable: ' + e);
  },
});
`,
  });
  run('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir });
  const built = readFileSync(path.join(dir, 'dist/index.html'), 'utf8');
  if (built.split('<div id="root"></div>').length !== 2 || !built.includes('window.__serverBar ='))
    throw new Error('vite build changed the root or the inline script of index.html');
  writeFileSync(
    path.join(dir, 'dist/index.html'),
    built.replace('<div id="root"></div>', () => `<div id="root">${serverHtml}</div>`),
  );
  const port = reactVersion === versions.react19 ? 4313 : 4314;
  return inChromium(dir, port, async (page, errors) => {
    await page.waitForFunction(() => window.__hydrated === true, null, { timeout: 15000 });
    const seen = await page.evaluate(() => {
      const bars = Array.from(document.querySelectorAll('rect.kamkit-bar'));
      const groups = Array.from(document.querySelectorAll('g.kamkit-bars'));
      return {
        react: document.getElementById('react-version')?.textContent,
        recoverable: window.__recoverable ?? [],
        before: window.__serverBars.length,
        after: bars.length,
        firstKept: document.querySelector('rect.kamkit-bar') === window.__serverBar,
        replaced: bars.filter((bar, i) => bar !== window.__serverBars[i]).length,
        groupsKept:
          groups.length === window.__serverGroups.length &&
          groups.every((g, i) => g === window.__serverGroups[i]),
        counts: groups.map((g) => g.querySelectorAll('rect.kamkit-bar').length),
      };
    });
    if (seen.react !== reactVersion)
      throw new Error(`page runs React ${seen.react}, expected ${reactVersion}`);
    if (seen.recoverable.length) throw new Error(`recoverable errors: ${seen.recoverable.join(' | ')}`);
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
    if (seen.before !== serverBars)
      throw new Error(`server HTML has ${serverBars} bars, page had ${seen.before} before hydration`);
    if (seen.after !== seen.before)
      throw new Error(`${seen.before} bars before hydration, ${seen.after} after`);
    if (!seen.firstKept) throw new Error('first bar replaced by hydration (not the server node)');
    if (seen.replaced) throw new Error(`${seen.replaced} of ${seen.after} bars replaced by hydration`);
    if (!seen.groupsKept) throw new Error('a <g class="kamkit-bars"> was replaced by hydration');
    if (seen.counts.length !== 2 || seen.counts[0] !== 10 || !(seen.counts[1] > 10 && seen.counts[1] < 2000))
      throw new Error(`bars per chart ${seen.counts.join(', ')}, expected 10 and binned columns of 2,000`);
    const status = await explore(page);
    if (errors.length) throw new Error(`console errors after exploring: ${errors.join(' | ')}`);
    return `React ${seen.react}: ${seen.counts.join(' + ')} server bars (10 accounts, 2,000 binned) kept by hydrateRoot, no mismatch, keyboard → "${status.slice(0, 40)}…"`;
  });
}

const typeTest = `import { abc, pareto, ParetoChart, type ParetoRow } from '@kamkit/react';

interface Account {
  id: string;
  name: string;
  revenue: number;
  margin?: number | null;
}
const accounts: Account[] = [{ id: 'a', name: 'A', revenue: 1 }];

// Accessors and field names are typed against the record type.
const result = pareto(accounts, { value: 'revenue', id: 'id' });
const first: ParetoRow<Account> | undefined = result.rows[0];
const name: string | undefined = first?.datum.name;
pareto(accounts, { value: (d) => d.revenue * 2 });
pareto(accounts, { value: 'margin' });
abc(accounts, { value: (d, i) => d.revenue + i });

// @ts-expect-error 'revenu' is not a field of Account
pareto(accounts, { value: 'revenu' });
// @ts-expect-error 'name' is a string field, not a number
pareto(accounts, { value: 'name' });
// @ts-expect-error the accessor's record is an Account, which has no 'turnover'
pareto(accounts, { value: (d) => d.turnover });
// @ts-expect-error an accessor must return a number
pareto(accounts, { value: (d) => d.name });

export const chart = <ParetoChart data={accounts} value="revenue" label="name" locale="de-DE" currency="EUR" />;
// @ts-expect-error 'revenu' is not a field of Account
export const wrong = <ParetoChart data={accounts} value="revenu" />;
export { name };
`;

try {
  const react19 = project('react19', [
    `react@${versions.react19}`,
    `react-dom@${versions.react19}`,
    `vite@${versions.vite}`,
    `@vitejs/plugin-react@${versions.pluginReact}`,
    `typescript@${versions.typescript}`,
    '@types/react@19.3.0',
  ]);
  ok('npm installed the tarballs with React 19, Vite and TypeScript into a folder outside the workspace');
  nodeScripts(react19);
  await attempt('(a) Node ESM, React 19', () => run('node', ['esm.mjs'], { cwd: react19 }).trim());
  await attempt('(a) Node CommonJS, React 19', () => run('node', ['cjs.cjs'], { cwd: react19 }).trim());
  await attempt('(f) @kamkit/import in Node ESM', () =>
    run('node', ['import-esm.mjs'], { cwd: react19 }).trim(),
  );
  await attempt('(f) @kamkit/import in Node CommonJS', () =>
    run('node', ['import-cjs.cjs'], { cwd: react19 }).trim(),
  );
  await attempt('(b) Vite + React 19 in Chromium', () => viteApp(react19, versions.react19));
  await attempt('(e) server render in Node + hydrateRoot in Chromium, React 19', () =>
    hydrationApp(react19, versions.react19),
  );

  writeFileSync(path.join(react19, 'types.tsx'), typeTest);
  for (const resolution of ['bundler', 'nodenext']) {
    writeFileSync(
      path.join(react19, `tsconfig.${resolution}.json`),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          jsx: 'react-jsx',
          target: 'es2022',
          module: resolution === 'bundler' ? 'esnext' : 'nodenext',
          moduleResolution: resolution,
          skipLibCheck: false,
          types: [],
        },
        files: ['types.tsx'],
      }),
    );
    await attempt(`(d) types with moduleResolution ${resolution}`, () => {
      run('npx', ['tsc', '-p', `tsconfig.${resolution}.json`], { cwd: react19 });
      return 'typed accessors accepted; wrong field names, wrong accessor types rejected (5 @ts-expect-error)';
    });
  }

  const react18 = project('react18', [
    `react@${versions.react18}`,
    `react-dom@${versions.react18}`,
    `vite@${versions.vite}`,
    `@vitejs/plugin-react@${versions.pluginReact}`,
  ]);
  nodeScripts(react18);
  await attempt('(a) Node ESM, React 18', () => run('node', ['esm.mjs'], { cwd: react18 }).trim());
  await attempt('(a) Node CommonJS, React 18', () => run('node', ['cjs.cjs'], { cwd: react18 }).trim());
  await attempt('(c) Vite + React 18 in Chromium', () => viteApp(react18, versions.react18));
  await attempt('(e) server render in Node + hydrateRoot in Chromium, React 18', () =>
    hydrationApp(react18, versions.react18),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures) {
  console.error(`\nconsumer tests: ${failures} failed`);
  process.exit(1);
}
console.log('\nconsumer tests passed');
