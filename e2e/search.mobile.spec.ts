import { expect, openSearch, test } from './helpers';

test('at 360 px the facets live in a drawer and nothing overflows', async ({ page }) => {
  await openSearch(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  const filters = page.getByTestId('filters');
  await expect(filters).toBeHidden();
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(filters).toBeVisible();
  await filters
    .locator('section.facet[data-facet="country"]:visible')
    .getByRole('checkbox')
    .first()
    .check();
  await expect(page).toHaveURL(/country=/);
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect(filters).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  await expect(page.getByTestId('hit').first()).toBeVisible();
});

test('the open drawer keeps keyboard focus inside and gives it back on Escape', async ({
  page,
}) => {
  await openSearch(page);
  const toggle = page.getByRole('button', { name: /^Filters/ });
  await toggle.click();
  const filters = page.getByTestId('filters');
  await expect(filters).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show results' })).toBeFocused();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    expect(await filters.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await filters.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(filters).toBeHidden();
  await expect(toggle).toBeFocused();
});
