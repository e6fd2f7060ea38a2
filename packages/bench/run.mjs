// Runs a TypeScript entry of the bench (Node 20 cannot strip types): esbuild bundles the entry's own files into
// node_modules/.cache/kamkit-bench/ and keeps every package import external, so Node resolves @kamkit/core and
// @kamkit/react through their package exports to the built dist/ — what npm users get.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node run.mjs src/<entry>.ts [args…]');
  process.exit(2);
}
const outdir = path.join(here, 'node_modules', '.cache', 'kamkit-bench');
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, `${path.basename(entry).replace(/\.tsx?$/, '')}.mjs`);
await build({
  entryPoints: [path.resolve(here, entry)],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  sourcemap: 'inline',
  logLevel: 'warning',
});
// React (and the peers) must run their production builds, as on a production server.
process.env.NODE_ENV ??= 'production';
process.env.KAMKIT_BENCH_DIR = here;
process.argv.splice(2, 1);
await import(pathToFileURL(outfile).href);
