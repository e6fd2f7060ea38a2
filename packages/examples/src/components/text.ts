import { useWorkspace } from '../workspace';

/**
 * The app's own words in the workspace's language: `t(english, german)`. The charts' words come from the kit's
 * catalogue (`locale` prop); these are the page texts around them, which the app owns.
 */
export function useText(): (en: string, de: string) => string {
  const { settings } = useWorkspace();
  const german = settings.locale.startsWith('de');
  return (en, de) => (german ? de : en);
}
