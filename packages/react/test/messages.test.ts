import { describe, expect, it } from 'vitest';
import { createFormat } from '../src/format/createFormat';
import {
  languageOf,
  mergeMessages,
  messagesDe,
  messagesEn,
  resolveMessages,
  translate,
} from '../src/messages';
import { pareto as dePareto } from '../src/messages/de/pareto';
import { pareto as enPareto } from '../src/messages/en/pareto';

/** Every message's path in a catalogue, with whether it has plural forms. */
function paths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  if (node && typeof node === 'object' && 'other' in node) return [prefix];
  return Object.entries(node as object).flatMap(([key, value]) =>
    paths(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** The placeholders of a message (all plural forms), sorted. */
function placeholders(node: unknown): string[] {
  const texts =
    typeof node === 'string' ? [node] : Object.values(node as object).filter((v) => typeof v === 'string');
  return [
    ...new Set(texts.flatMap((t) => Array.from(t.matchAll(/\{(\w+)(?::\w+)?\}/g), (m) => m[1] as string))),
  ].sort();
}

const at = (node: unknown, path: string) =>
  path.split('.').reduce<unknown>((n, key) => (n as Record<string, unknown>)[key], node);

// Every catalogue file, so a family added later is checked without being listed here.
const enFiles = import.meta.glob<Record<string, unknown>>('../src/messages/en/*.ts', { eager: true });
const deFiles = import.meta.glob<Record<string, unknown>>('../src/messages/de/*.ts', { eager: true });

describe('message catalogues', () => {
  it('have the same keys in English and German, in every family', () => {
    expect(paths(messagesDe).sort()).toEqual(paths(messagesEn).sort());
    expect(Object.keys(messagesEn)).toEqual(expect.arrayContaining(['common', 'pareto', 'abc', 'churn']));
  });

  it('have the same files, exports and keys in both languages, and list every family in the catalogue', () => {
    const names = (files: Record<string, unknown>) => Object.keys(files).map((f) => f.replace(/^.*\//, ''));
    expect(names(deFiles).sort()).toEqual(names(enFiles).sort());
    for (const [file, en] of Object.entries(enFiles)) {
      const de = deFiles[file.replace('/en/', '/de/')] as Record<string, unknown>;
      expect(Object.keys(de).sort(), file).toEqual(Object.keys(en).sort());
      for (const [name, value] of Object.entries(en)) {
        expect(paths(de[name]).sort(), `${file} ${name}`).toEqual(paths(value).sort());
        if (!file.endsWith('/index.ts'))
          expect(Object.keys(messagesEn), `${name} in the catalogue`).toContain(name);
      }
    }
  });

  it('use the same placeholders in both languages and no empty message', () => {
    for (const path of paths(messagesEn)) {
      expect(placeholders(at(messagesDe, path)), path).toEqual(placeholders(at(messagesEn, path)));
      for (const text of [at(messagesEn, path), at(messagesDe, path)].flatMap((m) =>
        typeof m === 'string' ? [m] : Object.values(m as object),
      ))
        expect(String(text).trim().length, path).toBeGreaterThan(0);
    }
  });

  it('hold the words every chart shares in common', () => {
    for (const key of [
      'showTable',
      'hideTable',
      'empty',
      'errorTitle',
      'errorCode',
      'explorer',
      'explorerGrid',
    ])
      expect(messagesEn.common).toHaveProperty(key);
  });
});

describe('translate', () => {
  const en = createFormat({ locale: 'en-US' });
  const de = createFormat({ locale: 'de-DE', currency: 'EUR' });
  // Intl writes narrow and no-break spaces before % and €; compare with plain spaces.
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('picks the plural form with Intl.PluralRules and formats numbers with the chart formatters', () => {
    const params = { vital: 36, count: 144, share: 0.25, cutoff: 0.8 };
    expect(plain(translate(dePareto.finding, params, de))).toBe(
      '36 von 144 Konten (25 %) machen 80 % des Umsatzes aus.',
    );
    expect(translate(enPareto.finding, params, en)).toBe('36 of 144 accounts (25%) make 80% of revenue.');
    expect(plain(translate(dePareto.finding, { vital: 1, count: 1, share: 1, cutoff: 0.8 }, de))).toBe(
      '1 von 1 Konto (100 %) macht 80 % des Umsatzes aus.',
    );
    expect(plain(translate('{total:value} · {n}', { total: 1234567, n: 2.5 }, de))).toBe('1.234.567 € · 2,5');
  });

  it('keeps an unknown placeholder visible, writes strings as given, and unescapes braces', () => {
    expect(translate('{missing} {name} {{x}}', { name: '<b>' }, en)).toBe('{missing} <b> {x}');
  });
});

describe('resolveMessages', () => {
  it('picks German for any de-* locale and English otherwise', () => {
    expect(['de', 'de-DE', 'de-AT', 'de-CH', 'DE-de'].map(languageOf)).toEqual([
      'de',
      'de',
      'de',
      'de',
      'de',
    ]);
    expect(['en-US', 'fr-FR', undefined, 'dex'].map(languageOf)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('puts the messages prop over the catalogue key by key, without changing the catalogue', () => {
    const m = resolveMessages(
      'de-DE',
      { pareto: { value: 'Deckungsbeitrag' }, common: { showTable: 'Tabelle' } },
      'pareto',
      { en: enPareto, de: dePareto },
    );
    expect(m.family.value).toBe('Deckungsbeitrag');
    expect(m.family.rank).toBe('Rang');
    expect(m.common.showTable).toBe('Tabelle');
    expect(m.common.hideTable).toBe('Datentabelle ausblenden');
    expect(dePareto.value).toBe('Umsatz');
    expect(mergeMessages({ a: { one: 'x', other: 'y' } }, { a: 'z' })).toEqual({ a: 'z' });
  });
});
