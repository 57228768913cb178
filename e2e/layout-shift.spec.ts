import type { Page } from '@playwright/test';
import { expect, hitCount, openSearch, test, waitForCount } from './helpers';

/** Starts summing layout shifts not caused by user input (as Cumulative Layout Shift counts). */
async function watchShifts(page: Page) {
  await page.evaluate(`
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  `);
  return async () => Number(await page.evaluate('window.__shift'));
}

// 0.1 is the "good" bound of Cumulative Layout Shift; results arriving should stay far below it.
const GOOD = 0.1;

test('no layout shift while a server-rendered search loads, hydrates and gets its chart', async ({
  page,
}) => {
  await openSearch(page, '/?q=kanak&country=FR');
  const shift = await watchShifts(page);
  await expect(page.locator('[data-facet="date"] svg')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await shift()).toBeLessThan(GOOD);
});

test('no layout shift when back/forward brings other results and facet counts', async ({
  page,
}) => {
  await openSearch(page, '/?q=kanak');
  const kanak = await hitCount(page);
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('armenia');
  await expect(page.getByTestId('stats')).toHaveAttribute('data-query', 'armenia');
  await expect(page).toHaveURL(/q=armenia/);
  const armenia = await hitCount(page);
  await page.waitForTimeout(600); // past the 500 ms in which shifts count as caused by input
  const shift = await watchShifts(page);
  const before = await shift();
  // History navigation is not user input, so every shift it causes counts.
  await page.goBack();
  await waitForCount(page, (n) => n === kanak);
  await expect(page.getByTestId('facets')).toHaveAttribute('aria-busy', 'false');
  await page.goForward();
  await waitForCount(page, (n) => n === armenia);
  await page.waitForTimeout(500);
  expect((await shift()) - before).toBeLessThan(GOOD);
});
