import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUTO_SETTINGS, ImportSession, type ImportSettings } from '@kamkit/import';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../scripts/import-files';
import { generateDemoData } from '../data/generate';

/** Loads bytes into a session and imports them with the detected mapping. */
async function importFile(
  bytes: Uint8Array,
  options: { fileName?: string; locale?: string; settings?: Partial<ImportSettings> } = {},
) {
  const settings = { ...AUTO_SETTINGS, ...options.settings };
  const session = new ImportSession();
  const summary = await session.load(bytes, options.fileName ?? 'test.csv', settings);
  return { summary, ...session.analyse(summary.mapping, settings, options.locale ?? 'en-US') };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(here, '../../../import/test/fixtures', name)));
const demo = new Map(generateDemoData().accounts.map((a) => [a.id, a]));
const latestMrr = (id: string) => demo.get(id)!.mrr.at(-1)!.mrr;

describe('fixtures', () => {
  it('accounts-en.csv: English, comma-separated, 1,234.56 numbers, US dates', async () => {
    const { result, summary, resolved } = await importFile(fixture('accounts-en.csv'), { locale: 'de-DE' });
    expect([summary.encoding, summary.delimiter]).toEqual(['utf-8', ',']);
    expect(result.accounts).toHaveLength(30);
    expect(result.years).toEqual(['2022', '2023', '2024']);
    expect(result.issues).toEqual([]);
    expect(resolved.dateOrder).toEqual({ order: 'mdy', source: 'file' });
    for (const account of result.accounts) {
      const original = demo.get(account.id)!;
      expect(account.revenue).toEqual(original.revenue);
      expect(account.mrr).toBe(latestMrr(account.id));
      expect(account.costToServe).toBe(original.costToServe);
      expect(account.customerSince).toBe(original.customerSince);
      expect(account.owner).toBe(original.owner);
    }
  });

  it('accounts-de.csv: Windows-1252, semicolons, decimal commas, German headers and values', async () => {
    const bytes = fixture('accounts-de.csv');
    expect(bytes.includes(0xfc) || bytes.includes(0xf6) || bytes.includes(0xe4)).toBe(true); // ü ö ä as single bytes
    const { result, summary, resolved } = await importFile(bytes, { locale: 'en-US' });
    expect([summary.encoding, summary.delimiter]).toEqual(['windows-1252', ';']);
    expect(summary.headers.slice(7, 10)).toEqual(['Umsatz 2022', 'Umsatz 2023', 'Umsatz 2024']);
    expect(result.accounts).toHaveLength(30);
    expect(result.issues).toEqual([]);
    expect(result.accounts.some((a) => /[äöüß]/.test(a.name))).toBe(true);
    // MRR and cost values such as '115.000' read either way; the file's decimal commas decide: thousands.
    expect(resolved.numberFormat.byColumn[summary.headers.indexOf('MRR (EUR)')]).toEqual({
      format: 'comma',
      source: 'file',
    });
    for (const account of result.accounts) {
      const original = demo.get(account.id)!;
      expect(account.name).toBe(original.name);
      expect(account.revenue).toEqual(original.revenue);
      expect(account.mrr).toBe(latestMrr(account.id));
      expect(account.costToServe).toBe(original.costToServe);
      expect(account.netPricePct).toBe(original.netPricePct);
      expect(account.segment).toBe(original.segment);
      expect(account.onboardingStage).toBe(original.onboardingStage);
      expect(account.customerSince).toBe(original.customerSince);
    }
  });

  it('accounts.xlsx: picks the Accounts sheet and reads four years, numbers and dates', async () => {
    const { result, summary } = await importFile(fixture('accounts.xlsx'), { fileName: 'accounts.xlsx' });
    expect(summary.kind).toBe('xlsx');
    expect(summary.sheets).toEqual(['Read me', 'Accounts']);
    expect(summary.sheet).toBe('Accounts');
    expect(result.years).toEqual(['2022', '2023', '2024', '2025']);
    expect(result.accounts).toHaveLength(30);
    expect(result.issues).toEqual([]);
    for (const account of result.accounts) {
      const original = demo.get(account.id)!;
      expect(account.revenue).toMatchObject(original.revenue);
      expect(account.customerSince).toBe(original.customerSince);
      expect(account.churnedAt).toBe(original.churnedAt);
      expect(account.satisfaction).toBe(original.satisfaction);
    }
  });

  it('accounts-bad.csv: reports each problem by row and keeps the valid rows', async () => {
    const { result } = await importFile(fixture('accounts-bad.csv'));
    expect(result.rowCount).toBe(26);
    expect(result.accounts).toHaveLength(21);
    expect(result.issues.map((i) => [i.severity, i.row, i.column, i.code])).toEqual([
      ['error', 5, 'Account ID', 'duplicate-id'],
      ['warning', 8, 'Revenue 2023', 'negative-revenue'],
      ['error', 10, 'Revenue 2024', 'not-a-number'],
      ['warning', 12, 'Account name', 'formula-like'],
      ['error', 16, 'Account name', 'missing-required'],
      ['error', 18, 'Satisfaction', 'out-of-range'],
      ['warning', 20, 'Segment', 'unknown-value'],
      ['error', 22, 'Revenue 2022', 'not-a-number'],
      ['warning', 24, 'Owner', 'formula-like'],
    ]);
    const names = result.accounts.map((a) => a.name);
    expect(names).toContain('=HYPERLINK("http://example.com/x","Click me")');
    expect(names).toContain('<script>alert("x")</script>');
    expect(result.accounts.find((a) => a.row === 8)!.revenue['2023']).toBe(-12500);
  });

  it('accounts-rows.csv: years as rows, five years', async () => {
    const { result } = await importFile(fixture('accounts-rows.csv'));
    expect(result.settings.shape).toBe('rows');
    expect(result.years).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(result.accounts).toHaveLength(8);
    expect(result.issues).toEqual([]);
    expect(result.accounts[0]!.revenue['2024']).toBe(demo.get('acc-001')!.revenue['2024']);
  });

  it('the German and Excel templates import like the English one', async () => {
    const publicDir = path.join(here, '../../public');
    const read = (name: string) => new Uint8Array(readFileSync(path.join(publicDir, name)));
    const english = (await importFile(read('kamkit-import-template.csv'))).result;
    const german = (await importFile(read('kamkit-import-template-de.csv'))).result;
    const excel = (await importFile(read('kamkit-import-template.xlsx'), { fileName: 't.xlsx' })).result;
    expect(english.accounts.length).toBeGreaterThan(0);
    expect(english.issues).toEqual([]);
    expect(german.settings.delimiter).toBe(';');
    expect(german.settings.encoding).toBe('utf-8-bom');
    expect(german.accounts).toEqual(english.accounts);
    // The workbook carries its monthly MRR as the "MRR" sheet; the CSV templates have it as a second file.
    expect(excel.months).toHaveLength(12);
    expect(excel.accounts.map(({ mrrSeries: _, ...rest }) => rest)).toEqual(
      english.accounts.map(({ mrrSeries: _, ...rest }) => rest),
    );
  });

  it('the monthly MRR templates (English and German) attach the same series to the template accounts', async () => {
    const publicDir = path.join(here, '../../public');
    const read = (name: string) => new Uint8Array(readFileSync(path.join(publicDir, name)));
    const series = async (accounts: string, mrr: string, locale: string) => {
      const session = new ImportSession();
      const summary = await session.load(read(accounts), accounts, AUTO_SETTINGS);
      await session.loadMrr(read(mrr), mrr, AUTO_SETTINGS);
      const { result } = session.analyse(summary.mapping, AUTO_SETTINGS, locale);
      expect(result.issues).toEqual([]);
      return result;
    };
    const english = await series('kamkit-import-template.csv', 'kamkit-import-template-mrr.csv', 'en-US');
    const german = await series(
      'kamkit-import-template-de.csv',
      'kamkit-import-template-mrr-de.csv',
      'de-DE',
    );
    const excel = (await importFile(read('kamkit-import-template.xlsx'), { fileName: 't.xlsx' })).result;
    expect(english.months).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    );
    expect(german.accounts).toEqual(english.accounts);
    expect(excel.accounts).toEqual(english.accounts);
    const upgraded = english.accounts[3]!.mrrSeries;
    expect([upgraded[5]?.plan, upgraded[6]?.plan]).toEqual(['Basic', 'Standard']);
  });

  it('the committed CSV fixtures match the generator (node scripts/make-import-files.mjs)', async () => {
    const root = path.join(here, '../..');
    for (const file of await importFiles(root)) {
      if (!file.path.endsWith('.csv')) continue; // workbooks carry a creation time
      expect(
        Buffer.from(readFileSync(path.join(root, file.path))).equals(Buffer.from(file.bytes)),
        file.path,
      ).toBe(true);
    }
  });
});
