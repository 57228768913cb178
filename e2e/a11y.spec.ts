import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openSearch, test } from './helpers';

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe: no serious violations on the search, article and entity pages', async ({ page }) => {
  await openSearch(page, '/?q=kanak&country=FR');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('hit').first().locator('h2 a').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/countries/FR');
  expect(await seriousViolations(page)).toEqual([]);
  await openSearch(page, '/?q=zzqxwv');
  expect(await seriousViolations(page)).toEqual([]);
});

test('keyboard only: search, refine with a real checkbox, and open a result', async ({ page }) => {
  await openSearch(page);
  await page.keyboard.press('Tab'); // brand link
  await page.keyboard.press('Tab'); // API link
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toBeFocused();
  await page.keyboard.type('kanak');
  await expect(page).toHaveURL(/q=kanak/);
  // Walk forward to the first country checkbox; focus must be visible on the way.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const isCountryBox = await page.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox',
    );
    if (isCountryBox) break;
  }
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/country=/);
  const link = page.getByTestId('hit').first().locator('h2 a');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\//);
});
