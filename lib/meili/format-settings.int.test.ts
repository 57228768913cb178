import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Settings } from 'meilisearch';
import { makeArticle } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { articleIndexSettings } from '@/lib/schema/index-settings';
import { testMeili } from '@/lib/testing/meili-fixture';
import { createMeiliClient } from './client';
import { FORMAT_SETTINGS_REFRESH_MS, forgetFormatSettings } from './format-settings';
import { proxyMultiSearch, type ServerTiming } from './proxy';
import { assertSucceeded } from '@/lib/meili/admin/setup';

const DOCS = [
  makeArticle({
    id: 'oil',
    title: 'Crude oil and petroleum prices rally',
    body: 'The price of the crude rose on the day-trading desks of ice-cream makers and oil firms.',
  }),
];

let t: ApiTestEnv;
beforeAll(async () => {
  t = await setUpApiEnv(DOCS);
});
afterAll(async () => t?.cleanup());

const admin = () => createMeiliClient(testMeili().conn).index(t.indexUid);

async function apply(settings: Settings, forget = true) {
  assertSucceeded(await admin().updateSettings(settings).waitTask({ timeout: 60_000 }));
  if (forget) forgetFormatSettings();
}

async function restore() {
  assertSucceeded(await admin().resetSettings().waitTask({ timeout: 60_000 }));
  await apply(articleIndexSettings);
}

const PARAMS = {
  attributesToRetrieve: ['id'],
  attributesToHighlight: ['title', 'body'],
  highlightPreTag: '[',
  highlightPostTag: ']',
};

// The proxy drops `_formatted` attributes the page does not show (slimResult).
const shown = (f: unknown) => {
  const { title, body } = f as Record<string, unknown>;
  return { title, body };
};

/** The proxy's answer, whether it formatted the hits itself, and Meilisearch's own formatting. */
async function search(q: string) {
  const timing: ServerTiming = {};
  const proxied = (await proxyMultiSearch(
    { queries: [{ indexUid: t.indexUid, q, ...PARAMS }] },
    timing,
  )) as { results: { hits: { _formatted: unknown }[] }[] };
  const meili = await admin().search(q, PARAMS);
  return {
    local: timing.format !== undefined,
    ours: proxied.results[0]!.hits.map((h) => shown(h._formatted)),
    meili: meili.hits.map((h) => shown(h._formatted)),
  };
}

describe('the proxy leaves formatting to Meilisearch when settings change matching', () => {
  it('formats locally under the index settings we ship', async () => {
    const { local, ours, meili } = await search('crude oil');
    expect(local).toBe(true);
    expect(ours).toEqual(meili);
  });

  it.each<[string, Settings, string]>([
    ['synonyms', { synonyms: { oil: ['petroleum'], petroleum: ['oil'] } }, 'oil'],
    ['stop words', { stopWords: ['the', 'of'] }, 'the price of'],
    ['separator tokens', { separatorTokens: ['&'] }, 'crude'],
    ['non-separator tokens', { nonSeparatorTokens: ['-'] }, 'day-trading'],
    ['dictionary', { dictionary: ['ice-cream'] }, 'ice-cream'],
    ['typo tolerance', { typoTolerance: { enabled: false } }, 'petrolum'],
  ])('%s', async (_, settings, q) => {
    await apply(settings);
    try {
      const { local, ours, meili } = await search(q);
      expect(local).toBe(false);
      expect(ours).toEqual(meili);
    } finally {
      await restore();
    }
  });

  it('reads the settings once per refresh period, not per search', async () => {
    forgetFormatSettings();
    expect((await search('crude oil')).local).toBe(true);
    await apply({ synonyms: { oil: ['petroleum'] } }, false);
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now');
    try {
      // Within the period: the cached answer, no new read.
      expect((await search('oil')).local).toBe(true);
      // Past it: the stale answer once more while the settings are re-read, then the new one.
      clock.mockReturnValue(now + FORMAT_SETTINGS_REFRESH_MS + 1);
      expect((await search('oil')).local).toBe(true);
      await vi.waitFor(async () => expect((await search('oil')).local).toBe(false));
    } finally {
      clock.mockRestore();
      await restore();
    }
  });
});
