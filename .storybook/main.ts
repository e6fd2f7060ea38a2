import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { defaultClientConditions } from 'vite';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // GitHub-flavoured Markdown (tables) in the MDX docs pages, which MDX 3 leaves out.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  viteFinal: async (viteConfig) => {
    // Workspace packages resolve to their TypeScript source: no build needed before Storybook.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['@kamkit/source', ...defaultClientConditions];
    // @kamkit/import is not a dependency of the workspace root (core and react are): the CSV recipe's story
    // reaches its source here, as tsconfig.json's `paths` do for the type check.
    const alias = viteConfig.resolve.alias ?? [];
    viteConfig.resolve.alias = [
      ...(Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))),
      {
        find: /^@kamkit\/import$/,
        replacement: fileURLToPath(new URL('../packages/import/src/index.ts', import.meta.url)),
      },
      {
        find: /^@kamkit\/import\/react$/,
        replacement: fileURLToPath(new URL('../packages/import/src/react/index.ts', import.meta.url)),
      },
      // The Next.js recipe's client component runs in its story with a stand-in router (Next.js is no dependency).
      {
        find: /^next\/navigation$/,
        replacement: fileURLToPath(new URL('../stories/recipes/nextjs/navigationStub.ts', import.meta.url)),
      },
    ];
    return viteConfig;
  },
};

export default config;
