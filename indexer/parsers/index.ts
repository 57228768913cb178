import type { Format } from '@/indexer/pipeline/detect';
import type { Parser } from '@/indexer/pipeline/types';
import { parseJson } from './json';
import { parseJsonl } from './jsonl';

/** Parsers are loaded on demand: the HTML and feed ones pull in sizeable libraries. */
export async function parserFor(format: Format): Promise<Parser> {
  switch (format) {
    case 'jsonl':
      return parseJsonl;
    case 'json':
      return parseJson;
    case 'csv':
      return (await import('./csv')).parseCsv;
    case 'tsv':
      return (await import('./csv')).parseTsv;
    case 'text':
      return (await import('./text')).parseText;
    case 'html':
      return (await import('./html')).parseHtml;
    case 'feed':
      return (await import('./feed')).parseFeed;
    case 'reuters':
      return (await import('./reuters')).parseReuters;
    case 'timeml':
      return (await import('./timeml')).parseTimeml;
  }
}
