import { importMessagesDe } from './de';
import { importMessagesEn } from './en';
import type { ImportMessages } from './types';

export { importMessagesDe } from './de';
export { importMessagesEn } from './en';
export type { ImportMessages, ResultCounts } from './types';

/**
 * The catalogue for a locale: German for `de` and `de-*`, English otherwise; `overrides` replace single
 * entries (a missing German entry is a type error, never an English fallback).
 *
 * @example
 * importMessages('de-AT').chooseFile; // 'Datei auswählen…'
 */
export function importMessages(locale: string, overrides: Partial<ImportMessages> = {}): ImportMessages {
  const base = /^de(-|$)/i.test(locale) ? importMessagesDe : importMessagesEn;
  return { ...base, ...overrides };
}
