import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/**
 * Every spec's `test`: fails a test whose pages (all of its browser context) reported a Content-Security-Policy violation,
 * seen as the `securitypolicyviolation` event or as Chromium's console error.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) {
          seen.push(`console: ${msg.text()}`);
        }
      });
      await context.exposeFunction('__facetwireCspViolation', (text: string) => seen.push(text));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as Record<string, (text: string) => void>)
            .__facetwireCspViolation;
          report?.(
            `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI}`,
          );
        });
      });
      await use(seen);
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

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
