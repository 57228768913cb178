import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, hitCount, openSearch, test } from './helpers';

/** A CSV read as a spreadsheet user's script reads it: the first line is the header row. */
const readCsv = (text: string) => parse<Record<string, string>>(text, { columns: true });

test('the CSV download is a plain table, and its provenance comes as a file of its own', async ({
  page,
  request,
}) => {
  await openSearch(page, '/?q=kanak&country=FR&sort=newest');
  const shown = await hitCount(page);
  expect(shown).toBeGreaterThan(0);

  const href = await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href');
  const csv = await request.get(href!);
  const rows = readCsv(await csv.text());
  expect(rows).toHaveLength(shown);
  expect(Object.keys(rows[0] ?? {}).slice(0, 3)).toEqual(['id', 'title', 'publishedAt']);
  expect(csv.headers()['x-facetwire-total']).toBe(String(shown));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export provenance as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^facetwire-export-.+\.provenance\.csv$/);
  const path = await download.path();
  const fields = Object.fromEntries(
    readCsv(await readFile(path, 'utf8')).map((r) => [r.field ?? '', r.value ?? '']),
  );
  expect(fields).toMatchObject({
    query: 'kanak',
    filters: 'country=FR',
    order: 'newest',
    total: String(shown),
  });
});
