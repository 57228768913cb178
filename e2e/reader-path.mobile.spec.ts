import AxeBuilder from '@axe-core/playwright';
import { expect, openSearch, test } from './helpers';

test('/docs/api fits a 360 px screen: no sideways scrolling', async ({ page }) => {
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('touch targets on the search page are 24 × 24 px or spaced (axe target-size)', async ({
  page,
}) => {
  await openSearch(page, '/?q=kanak');
  await expect(page.getByRole('button', { name: /^Filter by / }).first()).toBeVisible();
  const check = async () =>
    (await new AxeBuilder({ page }).withRules(['target-size']).analyze()).violations.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    );
  expect(await check()).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
