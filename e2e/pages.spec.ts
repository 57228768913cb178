import { expect, openSearch, test } from './helpers';

test('article page: metadata, entities linked inline to the search, more like this', async ({
  page,
}) => {
  await openSearch(page, '/?q=kanak');
  const title = ((await page.getByTestId('hit').first().locator('h2').textContent()) ?? '').trim();
  await page.evaluate(() => Object.assign(window, { fwSameDocument: true }));
  await page.getByTestId('hit').first().locator('h2 a').click();
  await expect(page).toHaveURL(/\/articles\/[\w-]+$/);
  // A hit link navigates within the app, as next/link would: the document is not reloaded.
  expect(await page.evaluate(() => 'fwSameDocument' in window)).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByTestId('article-date')).toHaveText(
    /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2} UTC)?$|^undated$/,
  );
  await expect(page.locator('.article-meta')).toContainText('English');
  const inline = page.getByTestId('article-body').locator('a.entity-link').first();
  await expect(inline).toBeVisible();
  await expect(inline).toHaveAttribute('href', /^\/\?(country|org|person)=/);
  await expect(page.getByTestId('more-like-this').locator('li').first()).toBeVisible();
  await inline.click();
  await expect(page.getByTestId('hit').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Active filters' })).toBeVisible();
});

test("the article page names countries as the facets do, not by the article's form", async ({
  page,
}) => {
  await page.goto('/articles/demo-0053');
  await expect(page.getByTestId('article-body')).toContainText('UAE');
  const countries = page.getByRole('complementary', { name: 'About this article' });
  await expect(
    countries.getByRole('link', { name: 'United Arab Emirates', exact: true }),
  ).toHaveAttribute('href', '/countries/AE');
  await expect(countries.getByRole('link', { name: 'UAE', exact: true })).toHaveCount(0);
});

test('a modified click on a hit opens the article in a new tab and leaves the search', async ({
  page,
  context,
}) => {
  await openSearch(page, '/?q=kanak');
  const link = page.getByTestId('hit').first().locator('h2 a');
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    link.click({ modifiers: ['ControlOrMeta'] }),
  ]);
  await tab.waitForLoadState('domcontentloaded');
  expect(tab.url()).toMatch(/\/articles\/[\w-]+$/);
  await expect(page).toHaveURL(/\?q=kanak/);
  await tab.close();
});

test('unknown article ids are a clean 404', async ({ request }) => {
  expect((await request.get('/articles/no-such-article')).status()).toBe(404);
  expect((await request.get('/articles/bad%22id')).status()).toBe(404);
});

test('country page: coverage chart, co-mentions, latest, button to the search', async ({
  page,
}) => {
  await page.goto('/countries/FR');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('France');
  await expect(page).toHaveTitle('France · Facetwire');
  expect(
    Number((await page.getByTestId('entity-total').textContent())?.replace(/,/g, '')),
  ).toBeGreaterThan(0);
  await expect(page.getByRole('img', { name: /Articles per (year|month)/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Latest articles' })).toBeVisible();
  await page.getByRole('link', { name: 'Search articles with France' }).click();
  await expect(page).toHaveURL(/\?country=FR$/);
  await expect(page.getByTestId('hit').first()).toBeVisible();
});

test('organization and person pages resolve from links on the article page', async ({ page }) => {
  await page.goto('/countries/FR');
  const org = page
    .locator('section', { has: page.getByRole('heading', { name: 'Organizations' }) })
    .locator('a')
    .first();
  const orgName = ((await org.textContent()) ?? '').trim();
  await org.click();
  await expect(page).toHaveURL(/\/organizations\/[\p{L}\d-]+$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(orgName);
  await expect(page).toHaveTitle(`${orgName} · Facetwire`);
  const person = page
    .locator('section', { has: page.getByRole('heading', { name: 'People' }) })
    .locator('a')
    .first();
  const personName = ((await person.textContent()) ?? '').trim();
  await person.click();
  await expect(page).toHaveURL(/\/people\/[\p{L}\d-]+$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(personName);
  await expect(page).toHaveTitle(`${personName} · Facetwire`);
  await expect(
    page.getByRole('link', { name: `Search articles with ${personName}` }),
  ).toHaveAttribute('href', /\?person=/);
});

test('unknown entities are 404s titled as such, UK and NATO lead to the indexed entity, a damaged address is a 400 page', async ({
  page,
  request,
}) => {
  expect((await request.get('/countries/QQ')).status()).toBe(404);
  // Not ISO, but what many write: the index holds the United Kingdom under GB.
  await page.goto('/countries/UK');
  await expect(page).toHaveURL(/\/countries\/GB$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('United Kingdom');
  // One address per country: a lower-case code leads to the upper-case one.
  await page.goto('/countries/fr');
  await expect(page).toHaveURL(/\/countries\/FR$/);
  await page.goto('/organizations/nato');
  await expect(page).toHaveURL(/\/organizations\/north-atlantic-treaty-organization$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'North Atlantic Treaty Organization',
  );
  expect((await page.goto('/organizations/no-such-org-xyz'))?.status()).toBe(404);
  await expect(page).toHaveTitle('Not found · Facetwire');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  for (const path of ['/people/%E0%A4%A', '/articles/%', '/countries/%ZZ']) {
    expect((await page.goto(path))?.status(), path).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bad address');
    await page.getByRole('link', { name: 'Go to the search' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toBeVisible();
  }
});

test('the benchmark yardstick page is not served unless the benchmark asks for it', async ({
  request,
}) => {
  expect((await request.get('/bench/minimal')).status()).toBe(404);
});
