import { expect, test } from '@playwright/test';

test('the demo loads with its charts rendered and no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  const pareto = page.locator('[data-kamkit-chart="pareto"]');
  await expect(pareto).toBeVisible();
  await expect(pareto.getByRole('img')).toHaveAccessibleDescription(
    /of \d+ accounts \(\d+%\) make 80% of revenue\./,
  );
  expect(await pareto.locator('rect.kamkit-bar').count()).toBeGreaterThan(100);
  expect(errors).toEqual([]);
});
