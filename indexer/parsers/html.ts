import { readFile } from 'node:fs/promises';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Parser, RawArticle } from '@/indexer/pipeline/types';
import { decodeBytes, FALLBACK_WARNING } from './decode';
import { htmlToText } from './html-text';
import { newsArticleFromJsonLd } from './json-ld';

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Article metadata from JSON-LD NewsArticle first, then Open Graph / <meta>, then the markup. */
export function htmlMetadata(doc: Doc): Omit<RawArticle, 'location' | 'format' | 'body'> {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => s.textContent ?? '',
  );
  const ld = newsArticleFromJsonLd(scripts);
  const authorMeta = meta(doc, 'author', 'article:author', 'dc.creator', 'byl');
  return {
    title:
      ld?.headline ??
      meta(doc, 'og:title', 'twitter:title', 'dc.title') ??
      doc.querySelector('h1')?.textContent?.trim() ??
      doc.querySelector('title')?.textContent?.trim() ??
      null,
    date:
      ld?.datePublished ??
      meta(
        doc,
        'article:published_time',
        'og:published_time',
        'date',
        'pubdate',
        'publishdate',
        'publish-date',
        'dc.date',
        'dc.date.issued',
        'sailthru.date',
        'parsely-pub-date',
      ) ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    source: ld?.publisher ?? meta(doc, 'og:site_name', 'application-name', 'publisher') ?? null,
    url:
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      meta(doc, 'og:url') ??
      ld?.url ??
      null,
    lead:
      meta(doc, 'og:description', 'description', 'twitter:description') ?? ld?.description ?? null,
    language: doc.documentElement?.getAttribute('lang') ?? ld?.inLanguage ?? null,
    authors: ld?.authors.length
      ? ld.authors
      : authorMeta
        ? [authorMeta.replace(/^by\s+/i, '')]
        : [],
  };
}

/** An HTML article page: metadata from the head, the main text via Readability. */
export const parseHtml: Parser = async function* (file) {
  const { text, fallback } = decodeBytes(await readFile(file.path));
  if (fallback) yield { kind: 'warning', message: `${file.display}: ${FALLBACK_WARNING}` };
  const { document } = parseHTML(text);
  const metadata = htmlMetadata(document);
  const ldBody = newsArticleFromJsonLd(
    [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => s.textContent ?? '',
    ),
  )?.articleBody;
  // Readability edits the DOM it reads, so it runs after the metadata has been taken.
  const article = new Readability(document, { keepClasses: false }).parse();
  const body = article?.content ? htmlToText(article.content) : (ldBody ?? '');
  yield {
    kind: 'article',
    article: {
      location: file.display,
      format: 'html',
      ...metadata,
      title: metadata.title ?? article?.title ?? null,
      source: metadata.source ?? article?.siteName ?? null,
      body,
    },
  };
};
