import type { Decorator, Preview } from '@storybook/react-vite';
import './preview.css';

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
  },
  tags: ['autodocs'],
};

export default preview;
