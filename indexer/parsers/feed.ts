import { readFile } from 'node:fs/promises';
import { parseFeed as parseAnyFeed } from 'feedsmith';
import type { Parser, RawArticle } from '@/indexer/pipeline/types';
import { decodeBytes, FALLBACK_WARNING } from './decode';
import { htmlToText } from './html-text';

type Obj = Record<string, unknown>;

function text(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as Obj).value === 'string')
    return (v as Obj).value as string;
  return null;
}

function names(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v
    .map((a) => (typeof a === 'string' ? a : (text((a as Obj | null)?.name) ?? null)))
    .filter((a): a is string => Boolean(a));
}

function rssItem(item: Obj, feedTitle: string | null): Omit<RawArticle, 'location' | 'format'> {
  const content = text((item.content as Obj | undefined)?.encoded);
  const description = text(item.description);
  const dc = (item.dc ?? {}) as Obj;
  return {
    id: null,
    title: text(item.title),
    url: text(item.link) ?? text(item.guid),
    date: text(item.pubDate) ?? text(dc.date) ?? names(dc.dates)[0] ?? null,
    body: htmlToText(content ?? description ?? ''),
    lead: content && description ? htmlToText(description) : null,
    authors: [...names(item.authors), ...names(dc.creators)],
    source: feedTitle,
  };
}

function atomEntry(entry: Obj, feedTitle: string | null): Omit<RawArticle, 'location' | 'format'> {
  const links = (entry.links as Obj[] | undefined) ?? [];
  const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
  const content = text(entry.content);
  const summary = text(entry.summary);
  return {
    id: null,
    title: text(entry.title),
    url: text(link?.href),
    // `updated` is a modification time, and feeds (ours included) fill it with the fetch time
    // when an entry has no date: only `published` says when the article appeared.
    date: text(entry.published),
    body: htmlToText(content ?? summary ?? ''),
    lead: content && summary ? htmlToText(summary) : null,
    authors: names(entry.authors),
    source: feedTitle,
  };
}

/** RSS 2.0 / RSS 1.0 (RDF) / Atom: one article per item, full text from content:encoded. */
export const parseFeed: Parser = async function* (file) {
  const { text: xml, fallback } = decodeBytes(await readFile(file.path));
  if (fallback) yield { kind: 'warning', message: `${file.display}: ${FALLBACK_WARNING}` };
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseAnyFeed(xml);
  } catch (error) {
    yield {
      kind: 'skip',
      input: file.display,
      reason: `not a readable feed: ${(error as Error).message}`,
    };
    return;
  }
  const feed = parsed.feed as Obj;
  const feedTitle = text(feed.title);
  const items = ((parsed.format === 'atom' ? feed.entries : feed.items) as Obj[] | undefined) ?? [];
  for (const [i, item] of items.entries()) {
    const fields = parsed.format === 'atom' ? atomEntry(item, feedTitle) : rssItem(item, feedTitle);
    yield {
      kind: 'article',
      article: { location: `${file.display}#${i + 1}`, format: parsed.format, ...fields },
    };
  }
  if (items.length === 0) yield { kind: 'skip', input: file.display, reason: 'feed has no items' };
};
