import { describe, expect, it } from 'vitest';
import { collect } from '@/indexer/testing/collect';
import { parseCsv, parseTsv } from './csv';

describe('CSV and TSV', () => {
  it('maps headline/story and takes the rest from --map, with record line numbers', async () => {
    const { articles } = await collect(parseCsv, 'articles.csv', {
      url: 'web_address',
      date: 'when',
      source: 'paper',
    });
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      title: 'Bridge reopens, traffic eases',
      body: 'The old bridge reopened after repairs.\n\nCommuters saw shorter queues.',
      url: 'https://news.example/bridge',
      date: '2022-06-01',
      source: 'Daily Planet',
    });
    expect(articles[1]).toMatchObject({ title: 'Museum extends hours', date: '2022', url: null });
    expect(articles[1]?.location).toBe('articles.csv:5');
  });

  it('reads tab-separated files', async () => {
    const { articles } = await collect(parseTsv, 'articles.tsv');
    expect(articles).toEqual([
      expect.objectContaining({
        title: 'Ferry timetable changes',
        body: 'Summer ferries start a week early.',
        date: '15-JUN-2021 10:00:00.00',
      }),
    ]);
  });
});
