import { expect, type Page } from '@playwright/test';

/** Opens a search URL and waits until React has taken over the server-rendered page. */
export async function openSearch(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.search-layout[data-hydrated="true"]')).toBeVisible();
}

/** The number of matches shown in the stats line ("1,234 articles · 8 ms"). */
export async function hitCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('stats').textContent()) ?? '';
  const m = /^([\d,]+) article/.exec(text.trim());
  if (!m?.[1]) throw new Error(`unexpected stats text: ${text}`);
  return Number(m[1].replace(/,/g, ''));
}

export async function waitForCount(page: Page, check: (n: number) => boolean): Promise<number> {
  let last = -1;
  await expect
    .poll(async () => {
      last = await hitCount(page);
      return check(last);
    })
    .toBe(true);
  return last;
}

export function facet(page: Page, name: string) {
  return page.locator(`section.facet[data-facet="${name}"]:visible`);
}
