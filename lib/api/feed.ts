import 'server-only';
import type { Hit } from './schemas';
import { xmlText } from './xml';

export interface FeedMeta {
  title: string;
  description: string;
  /** The feed's own URL (self link, Atom id). */
  selfUrl: string;
  /** Human page for the same query. */
  siteUrl: string;
  updated: Date;
  itemUrl: (hit: Hit) => string;
  /** When this archive indexed the hit (ISO 8601): an undated entry's required Atom `updated`. */
  indexedAt: (hit: Hit) => string;
}

const rfc822 = (iso: string) => new Date(iso).toUTCString();

export function rssFeed(hits: readonly Hit[], meta: FeedMeta): string {
  const items = hits.map((h) => {
    const link = xmlText(meta.itemUrl(h));
    const cats = [...h.countries.map((c) => c.name), ...h.organizations, ...h.people]
      .map((c) => `<category>${xmlText(c)}</category>`)
      .join('');
    return [
      '<item>',
      `<title>${xmlText(h.title || '(untitled)')}</title>`,
      `<link>${link}</link>`,
      `<guid isPermaLink="false">${xmlText(h.id)}</guid>`,
      h.publishedAt ? `<pubDate>${rfc822(h.publishedAt)}</pubDate>` : '',
      `<description>${xmlText(h.snippet)}</description>`,
      `<source url="${xmlText(meta.selfUrl)}">${xmlText(h.source)}</source>`,
      cats,
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${xmlText(meta.title)}</title>`,
    `<link>${xmlText(meta.siteUrl)}</link>`,
    `<description>${xmlText(meta.description)}</description>`,
    `<atom:link href="${xmlText(meta.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    `<lastBuildDate>${meta.updated.toUTCString()}</lastBuildDate>`,
    ...items,
    '</channel></rss>',
  ].join('\n');
}

export function atomFeed(hits: readonly Hit[], meta: FeedMeta): string {
  const entries = hits.map((h) => {
    const link = xmlText(meta.itemUrl(h));
    // Atom requires `updated`; an undated article gets the archive's index time, never the
    // time of this request, and no `published`.
    const updated = h.publishedAt ?? meta.indexedAt(h);
    return [
      '<entry>',
      `<id>${link}</id>`,
      `<title>${xmlText(h.title || '(untitled)')}</title>`,
      `<link href="${link}"/>`,
      `<updated>${updated}</updated>`,
      h.publishedAt ? `<published>${h.publishedAt}</published>` : '',
      `<author><name>${xmlText(h.source)}</name></author>`,
      `<summary>${xmlText(h.snippet)}</summary>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xmlText(meta.selfUrl)}</id>`,
    `<title>${xmlText(meta.title)}</title>`,
    `<subtitle>${xmlText(meta.description)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${xmlText(meta.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(meta.siteUrl)}"/>`,
    `<updated>${meta.updated.toISOString()}</updated>`,
    ...entries,
    '</feed>',
  ].join('\n');
}
