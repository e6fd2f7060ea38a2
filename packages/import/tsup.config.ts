import { copyFileSync, mkdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Three entries per format:
 * - `index`: the framework-free import (parsing, checking, export), papaparse and read/write-excel-file external;
 * - `worker`: the Web Worker module that runs an import off the main thread (bundled whole, so a bundler's
 *   worker chunk needs nothing else);
 * - `react/index`: the import panel; it starts with "use client" and imports the framework-free code from
 *   `../index.(c)js`, so an app that uses both loads that code once.
 * The panel's stylesheet is copied to `dist/react/styles.css`.
 */
const deps = ['papaparse', 'read-excel-file', 'write-excel-file', 'react', 'react-dom'];

function coreExternal(extension: string): Plugin {
  return {
    name: 'kamkit-import-core-external',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/index$/ }, (args) =>
        args.importer.includes('/src/react/') ? { path: `../index${extension}`, external: true } : undefined,
      );
    },
  };
}

const shared: Options = { sourcemap: false, target: 'es2020', dts: true, external: deps };

export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], clean: true, treeshake: true },
  { ...shared, entry: { worker: 'src/worker.ts' }, format: ['esm', 'cjs'], treeshake: true },
  ...(['esm', 'cjs'] as const).map(
    (format): Options => ({
      ...shared,
      entry: { 'react/index': 'src/react/index.ts' },
      format: [format],
      banner: { js: '"use client";' },
      // rollup's tree-shaking pass would drop the directive; esbuild's own tree-shaking still applies.
      treeshake: false,
      esbuildPlugins: [coreExternal(format === 'esm' ? '.js' : '.cjs')],
      onSuccess: async () => {
        mkdirSync('dist/react', { recursive: true });
        copyFileSync('src/react/import.css', 'dist/react/styles.css');
      },
    }),
  ),
]);
