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

test('the first keystroke sends one search; the client warmed up after loading', async ({
  page,
}) => {
  const bodies: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/meili/multi-search')) bodies.push(r.postData() ?? '');
  });
  await page.goto('/');
  await expect(page.locator('.search-layout[data-hydrated="true"]')).toBeVisible();
  // After hydration: instant-meilisearch's one-off query, then ours; no facets, no hits.
  const warmUp = 2;
  await expect.poll(() => bodies.length).toBe(warmUp);
  for (const body of bodies) {
    expect(JSON.parse(body)).toMatchObject({ queries: [{ facets: [], hitsPerPage: 0 }] });
  }
  await page.getByRole('searchbox', { name: 'Search the archive' }).pressSequentially('k');
  await expect(page.getByTestId('stats')).toHaveAttribute('data-query', 'k');
  expect(bodies).toHaveLength(warmUp + 1);
  expect(JSON.parse(bodies[warmUp]!)).toMatchObject({ queries: [{ q: 'k' }] });
});

test('the search proxy reports its own and Meilisearch time as Server-Timing', async ({
  request,
}) => {
  const res = await request.post('/api/meili/multi-search', {
    data: { queries: [{ indexUid: 'articles', q: 'kanak', facets: ['countries'] }] },
  });
  expect(res.status()).toBe(200);
  expect(res.headers()['server-timing']).toMatch(/^meili;dur=[\d.]+, proxy;dur=[\d.]+$/);
});
