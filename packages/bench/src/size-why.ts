/**
 * Why an import is over its size budget: the bytes each input file keeps in the bundle, as shipped and with
 * top-level `forwardRef(…)` / `Object.freeze(…)` calls in the dists marked `/* @__PURE__ *\/` (what lets a
 * bundler drop the charts an app does not import).
 *   pnpm --filter @kamkit/bench size:why ["export { ParetoChart } from '@kamkit/react';"]
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { benchDir } from './bundle';
import { kb, markdownTable } from './stats';

const entry = process.argv[2] ?? "export { ParetoChart } from '@kamkit/react';";

const pure: Plugin = {
  name: 'pure-annotations',
  setup(b) {
    b.onLoad({ filter: /\/(react|core)\/dist\/index\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(
        /= (forwardRef|Object\.freeze)\(/g,
        '= /* @__PURE__ */ $1(',
      ),
      loader: 'js',
      resolveDir: args.path.replace(/\/[^/]*$/, ''),
    }));
  },
};

for (const [label, plugins] of [
  ['as shipped', []],
  ['with /* @__PURE__ */ on top-level forwardRef and Object.freeze calls', [pure]],
] as const) {
  const result = await build({
    stdin: { contents: entry, resolveDir: benchDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['react', 'react-dom'],
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [...plugins],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  console.log(
    `\n${entry} — ${label}: ${kb(code.byteLength)} min, ${kb(gzipSync(code, { level: 9 }).byteLength)} min+gzip\n`,
  );
  console.log(
    markdownTable(
      ['input', 'min bytes kept'],
      Object.entries(inputs)
        .filter(([, v]) => v.bytesInOutput > 0)
        .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
        .map(([file, v]) => [
          file.replace(/^.*node_modules\//, '').replace(/^\.\.\//, 'packages/'),
          v.bytesInOutput.toLocaleString('en-US'),
        ]),
    ),
  );
}
