import type { Page } from '@playwright/test';
import { expect, hitCount, openSearch, test } from './helpers';

/** The dates the hits show, "YYYY-MM-DD[ HH:MM UTC]" (sortable as text) or "undated". */
async function shownDates(page: Page): Promise<string[]> {
  return page.getByTestId('hit-date').allTextContents();
}

/** Dated hits in the given order, then the undated ones (either sort puts them last). */
function inDateOrder(dates: string[], order: 'newest' | 'oldest'): string[] {
  const dated = dates.filter((d) => d !== 'undated').sort();
  if (order === 'newest') dated.reverse();
  return [...dated, ...dates.filter((d) => d === 'undated')];
}

test('Newest and Oldest first put every match of a query in date order', async ({ page }) => {
  await openSearch(page, '/?q=kanak&per=50');
  const total = await hitCount(page);
  expect(total).toBeGreaterThan(5);
  const sort = page.getByRole('combobox', { name: 'Sort' });

  await sort.selectOption({ label: 'Newest first' });
  await expect(page).toHaveURL(/[?&]sort=newest/);
  await expect(page.getByTestId('hit')).toHaveCount(total);
  const newest = await shownDates(page);
  expect(newest).toEqual(inDateOrder(newest, 'newest'));
  expect(await hitCount(page)).toBe(total);

  await sort.selectOption({ label: 'Oldest first' });
  await expect(page).toHaveURL(/[?&]sort=oldest/);
  const oldestFirst = inDateOrder(newest, 'oldest');
  await expect(page.getByTestId('hit-date').first()).toHaveText(oldestFirst[0]!);
  expect(await shownDates(page)).toEqual(oldestFirst);
});

test('a phrase with an exclusion shows only articles whose text holds the phrase', async ({
  page,
}) => {
  await openSearch(page, `/?q=${encodeURIComponent('"New Caledonia" -france')}&per=50`);
  const hits = page.getByTestId('hit');
  await expect(hits.first()).toBeVisible();
  for (const text of await hits.allTextContents()) {
    expect(text).toMatch(/New\s+Caledonia/i);
  }
  await page.getByRole('button', { name: 'Search tips' }).click();
  await expect(page.getByText(/searches only the text/)).toBeVisible();
});
