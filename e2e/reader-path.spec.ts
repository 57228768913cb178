import type { Page } from '@playwright/test';
import { expect, facet, hitCount, openSearch, test } from './helpers';

const activeTestId = (page: Page) =>
  page.evaluate(() => ({
    text: document.activeElement?.textContent?.trim() ?? '',
    inHit: !!document.activeElement?.closest('[data-testid="hit"] h2'),
    bucket: document.activeElement?.getAttribute('data-bucket') ?? null,
  }));

test('keyboard: "Skip to results" reaches the first result in at most 10 Tab presses', async ({
  page,
}) => {
  await openSearch(page, '/?q=kanak');
  let tabs = 0;
  for (; tabs < 40;) {
    await page.keyboard.press('Tab');
    tabs++;
    const active = await activeTestId(page);
    if (active.inHit) break;
    if (active.text === 'Skip to results') {
      await expect(page.getByRole('link', { name: 'Skip to results' })).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('region', { name: 'Results' })).toBeFocused();
    }
  }
  test.info().annotations.push({ type: 'Tab presses to the first result', description: `${tabs}` });
  expect(await activeTestId(page)).toMatchObject({ inHit: true });
  expect(tabs).toBeLessThanOrEqual(10);
});

test('the date histogram is one tab stop; arrow keys move between its bars', async ({ page }) => {
  await openSearch(page);
  const chart = facet(page, 'date').getByRole('toolbar');
  const bars = chart.getByRole('button');
  await expect(bars.first()).toBeVisible();
  expect(await bars.count()).toBeGreaterThan(2);
  const stops = chart.locator('[tabindex="0"]');
  await expect(stops).toHaveCount(1);
  await stops.focus();
  const start = (await activeTestId(page)).bucket;
  await page.keyboard.press('Home');
  const first = await bars.first().getAttribute('data-bucket');
  expect((await activeTestId(page)).bucket).toBe(first);
  await page.keyboard.press('ArrowRight');
  const second = await bars.nth(1).getAttribute('data-bucket');
  expect((await activeTestId(page)).bucket).toBe(second);
  // The focused bar's count is on screen, not only in a hover tooltip.
  const label = (await bars.nth(1).getAttribute('aria-label')) ?? '';
  await expect(facet(page, 'date').getByTestId('chart-readout')).toHaveText(label);
  await expect(chart.locator('[tabindex="0"]')).toHaveAttribute('data-bucket', second!);
  await page.keyboard.press('Tab');
  expect((await activeTestId(page)).bucket).toBeNull();
  expect(start).not.toBeNull();
});

test('changing page brings the results top into view and focus to the results', async ({
  page,
}) => {
  await openSearch(page, '/?country=FR&per=10');
  const next = page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Page 2' });
  await next.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(200);
  await next.click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('region', { name: 'Results' })).toBeFocused();
  await expect
    .poll(() =>
      page.evaluate(() => document.getElementById('results')!.getBoundingClientRect().top),
    )
    .toBeLessThan(50);
  expect(
    await page.evaluate(() => document.getElementById('results')!.getBoundingClientRect().top),
  ).toBeGreaterThanOrEqual(-1);
});

test('"← Search" on an article returns to the search the reader came from', async ({ page }) => {
  await openSearch(page, '/?q=france&country=FR&sort=newest&page=2&per=10');
  await expect(page.getByTestId('hit').first()).toBeVisible();
  const search = new URL(page.url());
  await page.getByTestId('hit').first().locator('h2 a').click();
  await expect(page).toHaveURL(/\/articles\//);
  await page.getByRole('link', { name: '← Search' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === search.search);
  await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toHaveValue('france');
  await expect(page.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
});

test('timelines label their axes, show the selected count, and offer a table and CSV', async ({
  page,
}) => {
  await openSearch(page);
  const date = facet(page, 'date');
  const total = await hitCount(page);
  await expect(date.getByTestId('chart-readout')).toHaveText(/^All: [\d,]+ articles?$/);
  await expect(date.getByText(/^articles per (year|month)$/)).toBeVisible();
  const target = date.getByRole('button', { name: /: [1-9][\d,]* articles?$/ }).first();
  const label = (await target.getAttribute('aria-label')) ?? '';
  await target.click();
  await expect(page).toHaveURL(/from=/);
  await expect(date.getByTestId('chart-readout')).toHaveText(label);
  expect(total).toBeGreaterThan(0);

  await page.goto('/countries/FR');
  const coverage = page.locator('.coverage');
  await expect(coverage.getByText(/^articles per (year|month)$/)).toBeVisible();
  await coverage.getByText('Figures', { exact: true }).click();
  const table = coverage.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Articles' })).toBeVisible();
  const rows = await table.getByRole('row').count();
  const csv = coverage.getByRole('link', { name: 'Download CSV' });
  const href = (await csv.getAttribute('href')) ?? '';
  expect(href.startsWith('data:text/csv')).toBe(true);
  const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  const lines = text.trim().split(/\r\n/);
  expect(lines[0]).toMatch(/^(year|month),articles$/);
  expect(lines).toHaveLength(rows);
  const sum = lines.slice(1).reduce((s, l) => s + Number(l.split(',')[1]), 0);
  const entityTotal = Number(
    ((await page.getByTestId('entity-total').textContent()) ?? '').replace(/,/g, ''),
  );
  expect(sum).toBeLessThanOrEqual(entityTotal);
  expect(sum).toBeGreaterThan(0);
});
