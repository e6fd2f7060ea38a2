import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const source = '@kamkit/source';

/**
 * Unit tests run in Node (core) and happy-dom (react) against the packages' source (the `@kamkit/source`
 * export condition); story tests run every Storybook story in Debian's headless Chromium with axe checks.
 * `KAMKIT_FC_RUNS` sets the number of fast-check runs (default 1,000; e.g. 20000 locally).
 */
export default defineConfig({
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions], externalConditions: [source] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          // Property suites scale with KAMKIT_FC_RUNS; a long local run must not hit the 5 s default.
          testTimeout: 120_000,
          include: ['packages/core/test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'examples',
          environment: 'node',
          testTimeout: 60_000,
          include: ['packages/examples/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'import',
          environment: 'node',
          // The scale test reads 200,000 rows; the React panel's tests opt into happy-dom per file.
          testTimeout: 120_000,
          include: ['packages/import/test/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'react',
          environment: 'happy-dom',
          // Large-data tests render 100,000 accounts; speed is measured by the benchmark, not by timeouts.
          testTimeout: 60_000,
          include: ['packages/react/test/**/*.test.{ts,tsx}'],
          setupFiles: ['packages/react/test/setup.ts'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
