import { describe, expect, it } from 'vitest';
import { collect } from '@/indexer/testing/collect';
import { parseFeed } from './feed';
import { parseHtml } from './html';
import { parseReuters } from './reuters';
import { detokenize, parseTimeml } from './timeml';

describe('parseHtml', () => {
  it('reads JSON-LD/Open Graph metadata and the main text without boilerplate', async () => {
    const { articles } = await collect(parseHtml, 'article.html');
    const a = articles[0]!;
    expect(a).toMatchObject({
      title: 'Glacier retreat speeds up, survey finds',
      date: '2021-09-14T04:00:00Z',
      source: 'Mountain Herald',
      url: 'https://herald.example/science/glacier-retreat',
      language: 'en-GB',
      authors: ['Mira Holt'],
    });
    expect(a.body).toMatch(/^A ten-year survey/);
    expect(a.body?.split('\n\n')).toHaveLength(3);
    expect(a.body).not.toMatch(/Subscribe|Home|Sport/);
  });
});

describe('parseFeed', () => {
  it('RSS: one article per item, full text from content:encoded', async () => {
    const { articles } = await collect(parseFeed, 'feed.rss');
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      title: 'Flood defences finished ahead of winter',
      url: 'https://gazette.example/flood-defences',
      date: 'Mon, 02 Oct 2023 09:15:00 GMT',
      body: 'Engineers finished the new flood wall on Monday.\n\nIt protects four hundred homes.',
      lead: 'Short teaser.',
      authors: ['Sam Reed'],
      source: 'River Gazette',
    });
    expect(articles[1]?.body).toBe('The market hall closes for six weeks from Friday.');
  });

  it('Atom entries', async () => {
    const { articles } = await collect(parseFeed, 'feed.atom');
    expect(articles[0]).toMatchObject({
      title: 'School opens solar roof',
      url: 'https://wire.example/solar-roof',
      date: '2024-01-02T03:04:05Z',
      body: "The school's new solar roof will cover half its power needs.",
      authors: ['Ivy Chen'],
      source: 'Valley Wire',
      format: 'atom',
    });
  });

  it('leaves an Atom entry without <published> undated: <updated> is not a publication date', async () => {
    const { articles } = await collect(parseFeed, 'feed-undated.atom');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      title: 'Ferry timetable changes for the summer',
      date: null,
    });
  });
});

describe('parseReuters', () => {
  it('keeps human labels apart, reflows wire text, handles BRIEF and UNPROC', async () => {
    const { articles } = await collect(parseReuters, 'wire-sample.sgm');
    expect(articles).toHaveLength(3);
    const [normal, brief, unproc] = articles;
    expect(normal).toMatchObject({
      id: 'reuters-9001',
      title: 'GRAIN TALKS <ACME> RESUME IN OTTAWA',
      date: '3-MAR-1987 09:12:45.10',
      source: 'Reuters',
      labels: { places: ['canada', 'usa'], orgs: ['gatt'], people: [], topics: ['grain'] },
      body:
        'OTTAWA, March 3 - Grain negotiators resumed talks on Tuesday after a week-long pause, ' +
        'officials said.\n\nBoth sides expect an agreement before the end of the month.',
    });
    expect(brief).toMatchObject({ title: 'MONEY FUND ASSETS ROSE IN LATEST WEEK', body: '' });
    expect(unproc?.title).toBe('WEEKLY RESERVE FIGURES - MAR 3');
    expect(unproc?.body).toContain('Net reserves......120');
    expect(unproc?.body).not.toMatch(/Reuter/);
  });
});

describe('parseTimeml', () => {
  it('uses DCT as date, EXTRAINFO as title, and detokenizes sentences', async () => {
    const { articles } = await collect(parseTimeml, 'sample.tml');
    expect(articles[0]).toMatchObject({
      title: 'Airline orders ten new jets',
      date: '04-05-2010',
      body:
        "May 04, 2010 The airline said it wouldn't delay the order, worth $900 million " +
        '(about 600 million euros). Deliveries begin in 2012.',
    });
  });

  it.each([
    ["Boeing 's jet , new .", "Boeing's jet, new."],
    ['up 5 % ( or more )', 'up 5% (or more)'],
  ])('detokenize(%j)', (input, expected) => {
    expect(detokenize(input)).toBe(expected);
  });
});
