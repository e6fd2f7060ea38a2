import { expect, type Page, test } from '@playwright/test';

// The guided Scenario page: the account manager's story step by step, each step with its text and its chart on
// the demo data, in English and in German.

/** Collects console errors and uncaught exceptions of a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** The charts each step shows (`data-kamkit-chart`), in the order of the walk. */
const steps: { title: RegExp; charts: string[]; text: RegExp }[] = [
  { title: /^The situation$/, charts: [], text: /has not committed to the full cloud migration/ },
  { title: /^Pareto/, charts: ['pareto'], text: /28 accounts \(19 %\) make 80 % of revenue/ },
  { title: /^ABC over three years/, charts: ['abc-migration'], text: /A in 2023 and 2024/ },
  {
    title: /^Scoring tables and matrix/,
    charts: ['scoring-matrix', 'scoring-table', 'scoring-table'],
    text: /25 accounts in the "key" quadrant/,
  },
  { title: /at-risk queue/, charts: ['churn-ranking'], text: /25 accounts, €225,130 MRR at risk/ },
  { title: /^Stakeholder map/, charts: ['stakeholders'], text: /Oliver Brennan-Hale/ },
  { title: /^Cross-sell whitespace/, charts: ['whitespace'], text: /Mount Meridian × Nimbus/ },
  { title: /^Once signed/, charts: ['onboarding-survey'], text: /data migration during integration/ },
];

test('the scenario walks from the situation to the onboarding survey, a chart on every step', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/#/scenario');
  await expect(page.getByRole('link', { name: 'Scenario', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const step = page.locator('.scenario__step');
  for (const [index, expected] of steps.entries()) {
    await expect(step.getByRole('heading', { level: 2 })).toHaveText(expected.title);
    await expect(step).toContainText(expected.text);
    await expect(step).toContainText(`Step ${index} of ${steps.length - 1}`);
    const charts = step.locator('.scenario__chart .kamkit-chart');
    await expect(charts).toHaveCount(expected.charts.length);
    for (const [i, kind] of expected.charts.entries()) {
      const chart = charts.nth(i);
      await expect(chart).toHaveAttribute('data-kamkit-chart', kind);
      await expect(chart.locator('svg[role="img"]').first()).toHaveAccessibleDescription(/\w+/);
    }
    const next = page.getByRole('button', { name: 'Next →' });
    if (index < steps.length - 1) await next.click();
    else await expect(next).toBeDisabled();
  }
  // The list of steps jumps straight to a step and marks it as the current one.
  const pareto = page.getByRole('navigation', { name: 'Steps of the scenario' }).getByRole('button', {
    name: 'Pareto',
    exact: true,
  });
  await pareto.click();
  await expect(pareto).toHaveAttribute('aria-current', 'step');
  await expect(step.getByRole('heading', { level: 2 })).toHaveText(/^Pareto/);
  expect(errors).toEqual([]);
});

test('the scenario’s Pareto step marks the flagship and opens another account’s page', async ({ page }) => {
  await page.goto('/#/scenario');
  await page.getByRole('button', { name: 'Next →' }).click();
  const pareto = page.locator('.scenario__chart [data-kamkit-chart="pareto"]');
  // Mount Meridian (the flagship, rank 2) is selected when the step opens.
  await expect(pareto.locator('rect.kamkit-bar[data-selected="true"]')).toHaveCount(1);
  const explorer = pareto.locator('.kamkit-explorer');
  await explorer.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/account\/acc-\d+$/);
  await expect(page.locator('#account-name')).toHaveText('Zorgverzekeraar Zandveen');
});

test('in German the scenario is told in German, and no step scrolls the phone sideways', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/scenario');
  await page.getByLabel('Locale').selectOption('de-DE');
  await expect(page.getByRole('link', { name: 'Szenario', exact: true })).toBeVisible();
  const step = page.locator('.scenario__step');
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Die Ausgangslage');
  for (let index = 0; index < steps.length; index++) {
    await expect(step).toContainText(`Schritt ${index} von ${steps.length - 1}`);
    if (index > 0) await expect(step.locator('.scenario__chart .kamkit-chart').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `step ${index} scrolls sideways`).toBeLessThanOrEqual(0);
    if (index < steps.length - 1) await page.getByRole('button', { name: 'Weiter →' }).click();
  }
  await expect(step).toContainText('Fazit:');
  await expect(step).toContainText('Datenmigration während der Integration');
  expect(errors).toEqual([]);
});
