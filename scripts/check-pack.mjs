#!/usr/bin/env node
// Package checks (after `pnpm build`); consumers of the tarballs are tested by scripts/consumer-test.mjs.
// 1. `publint --strict` on every package (@kamkit/core, @kamkit/react, @kamkit/import).
// 2. `pnpm pack` each package; each tarball must hold ESM, CJS and types for each entry, README and LICENSE, and
//    no source or development-only export condition; the CJS build must not require ESM-only d3 modules.
// 3. `@arethetypeswrong/cli` on each tarball: types resolve correctly for node10, node16 (CJS and ESM) and
//    bundlers.
// 4. React Server Components (@kamkit/react): the client entries start with the "use client" directive, and the
//    server entry imports from React only what React's server build exports.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = (base) => [`dist/${base}.js`, `dist/${base}.cjs`, `dist/${base}.d.ts`, `dist/${base}.d.cts`];
const required = ['package.json', 'README.md', 'LICENSE', ...entry('index')];
/** The React modules whose server build (`react-server` condition) the server entry may import from. */
const REACT_MODULES = ['react', 'react/jsx-runtime', 'react-dom'];
const packages = [
  { name: '@kamkit/core', dir: 'packages/core', required },
  // @kamkit/react also ships the static stylesheet behind `@kamkit/react/styles.css` (strict CSP).
  { name: '@kamkit/react', dir: 'packages/react', required: [...required, 'dist/styles.css'] },
  // @kamkit/import: the framework-free import, its Web Worker module and the React panel with its stylesheet.
  {
    name: '@kamkit/import',
    dir: 'packages/import',
    required: [...required, ...entry('worker'), ...entry('react/index'), 'dist/react/styles.css'],
  },
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
    const missing = pkg.required.filter((f) => !files.includes(f));
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

  for (const pkg of packages) {
    try {
      // A stylesheet has no types to check.
      // Stylesheet entry points have no types to resolve.
      const css = { '@kamkit/import': './react/styles.css', '@kamkit/react': './styles.css' }[pkg.name];
      const exclude = css ? ['--exclude-entrypoints', css] : [];
      const out = run('pnpm', ['exec', 'attw', tarballs[pkg.name], '--format', 'json', ...exclude], {
        cwd: root,
      });
      const { analysis } = JSON.parse(out);
      const kinds = Object.keys(Object.values(analysis.entrypoints)[0]?.resolutions ?? {}).join(', ');
      if (analysis.problems.length) fail(`attw ${pkg.name}: ${JSON.stringify(analysis.problems)}`);
      else ok(`attw ${pkg.name}: no problems (${kinds})`);
    } catch (error) {
      fail(`attw ${pkg.name} reports problems:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }

  // The CJS build must not need require(esm): it bundles the d3 modules it uses.
  const cjs = run('tar', ['-xzOf', tarballs['@kamkit/react'], 'package/dist/index.cjs']);
  const d3Requires = cjs.match(/require\(["']d3-[a-z]+["']\)/g) ?? [];
  if (d3Requires.length) fail(`CJS build requires ESM-only d3 modules: ${d3Requires.join(', ')}`);
  else ok('CJS build bundles d3 (no require of ESM-only d3 modules)');

  checkServerComponents(tarballs['@kamkit/react']);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * A bundler for React Server Components (Next.js App Router) evaluates a package's modules in the server graph,
 * where `react` resolves to React's server build (the `react-server` condition), except a module that starts with
 * "use client", which becomes a client reference. So for a chart to work in a Server Component without a
 * wrapper: dist/client.{js,cjs} (every chart, the explorer) must start with the directive, and dist/index.{js,cjs}
 * (evaluated on the server) must import no React export that the server build lacks (`useState`, `useEffect`,
 * `useRef`, `createContext` …): webpack fails the build on a missing export of an ES module.
 */
function checkServerComponents(tarball) {
  const read = (file) => run('tar', ['-xzOf', tarball, `package/${file}`], { maxBuffer: 1 << 26 });
  const directive = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(["'])use client\1;/;
  for (const file of ['dist/client.js', 'dist/client.cjs']) {
    if (directive.test(read(file)))
      ok(`${file} starts with "use client" (charts are client references in RSC)`);
    else fail(`${file} does not start with the "use client" directive`);
  }
  // What React's server build exports, from the React the workspace installs.
  const server = JSON.parse(
    run(
      process.execPath,
      [
        '--conditions=react-server',
        '-e',
        `process.stdout.write(JSON.stringify(Object.fromEntries(${JSON.stringify(REACT_MODULES)}.map((m) => [m, Object.keys(require(m))]))))`,
      ],
      { cwd: root },
    ),
  );
  for (const file of ['dist/index.js', 'dist/index.cjs']) {
    const code = read(file);
    if (directive.test(code))
      fail(`${file} starts with "use client": everything would be a client reference`);
    const missing = reactImports(code)
      .filter(({ module, name }) => !server[module]?.includes(name))
      .map(({ module, name }) => `${name} (from ${module})`);
    if (missing.length)
      fail(
        `${file} (server side in RSC) imports what React's server build lacks: ${[...new Set(missing)].join(', ')}`,
      );
    else ok(`${file} imports from React only what its react-server build exports`);
  }
}

/**
 * The names a built module takes from React: ESM named imports, and the properties read from a default or
 * namespace import or a CJS `x = require('react')`.
 */
function reactImports(code) {
  const found = [];
  const quoted = (module) => `["']${module.replace('/', '\\/')}["']`;
  for (const module of REACT_MODULES) {
    const from = quoted(module);
    for (const m of code.matchAll(
      new RegExp(`import\\s*(?:[\\w$]+\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*${from}`, 'g'),
    ))
      for (const part of m[1].split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0];
        if (name) found.push({ module, name });
      }
    const bindings = [
      ...code.matchAll(new RegExp(`import\\s*\\*\\s*as\\s*([\\w$]+)\\s*from\\s*${from}`, 'g')),
      ...code.matchAll(new RegExp(`import\\s+([\\w$]+)\\s*(?:,\\s*\\{[^}]*\\}\\s*)?from\\s*${from}`, 'g')),
      ...code.matchAll(new RegExp(`(?:var|let|const)\\s+([\\w$]+)\\s*=\\s*require\\(${from}\\)`, 'g')),
    ].map((m) => m[1]);
    for (const binding of bindings)
      for (const m of code.matchAll(
        new RegExp(`(?<![\\w$.])${binding.replace('$', '\\$')}\\.([A-Za-z_$][\\w$]*)`, 'g'),
      ))
        found.push({ module, name: m[1] });
  }
  return found;
}

if (failures) {
  console.error(`\npackage checks: ${failures} failed`);
  process.exit(1);
}
console.log('\npackage checks passed');
