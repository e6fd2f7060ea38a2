import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The bench package's folder, set by run.mjs (which runs every entry of the bench). */
export const benchDir = process.env.KAMKIT_BENCH_DIR ?? process.cwd();

export interface BundleSize {
  /** Minified bytes. */
  min: number;
  /** Minified + gzip (level 9) bytes. */
  gzip: number;
}

/**
 * Bundles `contents` (an ES module, resolved from packages/bench) as an app's bundler would: esbuild, ESM,
 * browser, minified, production, tree-shaken, with react and react-dom external. Returns min and min+gzip bytes.
 * `alias` maps a package to another file (e.g. `@kamkit/core` to the dist built from a commit's sources).
 */
export async function bundleSize(
  contents: string,
  options: { jsx?: boolean; alias?: Record<string, string> } = {},
): Promise<BundleSize> {
  const result = await build({
    alias: options.alias,
    stdin: { contents, resolveDir: benchDir, loader: options.jsx ? 'tsx' : 'ts', sourcefile: 'entry.tsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['react', 'react-dom'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/** The entry that imports a bench chart module (src/charts/<file>) and keeps its component. */
export function chartEntry(file: string, name: string): string {
  return `export { ${name} } from './src/charts/${file}';`;
}

/**
 * Fails when a package's dist is missing; warns when a source file is newer than its dist (build first:
 * `pnpm --filter @kamkit/core --filter @kamkit/react build`).
 */
export function checkDist(): string[] {
  const warnings: string[] = [];
  for (const pkg of ['core', 'react', 'import']) {
    const dist = path.join(benchDir, '..', pkg, 'dist', 'index.js');
    if (!existsSync(dist)) {
      throw new Error(
        `packages/${pkg}/dist/index.js is missing: run pnpm --filter @kamkit/core --filter @kamkit/react build`,
      );
    }
    const built = statSync(dist).mtimeMs;
    const newest = newestFile(path.join(benchDir, '..', pkg, 'src'));
    if (newest.mtime > built) {
      warnings.push(
        `packages/${pkg}/dist is older than ${path.relative(benchDir, newest.file)}: the figures are of the last build`,
      );
    }
  }
  return warnings;
}

function newestFile(dir: string): { file: string; mtime: number } {
  let best = { file: dir, mtime: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const candidate = entry.isDirectory() ? newestFile(full) : { file: full, mtime: statSync(full).mtimeMs };
    if (candidate.mtime > best.mtime) best = candidate;
  }
  return best;
}
