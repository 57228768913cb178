import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leadOf, splitRelated } from '@/indexer/document/text';
import { createExtractor } from './index';

const extract = createExtractor();

// Our own seed-like article; the indexer strips the trailing "See Also" list before extraction.
const ARTICLE = `Mediation Offer Sent to Paris Over Kanaky
On April 3, Abbas Abbasov, head of the Baku Initiative Group (BIG), wrote to Manuel Valls about Kanaky.
The Baku-based BIG, backed by the Azerbaijani government, said the French Parliament should listen. Abbasov said New Caledonia deserved dialogue.
See Also
Iranian Envoy Praises Armenia-Türkiye Talks
Greek Minister Visits Ankara`;

function run(raw: string) {
  const [title = '', ...rest] = raw.trimStart().split('\n');
  // The indexer's own See Also split and lead, so the test follows any change to them.
  const { body } = splitRelated(rest.join('\n').trim());
  const lead = leadOf(body);
  return extract({ title, lead, body, publishedAt: null, dateQuality: 'none' });
}

function check(raw: string) {
  const r = run(raw);
  const keys = (kind: string) => r.entities.filter((e) => e.kind === kind).map((e) => e.key);
  expect(keys('country')).toEqual(expect.arrayContaining(['FR', 'AZ', 'NC']));
  for (const code of ['AM', 'TR', 'IR', 'GR']) expect(keys('country')).not.toContain(code);
  const big = r.entities.find((e) => e.key === 'baku-initiative-group');
  expect(big?.forms).toEqual(expect.arrayContaining(['Baku Initiative Group', 'BIG']));
  expect(keys('organization')).toContain('french-parliament');
  expect(keys('person')).toEqual(expect.arrayContaining(['abbas-abbasov', 'manuel-valls']));
  expect(r.mentionedDates).toEqual(r.mentionedDates.filter((d) => !d.endsWith('-04-03')));
}

describe('seed check', () => {
  it('finds the seed entities in our see-also-stripped fixture', () => {
    check(ARTICLE);
  });

  const seed = new URL('../../../shared/fixtures/seed-article.txt', import.meta.url);
  it.skipIf(!existsSync(seed))(
    'finds the seed entities in ../shared/fixtures/seed-article.txt',
    () => {
      check(readFileSync(seed, 'utf8'));
    },
  );
});
