import { defineConfig } from 'tsup';

/**
 * ESM keeps d3 external (shared with the app's own d3, tree-shaken by the app's bundler). d3 is ESM-only
 * upstream, so the CommonJS build bundles the d3 modules it uses: `require('@kamkit/react')` works on every
 * Node version without `require(esm)`.
 */
const d3 = [/^d3-/, 'internmap'];

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2020',
    treeshake: true,
    external: ['react', 'react-dom', '@kamkit/core', ...d3],
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2020',
    treeshake: true,
    external: ['react', 'react-dom', '@kamkit/core'],
    noExternal: d3,
  },
]);
