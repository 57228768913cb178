import { chromium } from '@playwright/test';
const base = process.argv[2]!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('request', (r) => r.url().includes('/api/meili') && console.log('req', r.url(), (r.postData() ?? '').slice(0, 300)));
await page.addInitScript('window.__x=1'); await page.goto(base, { waitUntil: 'networkidle' });
await page.locator('.search-layout[data-hydrated="true"]').waitFor();
const box = page.getByRole('searchbox', { name: 'Search the archive' });
await box.fill('');
await page.waitForTimeout(500);
for (const ch of "kanak cal") {
  await page.keyboard.type(ch);
  await page.waitForTimeout(120);
  console.log(ch, await page.evaluate(`[document.activeElement?.id, document.getElementById('q').value, document.querySelector('[data-testid="stats"]')?.getAttribute('data-query'), location.search]`));
}
await browser.close();
