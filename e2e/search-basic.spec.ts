import { expect, test } from '@playwright/test';

test('the first page is server-rendered with demo articles and a country facet', async ({
  request,
}) => {
  const res = await request.get('/');
  expect(res.status()).toBe(200);
  const html = await res.text();
  // Rendered on the server: hits and facet counts are in the HTML before any script runs.
  expect(html).toMatch(/data-testid="hit"/);
  expect(html).toContain('France');
});

test('searching "Kanak" finds the New Caledonia briefs', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('Kanak');
  await expect(page).toHaveURL(/Kanak/i);
  const hits = page.getByTestId('hit');
  await expect(hits.first()).toBeVisible();
  await expect(hits.first()).toContainText(/Kanak|New Caledonia/i);
  await expect(page.getByTestId('stats')).toContainText(/\d+ articles/);
});
