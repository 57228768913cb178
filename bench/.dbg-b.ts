import { chromium } from '@playwright/test';
const base = process.argv[2]!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.addInitScript(`
  window.__log = [];
  document.addEventListener('keydown', () => { window.__log.push(['key', performance.now()]); }, true);
  const of = window.fetch; window.fetch = async (...a) => { const t0 = performance.now(); const r = await of(...a); const t1 = performance.now(); window.__log.push(['fetch', t0, t1, String(a[0]?.url ?? a[0]).slice(22,60) + ' ' + (a[1]?.body ? JSON.stringify(JSON.parse(a[1].body).queries.map(q => [q.q, q.filter, q.facets?.length, q.hitsPerPage])) : "")]); return r; };
  new MutationObserver(() => {
    const q = document.querySelector('[data-testid="stats"]')?.getAttribute('data-query');
    if (q !== window.__lastq) { window.__lastq = q; window.__log.push(['dom', performance.now(), q]); }
  }).observe(document, { subtree: true, childList: true, attributes: true });
`);
await page.goto(base, { waitUntil: 'networkidle' });
await page.locator('.search-layout[data-hydrated="true"]').waitFor();
await page.getByRole('searchbox', { name: 'Search the archive' }).fill('');
await page.waitForTimeout(500);
await page.evaluate('window.__log = []');
for (const ch of process.argv[3] ?? 'oil prices') { await page.keyboard.type(ch); await page.waitForTimeout(400); }
const log = await page.evaluate(`window.__log`) as [string, number, number | string, string?][];
let k = 0;
for (const [name, t, x, u] of log) {
  if (name === 'key') { k = t; console.log('key'); }
  else if (name === 'fetch') console.log(`  fetch +${(t - k).toFixed(0)} .. +${((x as number) - k).toFixed(0)} ${u}`);
  else console.log(`  dom +${(t - k).toFixed(0)} ${x}`);
}
await browser.close();
