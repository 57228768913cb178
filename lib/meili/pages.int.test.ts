import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { entityProfile, getArticle, moreLikeThis, sameTextCopies } from './pages';

const TITLE = 'OIL MARKET LIKELY TO REMAIN STABLE, MINISTER SAYS';
const BODY = 'The oil market will stay stable, the minister said.\n\nTraders agreed.';
const at = (day: number, hour: number) => Date.UTC(1987, 3, day, hour) / 1000;
const DOCS = [
  makeArticle({ id: 'first', title: TITLE, body: BODY, publishedAt: at(6, 13), countries: ['ID'] }),
  // Resent six hours later, spacing changed on the wire.
  makeArticle({
    id: 'resent',
    title: TITLE,
    body: BODY.replace('\n\n', '\n'),
    publishedAt: at(6, 19),
    countries: ['ID'],
  }),
  makeArticle({
    id: 'follow-up',
    title: TITLE,
    body: 'The oil market will stay stable, the minister said again on Tuesday.',
    publishedAt: at(7, 9),
    countries: ['ID'],
  }),
  // The same words three days on: another report, not a resend.
  makeArticle({ id: 'later', title: TITLE, body: BODY, publishedAt: at(9, 13), countries: ['ID'] }),
  makeArticle({
    id: 'other',
    title: 'Oil minister sees stable market',
    body: 'Indonesia expects a stable oil market.',
    publishedAt: at(8, 9),
    countries: ['ID'],
  }),
];

let t: ApiTestEnv;
beforeAll(async () => {
  t = await setUpApiEnv(DOCS);
});
afterAll(async () => t?.cleanup());

describe('article page queries', () => {
  it('finds the same text filed again, not a story under the same title', async () => {
    const first = await getArticle('first');
    const copies = await sameTextCopies(first!);
    expect(copies.map((a) => a.id)).toEqual(['resent', 'later']);
    // Same-day resends differ only in their time of day, which the page shows.
    expect(copies[0]).toMatchObject({ publishedAt: at(6, 19), dateQuality: 'exact' });
    const resent = await getArticle('resent');
    expect((await sameTextCopies(resent!)).map((a) => a.id)).toEqual(['first', 'later']);
  });

  it('leaves the copies out of "more like this"', async () => {
    const first = await getArticle('first');
    const all = (await moreLikeThis(first!)).map((a) => a.id);
    expect(all).toContain('resent');
    const similar = (await moreLikeThis(first!, 5, ['resent'])).map((a) => a.id);
    expect(similar).not.toContain('resent');
    expect(similar).toEqual(expect.arrayContaining(['follow-up', 'other']));
  });

  it("lists a story resent within a day once among an entity's latest articles", async () => {
    const profile = await entityProfile('countries', 'ID');
    expect(profile.total).toBe(5);
    expect(profile.latest.map((a) => a.id)).toEqual(['later', 'other', 'follow-up', 'resent']);
  });
});
