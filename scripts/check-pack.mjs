#!/usr/bin/env node
// Package checks: publint --strict, the tarballs' contents, and real consumers of the tarballs.
// 1. `publint --strict` on both packages.
// 2. `pnpm pack` both packages; each tarball must hold ESM, CJS and types for each, README and LICENSE, and
//    no source or development-only export condition.
// 3. In a temporary folder outside the workspace, `npm install` the tarballs (+ react, react-dom) and run a
//    Node ESM and a Node CommonJS script that compute a Pareto analysis and server-render a <ParetoChart>,
//    checking the numbers and the SVG marks (d3 is ESM-only upstream; the CJS build must still work).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packages = [
  { name: '@kamkit/core', dir: 'packages/core' },
  { name: '@kamkit/react', dir: 'packages/react' },
];
const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
];

let failures = 0;
const fail = (message) => {
  failures++;
  console.error(`✗ ${message}`);
};
const ok = (message) => console.log(`✓ ${message}`);
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

const work = mkdtempSync(path.join(tmpdir(), 'kamkit-pack-'));
const tarballs = {};
try {
  for (const pkg of packages) {
    const dir = path.join(root, pkg.dir);
    try {
      const out = run('pnpm', ['exec', 'publint', 'run', dir, '--strict'], { cwd: root });
      if (/error|warning|suggestion/i.test(out) && !/All good/i.test(out))
        fail(`publint ${pkg.name}:\n${out}`);
      else ok(`publint --strict ${pkg.name}: ${out.trim().split('\n').pop()}`);
    } catch (error) {
      fail(`publint --strict ${pkg.name} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }

    const packed = run('pnpm', ['pack', '--pack-destination', work], { cwd: dir }).trim().split('\n').pop();
    const tarball = path.isAbsolute(packed) ? packed : path.join(work, path.basename(packed));
    tarballs[pkg.name] = tarball;
    const files = run('tar', ['-tzf', tarball])
      .trim()
      .split('\n')
      .map((f) => f.replace(/^package\//, ''));
    const missing = required.filter((f) => !files.includes(f));
    if (missing.length) fail(`${pkg.name} tarball lacks ${missing.join(', ')}`);
    const stray = files.filter(
      (f) => f.startsWith('src/') || f.startsWith('test/') || f.endsWith('.tsbuildinfo'),
    );
    if (stray.length) fail(`${pkg.name} tarball ships development files: ${stray.join(', ')}`);
    const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']));
    const text = JSON.stringify(manifest);
    if (text.includes('@kamkit/source') || text.includes('workspace:'))
      fail(`${pkg.name} tarball's package.json still has a development-only condition or a workspace: range`);
    const size = readFileSync(tarball).length;
    if (!missing.length && !stray.length)
      ok(
        `${pkg.name} tarball: ${files.length} files, ${(size / 1024).toFixed(1)} KiB (ESM, CJS, types for both)`,
      );
  }

  const consumer = path.join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    path.join(consumer, 'package.json'),
    JSON.stringify({ name: 'kamkit-consumer', private: true, version: '0.0.0' }, null, 2),
  );
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      tarballs['@kamkit/core'],
      tarballs['@kamkit/react'],
      'react@19.3.1',
      'react-dom@19.3.1',
    ],
    { cwd: consumer },
  );
  ok('npm installed both tarballs with react 19 into a folder outside the workspace');

  const data = `Array.from({ length: 10 }, (_, i) => ({ id: 'a' + i, value: i < 2 ? 40 : 2.5 }))`;
  const check = `
    const result = pareto(${data});
    if (result.vitalCount !== 2 || result.total !== 100) throw new Error('pareto: ' + JSON.stringify([result.vitalCount, result.total]));
    const html = renderToString(createElement(ParetoChart, { data: ${data}, interactive: false }));
    const bars = (html.match(/class="kamkit-bar"/g) || []).length;
    if (bars !== 10) throw new Error('expected 10 bars, got ' + bars);
    if (!html.includes('2 of 10 accounts (20%) make 80% of revenue.')) throw new Error('finding missing from SVG');
    if (!/<path class="kamkit-line" d="M[\\d.,ML]+"/.test(html)) throw new Error('cumulative line (d3-shape) missing');
    console.log('vitalCount=' + result.vitalCount + ' bars=' + bars + ' html=' + html.length + ' chars');
  `;
  writeFileSync(
    path.join(consumer, 'esm.mjs'),
    `import { pareto as p } from '@kamkit/core';
import { ParetoChart, pareto } from '@kamkit/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
if (p !== pareto) throw new Error('@kamkit/react must re-export @kamkit/core');
${check}`,
  );
  writeFileSync(
    path.join(consumer, 'cjs.cjs'),
    `const { ParetoChart, pareto } = require('@kamkit/react');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');
${check}`,
  );
  for (const script of ['esm.mjs', 'cjs.cjs']) {
    try {
      ok(`node ${script}: ${run('node', [script], { cwd: consumer }).trim()}`);
    } catch (error) {
      fail(`node ${script} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
  // The CJS build must not need require(esm): it bundles the d3 modules it uses.
  const cjs = readFileSync(path.join(consumer, 'node_modules/@kamkit/react/dist/index.cjs'), 'utf8');
  const d3Requires = cjs.match(/require\(["']d3-[a-z]+["']\)/g) ?? [];
  if (d3Requires.length) fail(`CJS build requires ESM-only d3 modules: ${d3Requires.join(', ')}`);
  else ok('CJS build bundles d3 (no require of ESM-only d3 modules)');
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures) {
  console.error(`\npackage checks: ${failures} failed`);
  process.exit(1);
}
console.log('\npackage checks passed');
