import { expect, type Page, test } from '@playwright/test';

/** Collects console errors and uncaught exceptions of a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Every chart on the page: an `<svg role="img">` with a description and at least one drawn mark. */
async function expectChartsRendered(page: Page, minimum: number) {
  const charts = page.locator('.kamkit-chart svg[role="img"]');
  await expect(charts.first()).toBeVisible();
  const count = await charts.count();
  expect(count).toBeGreaterThanOrEqual(minimum);
  for (let i = 0; i < count; i++) {
    const chart = charts.nth(i);
    await expect(chart).toHaveAccessibleDescription(/\w+/);
    expect(await chart.locator('rect, path, circle').count(), `chart ${i} draws marks`).toBeGreaterThan(0);
  }
  return count;
}

test('the portfolio page renders every chart with no console errors', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#/portfolio');
  const pareto = page.locator('[data-kamkit-chart="pareto"]');
  await expect(pareto.getByRole('img')).toHaveAccessibleDescription(
    /of \d+ accounts \(\d+%\) make 80% of revenue\./,
  );
  expect(await pareto.locator('rect.kamkit-bar').count()).toBeGreaterThan(100);
  await expectChartsRendered(page, 5);
  expect(errors).toEqual([]);
});

test('every page of the workspace renders without console errors', async ({ page }) => {
  const errors = watchErrors(page);
  for (const [path, minimum] of [
    ['prioritisation', 2],
    ['dashboard', 3],
    ['account-plan', 1],
  ] as const) {
    await page.goto(`/#/${path}`);
    await expect(page.getByRole('link', { name: /./, exact: false }).first()).toBeVisible();
    await expectChartsRendered(page, minimum);
  }
  expect(errors).toEqual([]);
});

test('the KA dashboard shows the onboarding survey by question, lowest satisfaction first', async ({
  page,
}) => {
  await page.goto('/#/dashboard');
  const survey = page.locator('[data-panel="survey"]');
  await expect(survey.locator('.kamkit-dashboard__panel-title')).toHaveText(
    'Onboarding satisfaction by question',
  );
  await expect(survey.getByRole('img')).toHaveAccessibleDescription(
    /^Satisfaction is lowest for “How smoothly did your data migrate\?” in Integration: /,
  );
  // Three columns: the panel spans two, the width the dashboard draws the chart at, so its text is not scaled down.
  const svg = survey.locator('svg.kamkit-chart__svg');
  const drawn = Number(await svg.getAttribute('width'));
  expect(drawn).toBeGreaterThan(500);
  expect(Math.abs(((await svg.boundingBox())?.width ?? 0) - drawn)).toBeLessThan(2);
  // The demo data has answers, so the page adds no note about missing ones.
  await expect(page.getByText(/no onboarding survey answers/)).toHaveCount(0);
  await page.getByLabel('Locale').selectOption('de-DE');
  await expect(survey.getByRole('img')).toHaveAccessibleDescription(
    /^Am geringsten ist die Zufriedenheit bei „Wie reibungslos verlief die Datenmigration\?“/,
  );
});

test('the endangerment column lists every queued account, A accounts first', async ({ page }) => {
  await page.goto('/#/dashboard');
  const rows = page.locator('[data-panel="risk"] .kamkit-ranking__row');
  // 25 demo accounts are in the at-risk queue (every flagged account; the Scenario's queue step counts the same).
  await expect(rows).toHaveCount(25);
  // First: Zorgverzekeraar Heiloord (acc-099), an A account waiting 99 days (its name is shortened in the column).
  await expect(rows.first()).toHaveAttribute('data-id', 'acc-099');
  await expect(rows.first()).toHaveAttribute('data-tier', 'A');
  await expect(rows.first()).toContainText(/99$/);
});

test('the year selector changes the analysed year', async ({ page }) => {
  await page.goto('/#/portfolio');
  const pareto = page.locator('[data-kamkit-chart="pareto"]');
  const before = await pareto.getByRole('img').getAttribute('aria-describedby');
  const description = async () =>
    page.evaluate((id) => document.getElementById(id ?? '')?.textContent ?? '', before);
  const in2024 = await description();
  await page.getByLabel('Year').first().selectOption('2022');
  await expect.poll(description).not.toBe(in2024);
});

test('switching to dark theme and German formats the charts', async ({ page }) => {
  await page.goto('/#/portfolio');
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('Locale').selectOption('de-DE');
  await expect(page.locator('.app')).toHaveAttribute('data-kamkit-theme', 'dark');
  await expect(page.locator('[data-kamkit-chart="pareto"] .kamkit-axis--left')).toContainText('€');
  await expect(page.locator('[data-kamkit-chart="pareto"] .kamkit-axis--right')).toContainText('80 %');
});

test('the phone layout has no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/portfolio');
  await expect(page.locator('[data-kamkit-chart="pareto"]')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('exports a chart as SVG and its data as formula-safe CSV', async ({ page }) => {
  await page.goto('/#/portfolio');
  const card = page.locator('section.card', { has: page.locator('[data-kamkit-chart="pareto"]') });
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/^pareto-\d{4}\.svg$/);
  const svgText = await (await svg.createReadStream())
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString());
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('kamkit-bar');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'CSV' }).click(),
  ]);
  const csvText = await (await csv.createReadStream())
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString());
  expect(csvText.startsWith('\uFEFFRank,Account,Revenue')).toBe(true);
  expect(csvText.split('\r\n').length).toBeGreaterThan(100);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
});

test('a Pareto bar clicked opens that account’s page, and Back returns to the chart', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#/portfolio');
  const pareto = page.locator('[data-kamkit-chart="pareto"]');
  const bar = pareto.locator('rect.kamkit-bar').first();
  const box = await bar.boundingBox();
  if (!box) throw new Error('the first Pareto bar is not drawn');
  // The explorer lies over the plot and hit-tests the pointer, so click where the bar is drawn.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 4);
  await expect(page).toHaveURL(/#\/account\/acc-\d+$/);
  // The largest account by 2024 revenue (the chart's first bar) in the demo data.
  await expect(page.locator('#account-name')).toHaveText('Zorgverzekeraar Zandveen');
  await expect(page.locator('[data-kamkit-chart="score-breakdown"]')).toBeVisible();
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page).toHaveURL(/#\/portfolio$/);
  await expect(pareto).toBeVisible();
  expect(errors).toEqual([]);
});

test('a scoring-table row selected by keyboard is marked in the matrix and links to the account', async ({
  page,
}) => {
  await page.goto('/#/prioritisation');
  const tables = page.locator('[data-kamkit-chart="scoring-table"]');
  await expect(tables).toHaveCount(2);
  // The scoring covers the accounts still with us, the same 136 as the Scenario (churned accounts are left out).
  await expect(
    page.getByText(/Scored: the 136 accounts still with us; churned accounts \(14\)/),
  ).toBeVisible();
  const growth = tables.first().locator('.kamkit-explorer');
  await growth.focus();
  await page.keyboard.press('Enter');
  const selection = page.locator('.selection');
  await expect(selection).toContainText('Selected: Groupe Hospitalier Château-Lumière');
  // One selection for the tables and the matrix: the matrix marks the same account.
  await expect(page.locator('[data-kamkit-chart="scoring-matrix"] [data-selected="true"]')).toHaveCount(1);
  await selection.getByRole('link', { name: /Open account page/ }).click();
  await expect(page).toHaveURL(/#\/account\/acc-\d+$/);
  await expect(page.locator('#account-name')).toHaveText('Groupe Hospitalier Château-Lumière');
});

test('an unknown account id says so instead of a blank page', async ({ page }) => {
  await page.goto('/#/account/no-such-id');
  await expect(page.locator('#account-name')).toHaveText('No such account');
  await expect(page.getByText('no-such-id')).toBeVisible();
});
