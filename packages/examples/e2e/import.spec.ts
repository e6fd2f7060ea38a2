import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '../../import/test/fixtures');
const publicDir = path.join(here, '../public');

/** The panel's words in the two locales (its English and German catalogues). */
const words = {
  'en-US': {
    input: 'CSV or Excel file to import',
    none: 'No problems found',
    apply: (n: number) => `Import ${n} accounts`,
  },
  'de-DE': {
    input: 'CSV- oder Excel-Datei zum Importieren',
    none: 'Keine Probleme gefunden',
    apply: (n: number) => `${n} Kunden importieren`,
  },
} as const;

async function importFile(page: Page, file: string, locale: 'en-US' | 'de-DE' = 'en-US') {
  await page.goto('/#/import');
  await page.getByLabel('Locale').selectOption(locale);
  await page.getByLabel(words[locale].input).setInputFiles(path.join(fixtures, file));
}

async function paretoDescription(page: Page) {
  await page.getByRole('link', { name: 'Portfolio', exact: true }).click();
  const img = page.locator('[data-kamkit-chart="pareto"]').getByRole('img');
  await expect(img).toBeVisible();
  const id = await img.getAttribute('aria-describedby');
  return page.evaluate((descId) => document.getElementById(descId ?? '')?.textContent ?? '', id);
}

for (const [file, locale] of [
  ['accounts-en.csv', 'en-US'],
  ['accounts-de.csv', 'de-DE'],
  ['accounts.xlsx', 'en-US'],
] as const) {
  test(`importing ${file} replaces the demo data in the charts`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await importFile(page, file, locale);
    await expect(page.getByRole('heading', { name: words[locale].none })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: words[locale].apply(30) }).click();
    await expect(page.getByText(/Your file:|Ihre Datei:/)).toContainText(file);
    const description = await paretoDescription(page);
    // The chart describes itself in the page's locale.
    expect(description).toMatch(
      /(of 30 accounts|von 30 Konten) \(\d+\s?%\) (make|machen) 80\s?% (of revenue|des Umsatzes)/,
    );
    expect(errors).toEqual([]);
  });
}

test('a German file reads 1.250.000,00 as 1250000, not 1.25', async ({ page }) => {
  await importFile(page, 'accounts-de.csv', 'de-DE');
  await expect(page.getByRole('heading', { name: words['de-DE'].none })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: words['de-DE'].apply(30) }).click();
  await page.getByRole('link', { name: 'Portfolio', exact: true }).click();
  // The largest account's 2024 revenue is in the millions: the axis shows "Mio. €", never cents.
  await expect(page.locator('[data-kamkit-chart="pareto"] .kamkit-axis--left')).toContainText('Mio. €');
});

test('a file with bad rows lists row-numbered errors, keeps the valid rows and shows hostile names as text', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await importFile(page, 'accounts-bad.csv');
  await expect(page.getByRole('heading', { name: /Problems: 5 errors, 4 warnings/ })).toBeVisible({
    timeout: 30_000,
  });
  const issues = page.locator('.kamkit-import__issues li');
  await expect(issues.filter({ hasText: 'Row 5' }).first()).toContainText('acc-032');
  await expect(issues.filter({ hasText: 'Row 10' }).first()).toContainText('Revenue 2024');
  await page.getByRole('button', { name: 'Import 21 accounts' }).click();
  await page.getByRole('link', { name: 'Portfolio', exact: true }).click();
  await page.locator('[data-kamkit-chart="pareto"]').getByRole('button', { name: 'Show data table' }).click();
  const table = page.locator('[data-kamkit-chart="pareto"] table');
  await expect(table).toContainText('=HYPERLINK(');
  await expect(table).toContainText('<script>');
  expect(await page.locator('script:not([src]):not([type="module"])').count()).toBe(0);
  expect(dialogs).toBe(0);
  // The CSV export neutralises the formula: a spreadsheet shows it as text instead of running it.
  const card = page.locator('section.card', { has: page.locator('[data-kamkit-chart="pareto"]') });
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'CSV' }).click(),
  ]);
  const text = Buffer.concat(await (await csv.createReadStream()).toArray()).toString();
  expect(text).toMatch(/(^|,)"?'=HYPERLINK\(/m);
  expect(text).not.toMatch(/(^|,)"?=HYPERLINK\(/m);
});

const TSV_DE =
  'Kundennummer\tKunde\tUmsatz 2023\tUmsatz 2024\nK-1\tKlinik A\t1.234,56\t2.500,00\nK-2\tKlinik B\t980,00\t1.100,50\n';

test('a range pasted from a German spreadsheet (Ctrl+V, a paste event) imports like a file', async ({
  page,
}) => {
  await page.goto('/#/import');
  await page.getByLabel('Locale').selectOption('de-DE');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, TSV_DE);
  await expect(page.getByRole('heading', { name: 'Keine Probleme gefunden' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByLabel('Trennzeichen')).toContainText('Erkannt: Tabulator');
  await page.getByRole('button', { name: '2 Kunden importieren' }).click();
  await expect(page.getByText(/Your file:|Ihre Datei:/)).toContainText('Eingefügter Bereich');
});

test('the "Paste from spreadsheet" button reads the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/import');
  await page.evaluate(
    (text) => navigator.clipboard.writeText(text),
    'Account ID\tAccount name\tRevenue 2024\nA\tAlpha\t1,234.56\nB\tBeta\t980.00\n',
  );
  await page.getByRole('button', { name: 'Paste from spreadsheet' }).click();
  await expect(page.getByRole('button', { name: 'Import 2 accounts' })).toBeVisible({ timeout: 30_000 });
});

test('XLSX round trip: import a workbook, export the results to Excel, import the exported workbook', async ({
  page,
}) => {
  await importFile(page, 'accounts.xlsx');
  await page.getByRole('button', { name: 'Import 30 accounts' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results (Excel)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('accounts-results.xlsx');
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  const { default: readXlsxFile } = await import('read-excel-file/node');
  const sheets = await readXlsxFile(bytes);
  expect(sheets.map((s) => s.sheet)).toEqual(['Tiers per year', 'Scores', 'At-risk queue']);
  const tiers = sheets[0]!.data;
  expect(tiers[0]).toContain('Revenue 2025');
  // Numbers are number cells: every revenue cell is a number or empty.
  const revenueColumns = tiers[0]!.flatMap((h, i) => (String(h).startsWith('Revenue') ? [i] : []));
  for (const row of tiers.slice(1))
    for (const i of revenueColumns) expect(['number', 'object']).toContain(typeof row[i]);
  // The exported tiers sheet is an import file itself: 30 accounts, years 2022–2025.
  await page.getByLabel('CSV or Excel file to import').setInputFiles({
    name: 'accounts-results.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await expect(page.getByRole('button', { name: 'Import 30 accounts' })).toBeVisible({ timeout: 30_000 });
});

test('the Excel template carries monthly MRR: the dashboard shows MRR by plan for imported data', async ({
  page,
}) => {
  await page.goto('/#/import');
  await page
    .getByLabel(words['en-US'].input)
    .setInputFiles(path.join(publicDir, 'kamkit-import-template.xlsx'));
  await expect(page.getByText(/Monthly MRR from kamkit-import-template\.xlsx › MRR/)).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: /^Import \d+ accounts$/ }).click();
  await page.getByRole('link', { name: 'KA dashboard', exact: true }).click();
  await expect(page.getByText(/Your file has no monthly MRR/)).toHaveCount(0);
  // The template has no survey sheet: the survey panel stays and says so, in the app's words.
  const survey = page.locator('[data-panel="survey"]');
  await expect(survey.getByRole('img')).toHaveAccessibleDescription(
    'Your data has no onboarding survey answers.',
  );
  await expect(page.getByText(/Your file has no onboarding survey answers/)).toBeVisible();
  await page.getByLabel('Locale').selectOption('de-DE');
  await expect(survey.getByRole('img')).toHaveAccessibleDescription(
    'Ihre Daten enthalten keine Antworten der Onboarding-Umfrage.',
  );
  await expect(page.getByText(/Ihre Datei enthält keine Antworten der Onboarding-Umfrage/)).toBeVisible();
});
