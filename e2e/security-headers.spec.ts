import { readFileSync } from 'node:fs';
import { expect, openSearch, test } from './helpers';

// The suite's fixture fails any test with a CSP violation; these check that it would see one,
// and that the policy does what it is for.

test('a script without the page nonce does not run, and the fixture sees it', async ({
  page,
  cspViolations,
}) => {
  // The real page and its real headers, with one inline script added that carries no nonce.
  await page.route('**/docs/api', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</body>',
      '<script>document.body.dataset.injected = "ran"</script></body>',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => cspViolations.join('\n')).toContain('script-src');
  expect(await page.locator('body').getAttribute('data-injected')).toBeNull();
  cspViolations.length = 0; // seen on purpose
});

test('another site cannot frame a page', async ({ page, cspViolations, baseURL }) => {
  await page.setContent(`<iframe title="framed" src="${baseURL}/docs/api"></iframe>`);
  await expect.poll(() => cspViolations.join('\n')).toContain('frame-ancestors');
  const framed = page.frameLocator('iframe[title="framed"]');
  await expect(framed.getByRole('heading', { level: 1 })).toHaveCount(0);
  cspViolations.length = 0; // seen on purpose
});

test('the prerendered pages (API docs, 404) run under the policy by hash', async ({ page }) => {
  // The fixture fails this test on any violation these pages report.
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await page.goto('/no-such-page'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to search' }).click();
  await expect(page.locator('.search-layout[data-hydrated="true"]')).toBeVisible();
});

test("the data answers' policy (sandbox) still lets the browser download an export", async ({
  page,
}) => {
  await openSearch(page, '/?q=kanak');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export as CSV' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toMatch(/^id,title,/m);
});
