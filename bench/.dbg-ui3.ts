import { chromium } from '@playwright/test';
const base = process.argv[2]!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.addInitScript(`
  window.__log = [];
  document.addEventListener('keydown', () => { window.__log.push(['key', performance.now()]); }, true);
  new MutationObserver(() => {
    const q = document.querySelector('[data-testid="stats"]')?.getAttribute('data-query');
    if (q !== window.__lastq) { window.__lastq = q; window.__log.push(['dom:'+q, performance.now()]); }
  }).observe(document, { subtree: true, childList: true, attributes: true });
`);
await page.goto(base, { waitUntil: 'networkidle' });
await page.locator('.search-layout[data-hydrated="true"]').waitFor();
await page.getByRole('searchbox', { name: 'Search the archive' }).fill('');
await page.waitForTimeout(500);
await page.evaluate('window.__log = []; performance.clearResourceTimings()');
for (const ch of process.argv[3] ?? 'kanak caledonia') { await page.keyboard.type(ch); await page.waitForTimeout(400); }
const log = await page.evaluate(`[window.__log, performance.getEntriesByType('resource').filter(e => e.name.includes('multi-search')).map(e => [e.startTime, e.responseEnd])]`) as [[string, number][], [number, number][]];
const [events, res] = log; let ri = 0; let k = 0;
for (const [name, t] of events) {
  if (name === 'key') { k = t; const r = res[ri++]; if (r) console.log(`key +0  req start +${(r[0]-k).toFixed(1)}  resp end +${(r[1]-k).toFixed(1)}`); }
  else console.log(`   ${name} +${(t-k).toFixed(1)}`);
}
await browser.close();
