import type { APIRequestContext, Page } from '@playwright/test';
import { expect, facet, hitCount, openSearch, test, waitForCount } from './helpers';

test('checking a country refines the results and the URL, and the chip removes it', async ({
  page,
}) => {
  await openSearch(page);
  const total = await hitCount(page);
  await facet(page, 'country')
    .getByRole('checkbox', { name: /^France/ })
    .check();
  await expect(page).toHaveURL(/[?&]country=FR(&|$)/);
  const fr = await waitForCount(page, (n) => n < total && n > 0);
  await expect(page.getByRole('region', { name: 'Active filters' })).toContainText(
    'Country: France',
  );
  await page.getByRole('button', { name: 'Remove Country: France' }).click();
  await waitForCount(page, (n) => n === total);
  expect(fr).toBeLessThan(total);
  await expect(page).not.toHaveURL(/country=/);
});

test('match all narrows "France AND Azerbaijan" below match any', async ({ page }) => {
  await openSearch(page, '/?country=FR&country=AZ');
  const any = await waitForCount(page, (n) => n > 0);
  const countries = facet(page, 'country');
  await countries.getByRole('radio', { name: 'match all' }).check();
  await expect(page).toHaveURL(/all=country/);
  const all = await waitForCount(page, (n) => n < any);
  // Each value alone bounds the intersection from above.
  await openSearch(page, '/?country=AZ');
  const az = await hitCount(page);
  expect(all).toBeLessThanOrEqual(az);
  expect(all).toBeGreaterThan(0);
});

test('excluding a value removes its articles and shows it as excluded', async ({ page }) => {
  await openSearch(page);
  const total = await hitCount(page);
  const countries = facet(page, 'country');
  const firstLabel = (await countries.locator('.facet-label').first().textContent()) ?? '';
  await countries.getByRole('button', { name: `Exclude ${firstLabel}` }).click();
  await expect(page).toHaveURL(/xcountry=/);
  await waitForCount(page, (n) => n < total);
  await expect(page.getByRole('region', { name: 'Active filters' })).toContainText(
    `not ${firstLabel}`,
  );
  await countries.getByRole('checkbox', { name: `Stop excluding ${firstLabel}` }).click();
  await waitForCount(page, (n) => n === total);
});

test('country scope "about" is stricter than "mentions"', async ({ page }) => {
  await openSearch(page, '/?country=FR');
  const mentions = await waitForCount(page, (n) => n > 0);
  await facet(page, 'country').getByRole('radio', { name: 'about' }).check();
  await expect(page).toHaveURL(/cscope=about/);
  await waitForCount(page, (n) => n <= mentions);
  await expect(facet(page, 'country').getByRole('checkbox', { name: /^France/ })).toBeChecked();
});

test('facet search finds values by name, by a word inside the name, and by acronym or alias', async ({
  page,
}) => {
  await openSearch(page);
  const countries = facet(page, 'country');
  await countries.getByRole('searchbox').fill('caledo');
  await expect(countries.locator('.facet-label')).toHaveText(['New Caledonia']);
  // "UK" is another name of the United Kingdom: it ranks before the word match.
  await countries.getByRole('searchbox').fill('uk');
  await expect(countries.locator('.facet-label')).toHaveText(['United Kingdom', 'Ukraine']);
  const orgs = facet(page, 'org');
  const firstOrg = ((await orgs.locator('.facet-label').first().textContent()) ?? '').trim();
  await orgs.getByRole('searchbox').fill(firstOrg.slice(0, 4));
  await expect(orgs.locator('.facet-label').first()).toContainText(firstOrg.slice(0, 4));
  await orgs.getByRole('searchbox').fill('initiative');
  await expect(orgs.locator('.facet-label')).toHaveText(['Baku Initiative Group']);
  await orgs.getByRole('searchbox').fill('zzqxwv');
  await expect(orgs.getByRole('status')).toHaveText(
    'No organization matches “zzqxwv” in these results',
  );
  await orgs.getByRole('searchbox').fill('nato');
  await expect(orgs.locator('.facet-label')).toHaveText(['North Atlantic Treaty Organization']);
  await orgs.getByRole('checkbox', { name: /^North Atlantic Treaty Organization/ }).check();
  await expect(page).toHaveURL(/org=North\+Atlantic\+Treaty\+Organization/);
});

test('a facet value search follows the search: a new query updates the values found', async ({
  page,
}) => {
  const filterOrgs = async (p: Page, text: string) => {
    const orgs = facet(p, 'org');
    const answered = p.waitForResponse((r) => r.url().includes('/facet-search'));
    await orgs.getByRole('searchbox').fill(text);
    await answered;
    return orgs;
  };
  await openSearch(page);
  const first = ((await facet(page, 'org').locator('.facet-label').first().textContent()) ?? '')
    .trim()
    .slice(0, 4);
  const orgs = await filterOrgs(page, first);
  const before = await orgs.locator('.facet-values li').allTextContents();
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('kanak');
  await expect(page.getByTestId('stats')).toHaveAttribute('data-query', 'kanak');
  // What the same filter finds on a fresh page of the new search.
  const fresh = await page.context().newPage();
  await openSearch(fresh, '/?q=kanak');
  const expected = await (
    await filterOrgs(fresh, first)
  )
    .locator('.facet-values li')
    .allTextContents();
  expect(expected).not.toEqual(before);
  await expect.poll(() => orgs.locator('.facet-values li').allTextContents()).toEqual(expected);
  await fresh.close();
});

test('show more reveals further values', async ({ page }) => {
  await openSearch(page);
  const countries = facet(page, 'country');
  const before = await countries.locator('.facet-values li').count();
  await countries.getByRole('button', { name: /Show more/ }).click();
  await expect.poll(() => countries.locator('.facet-values li').count()).toBeGreaterThan(before);
});

test('clicking an entity chip on a hit refines by it; clear all resets', async ({ page }) => {
  await openSearch(page, '/?q=kanak');
  const total = await hitCount(page);
  const chip = page.getByTestId('hit').first().locator('.chip').first();
  const name = ((await chip.textContent()) ?? '').trim();
  await chip.click();
  await expect(page.getByRole('region', { name: 'Active filters' })).toContainText(name);
  await expect(page).toHaveURL(/q=kanak&(country|org|person)=/);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByRole('region', { name: 'Active filters' })).toHaveCount(0);
  await waitForCount(page, (n) => n === total);
  await expect(page).toHaveURL(/\?q=kanak$/);
});

test('every hit shows the filtered entity as a pressed chip; pressing it again drops the filter', async ({
  page,
}) => {
  // The United States ranks below the first five entities of several demo articles.
  await openSearch(page, '/?country=US&per=50');
  const hits = page.getByTestId('hit');
  const n = await hits.count();
  expect(n).toBeGreaterThan(10);
  const pressed = page.getByRole('button', { name: 'Filter by United States', pressed: true });
  await expect(pressed).toHaveCount(n);
  for (const hit of await hits.all()) {
    await expect(hit.getByRole('button').first()).toHaveAccessibleName('Filter by United States');
  }
  await pressed.first().click();
  await expect(page).toHaveURL(/\?per=50$/);
  await expect(
    page.getByRole('button', { name: 'Filter by United States', pressed: true }),
  ).toHaveCount(0);
});

test('a quote in a URL facet value cannot inject a filter', async ({ page }) => {
  await openSearch(page, `/?org=${encodeURIComponent('NATO" OR id EXISTS OR "')}`);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  expect(await hitCount(page)).toBe(0);
  await openSearch(page, `/?xorg=${encodeURIComponent('NATO" OR id EXISTS OR "')}&all=org`);
  expect(await hitCount(page)).toBeGreaterThan(0);
});

test('when facet counts cannot be fetched the panel says so and keeps the hits', async ({
  page,
}) => {
  await openSearch(page);
  await page.route('**/api/meili/multi-search?part=facets', (route) =>
    route.fulfill({ status: 503, body: '{"error":"unavailable"}' }),
  );
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('kanak');
  await expect(page.getByTestId('stats')).toHaveAttribute('data-query', 'kanak');
  await expect(page.getByTestId('facets').getByRole('status')).toHaveText(
    /Counts could not be updated/,
  );
  await expect(page.getByTestId('hit').first()).toBeVisible();
  await page.unroute('**/api/meili/multi-search?part=facets');
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('kanak new');
  await expect(page.getByTestId('facets').getByRole('status')).toHaveText('');
});

test('failed facet counts are asked for again without a new search', async ({ page }) => {
  await openSearch(page);
  const countries = facet(page, 'country');
  const before = await countries.locator('.facet-count').allTextContents();
  let failed = 0;
  await page.route('**/api/meili/multi-search?part=facets', (route) =>
    failed++ === 0 ? route.fulfill({ status: 503, body: '{}' }) : route.continue(),
  );
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('kanak');
  const status = page.getByTestId('facets').getByRole('status');
  await expect(status).toHaveText(/Counts could not be updated/);
  // No keystroke, no click: the retry 2 s later brings the counts of "kanak".
  await expect(status).toHaveText('', { timeout: 6_000 });
  await expect.poll(() => countries.locator('.facet-count').allTextContents()).not.toEqual(before);
  expect(failed).toBe(2);
});

test('slow facet counts mark the panel busy, keeping the old counts until the new ones arrive', async ({
  page,
}) => {
  await openSearch(page);
  const countries = facet(page, 'country');
  const before = await countries.locator('.facet-count').allTextContents();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/meili/multi-search?part=facets', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('kanak');
  await expect(page.getByTestId('stats')).toHaveAttribute('data-query', 'kanak');
  await expect(page.getByTestId('facets')).toHaveAttribute('aria-busy', 'true');
  expect(await countries.locator('.facet-count').allTextContents()).toEqual(before);
  release();
  await expect(page.getByTestId('facets')).toHaveAttribute('aria-busy', 'false');
  await expect.poll(() => countries.locator('.facet-count').allTextContents()).not.toEqual(before);
});

/** The ids in an export file (CSV rows or JSON lines), in file order. */
async function exportedIds(page: Page, request: APIRequestContext, name: string) {
  const href = await page.getByRole('link', { name }).getAttribute('href');
  const text = await (await request.get(href!)).text();
  return [...text.matchAll(/^(?:\{"id":")?(demo-\d+)[",]/gm)].map((m) => m[1]);
}

test('the export links download every match of the search on screen, and the feeds follow it', async ({
  page,
  request,
}) => {
  await openSearch(page, '/?country=FR&country=NC&all=country&per=10&sort=newest');
  const shown = await hitCount(page);
  expect(shown).toBeGreaterThan(10);
  await expect(page.getByTestId('export')).toContainText(`all ${shown} articles`);
  const onScreen = await page
    .getByTestId('hit')
    .evaluateAll((hits) => hits.map((h) => h.querySelector('a')?.pathname.split('/').pop()));
  const csv = await exportedIds(page, request, 'Export as CSV');
  expect(csv).toHaveLength(shown);
  // Newest first, as on screen: the first page's articles open the file.
  expect(csv.slice(0, 10)).toEqual(onScreen);
  expect(await exportedIds(page, request, 'Export as JSON Lines')).toEqual(csv);
  // The feeds: the newest matches, led by the page's own.
  const rss = await request.get(
    (await page.getByRole('link', { name: 'RSS feed' }).getAttribute('href'))!,
  );
  const items = [...(await rss.text()).matchAll(/<item>[\s\S]*?\/articles\/(demo-\d+)/g)].map(
    (m) => m[1],
  );
  expect(items.slice(0, 10)).toEqual(onScreen);
  const atom = await request.get(
    (await page.getByRole('link', { name: 'Atom feed' }).getAttribute('href'))!,
  );
  expect(atom.headers()['content-type']).toContain('application/atom+xml');

  // Scope, exclusions and a new query travel too.
  await openSearch(
    page,
    '/?country=FR&country=NC&all=country&cscope=about&xperson=Emmanuel%20Macron',
  );
  expect(await exportedIds(page, request, 'Export as CSV')).toHaveLength(await hitCount(page));
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('Matignon');
  await expect(page.getByRole('link', { name: 'Export as CSV' })).toHaveAttribute(
    'href',
    /[?&]q=Matignon(&|$)/,
  );
});
