import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/import/fixtures');

async function importFile(page: Page, file: string, locale: 'en-US' | 'de-DE' = 'en-US') {
  await page.goto('/#/import');
  await page.getByLabel('Locale').selectOption(locale);
  await page.getByLabel('CSV or Excel file to import').setInputFiles(path.join(fixtures, file));
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
    await expect(page.getByRole('heading', { name: 'No problems found' })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Import 30 accounts' }).click();
    await expect(page.getByText(/Your file:/)).toContainText(file);
    const description = await paretoDescription(page);
    expect(description).toMatch(/of 30 accounts \(\d+\s?%\) make 80\s?% of revenue\./);
    expect(errors).toEqual([]);
  });
}

test('a German file reads 1.250.000,00 as 1250000, not 1.25', async ({ page }) => {
  await importFile(page, 'accounts-de.csv', 'de-DE');
  await expect(page.getByRole('heading', { name: 'No problems found' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Import 30 accounts' }).click();
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
