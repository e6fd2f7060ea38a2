import { ImportSession } from '../src/session';
import { AUTO_SETTINGS, type ImportSettings } from '../src/types';

/** Loads bytes or text into a session and imports them with the detected mapping (test helper). */
export async function importFile(
  input: string | Uint8Array,
  options: { fileName?: string; locale?: string; settings?: Partial<ImportSettings> } = {},
) {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const settings = { ...AUTO_SETTINGS, ...options.settings };
  const session = new ImportSession();
  const summary = await session.load(bytes, options.fileName ?? 'test.csv', settings);
  const analysis = session.analyse(summary.mapping, settings, options.locale ?? 'en-US');
  return { session, summary, settings, ...analysis };
}
