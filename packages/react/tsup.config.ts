import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Two bundles per format:
 * - `client` holds the interactive parts (keyboard/pointer explorer, table toggle, ResponsiveContainer) and
 *   starts with the "use client" directive, so React Server Components treat them as client components;
 * - `index` holds everything else (layouts, static SVG, core re-exports) and imports `./client.(c)js`.
 * ESM keeps d3 external (shared with the app's own d3, tree-shaken by the app's bundler). d3 is ESM-only
 * upstream, so the CommonJS build bundles the d3 modules it uses: `require('@kamkit/react')` works on every
 * Node version without `require(esm)`.
 */
const d3 = [/^d3-/, 'internmap'];

function clientExternal(extension: string): Plugin {
  return {
    name: 'kamkit-client-external',
    setup(build) {
      build.onResolve({ filter: /(^|\/)client$/ }, (args) =>
        args.importer.includes('/src/') ? { path: `./client${extension}`, external: true } : undefined,
      );
    },
  };
}

const shared: Options = { sourcemap: false, target: 'es2020', treeshake: true, dts: true };

export default defineConfig([
  {
    ...shared,
    entry: { client: 'src/client.ts' },
    format: ['esm'],
    clean: true,
    banner: { js: '"use client";' },
    // rollup's tree-shaking pass would drop the directive; esbuild's own tree-shaking still applies.
    treeshake: false,
    external: ['react', 'react-dom', '@kamkit/core', ...d3],
  },
  {
    ...shared,
    entry: { client: 'src/client.ts' },
    format: ['cjs'],
    banner: { js: '"use client";' },
    // rollup's tree-shaking pass would drop the directive; esbuild's own tree-shaking still applies.
    treeshake: false,
    external: ['react', 'react-dom', '@kamkit/core'],
    noExternal: d3,
  },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    external: ['react', 'react-dom', '@kamkit/core', ...d3],
    esbuildPlugins: [clientExternal('.js')],
  },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    external: ['react', 'react-dom', '@kamkit/core'],
    noExternal: d3,
    esbuildPlugins: [clientExternal('.cjs')],
  },
]);
