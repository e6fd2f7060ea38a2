import type { Decorator, Preview } from '@storybook/react-vite';
import { extractComponentDescription } from 'storybook/internal/docs-tools';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import './preview.css';

/**
 * The kit's JSDoc links names with TSDoc's `{@link X}` (editors follow them); the docs pages render Markdown,
 * which has no such tag, so a link becomes the name in code style (`{@link X | text}` becomes the text).
 */
function plainLinks(text: string): string {
  return text.replace(
    /\{@link(?:code|plain)?\s+([^}|\s]+)(?:\s*\|\s*([^}]*)|\s+([^}]*))?\}/g,
    (_, target: string, piped?: string, spaced?: string) => `\`${(piped ?? spaced)?.trim() || target}\``,
  );
}

/** Prop descriptions in the autodocs tables, with their links made plain. */
const plainLinkArgTypes: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      typeof argType.description === 'string'
        ? { ...argType, description: plainLinks(argType.description) }
        : argType,
    ]),
  );

/** Theme and locale switches in the toolbar; every story receives the locale as `globals.locale`. */
const withTheme: Decorator = (Story, context) => {
  const theme = (context.globals.theme as string) ?? 'light';
  return (
    <div
      className={`kamkit-story kamkit-story--${theme}`}
      data-kamkit-theme={theme === 'light' ? undefined : theme}
    >
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Chart theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand (CSS variables)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Number locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'en-US ($)' },
          { value: 'de-DE', title: 'de-DE (€)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    a11y: { test: 'error' },
    docs: {
      extractComponentDescription: (component: unknown) =>
        plainLinks(extractComponentDescription(component as never)),
    },
  },
  argTypesEnhancers: [plainLinkArgTypes],
  tags: ['autodocs'],
};

export default preview;
