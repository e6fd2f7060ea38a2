import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';

/** Browser command for the 'browser' project: `prefers-color-scheme` for the page the tests run in. */
const emulateColorScheme: BrowserCommand<['light' | 'dark']> = async (context, scheme) => {
  if (!('page' in context)) throw new Error('emulateColorScheme needs the playwright provider');
  await (context.page as { emulateMedia(o: object): Promise<void> }).emulateMedia({ colorScheme: scheme });
};

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
        // Theme and export tests that need a real browser (computed colours, prefers-color-scheme, canvas,
        // screenshots): packages/react/test/browser/*.browser.tsx in Debian's headless Chromium.
        extends: true,
        plugins: [react()],
        // Pre-bundled up front: discovered during a run, Vite would reload the page in the middle of the tests.
        optimizeDeps: {
          include: [
            'react-dom/server',
            'react-dom/client',
            '@storybook/react-vite',
            '@testing-library/react',
          ],
        },
        test: {
          name: 'browser',
          testTimeout: 60_000,
          include: ['packages/react/test/browser/**/*.browser.tsx'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
              // Larger than the test page's viewport, so the page is not scaled down to fit: screenshots
              // then have one pixel per CSS pixel, as the exported PNGs they are compared with.
              contextOptions: { viewport: { width: 1400, height: 1200 } },
            }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1000, height: 1000 },
            commands: { emulateColorScheme },
          },
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
