import { readFile } from 'node:fs/promises';
import type { Parser } from '@/indexer/pipeline/types';
import { decodeBytes, FALLBACK_WARNING } from './decode';
import { attribute, decodeEntities, element, stripTags } from './markup';

/** Undoes the tokenizer's spacing: "Boeing 's 777 , a jet ( new ) ." → "Boeing's 777, a jet (new)." */
export function detokenize(text: string): string {
  return text
    .replace(/\s+([,.;:!?%)\]}])/g, '$1')
    .replace(/([([{$])\s+/g, '$1')
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/"\s+([^"]*?)\s+"/g, '"$1"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * TimeML (SemEval Wikinews): DCT is the publication date, EXTRAINFO the title, <s> elements
 * the tokenized sentences. The first sentence repeats the title and is dropped.
 */
export const parseTimeml: Parser = async function* (file) {
  const { text, fallback } = decodeBytes(await readFile(file.path));
  if (fallback) yield { kind: 'warning', message: `${file.display}: ${FALLBACK_WARNING}` };
  if (!/<TimeML\b/i.test(text)) {
    yield { kind: 'skip', input: file.display, reason: 'no <TimeML> root element' };
    return;
  }
  const dct = /<DCT>[\s\S]*?<TIMEX3\b([^>]*)>/i.exec(text);
  const date = dct ? attribute(dct[1]!, 'value') : null;
  const textXml = /<TEXT>([\s\S]*?)<\/TEXT>/i.exec(text)?.[1] ?? '';
  let sentences = [...textXml.matchAll(/<s\b[^>]*>([\s\S]*?)<\/s>/gi)].map((m) =>
    detokenize(decodeEntities(stripTags(m[1]!))),
  );
  if (sentences.length === 0 && textXml)
    sentences = [detokenize(decodeEntities(stripTags(textXml)))];
  const title = element(text, 'EXTRAINFO')?.trim() || sentences[0] || '';
  if (sentences[0] && detokenize(sentences[0]) === detokenize(title))
    sentences = sentences.slice(1);
  yield {
    kind: 'article',
    article: {
      location: file.display,
      format: 'timeml',
      title: detokenize(title),
      body: sentences.join(' '),
      date,
    },
  };
};
