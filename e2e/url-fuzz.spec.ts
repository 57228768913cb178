import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import fc from 'fast-check';

const PARAMS = ['q', 'country', 'org', 'person', 'source', 'lang', 'xorg', 'from', 'to', 'sort'];
const PARAMS_TOO = ['page', 'per', 'all', 'cscope', 'xcountry', 'colour'];

/** Values readers reported (NUL, a lone "-" or quote) and their kin; then random Unicode. */
const VALUES = [
  '\u0000',
  '-',
  '"',
  '""',
  '-"',
  'a\u0001b',
  '\u007f',
  '\\',
  "'",
  '<b>x</b>',
  '\u202e',
  ' ',
  'x'.repeat(600),
  ...fc.sample(fc.string({ unit: 'binary', maxLength: 12 }), { seed: 21, numRuns: 8 }),
];

/** Raw query strings a hand-edited link may carry: broken percent escapes, stray separators. */
const RAW = ['org=%', 'q=%FF', 'q=%E0%A4%A', 'org=%ED%A0%80', '&&=&', '=x', 'q', 'page=1e3'];

/** Opens the URL and returns its status and every console error or uncaught page error. */
async function visit(page: Page, query: string) {
  const errors: string[] = [];
  const onConsole = (m: { type: () => string; text: () => string }) => {
    if (m.type() === 'error') errors.push(m.text());
  };
  const onError = (e: Error) => errors.push(e.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const res = await page.goto(`/?${query}`);
  await expect(page.locator('.search-layout[data-hydrated="true"]')).toBeVisible();
  // Hydration errors are reported after the first render, with the browser's own timing.
  await page.waitForTimeout(300);
  page.off('console', onConsole);
  page.off('pageerror', onError);
  return { status: res?.status() ?? 0, errors: errors.map((e) => e.slice(0, 200)) };
}

test('every search page parameter takes hostile values: no 500, no console error', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  const check = async (query: string) => {
    const { status, errors } = await visit(page, query);
    if (status >= 500 || errors.length) failures.push(`${query} → ${status} ${errors.join(' | ')}`);
  };
  for (const value of VALUES) {
    const query = new URLSearchParams(PARAMS.map((p) => [p, value])).toString();
    await check(query);
  }
  for (const name of [...PARAMS, ...PARAMS_TOO]) await check(`${name}=%00`);
  for (const raw of RAW) await check(raw);
  expect(failures).toEqual([]);
});

test('hits naming Palestine or Hong Kong hydrate without a mismatch', async ({ page }) => {
  // Chromium's names for these differ from Node's: the page must show the server's.
  for (const code of ['PS', 'HK']) {
    const { status, errors } = await visit(page, `country=${code}`);
    expect(status).toBe(200);
    expect(errors).toEqual([]);
    await expect(page.getByTestId('hit').first()).toBeVisible();
  }
});
