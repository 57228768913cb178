import { readFile } from 'node:fs/promises';
import type { ReferenceLabels } from '@/lib/schema/article';
import type { Parser } from '@/indexer/pipeline/types';
import { decodeBytes, FALLBACK_WARNING } from './decode';
import { attribute, decodeEntities, element, elements, stripTags } from './markup';

function labelList(xml: string, tag: string): string[] {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'i').exec(xml);
  if (!m) return [];
  return [...m[1]!.matchAll(/<D>([\s\S]*?)<\/D>/gi)]
    .map((d) => decodeEntities(d[1]!).trim())
    .filter(Boolean);
}

/** Wire copy wraps lines at ~70 columns and indents each new paragraph: rejoin paragraphs. */
export function reflowWire(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n(?=[ \t]+\S)/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Drops the closing "Reuter"/"REUTER" signature line. */
function dropSignature(text: string): string {
  return text.replace(/\s*\b(reuter|reuters)\s*$/i, '').trimEnd();
}

/**
 * Reuters-21578 (SGML or its XML rendering): one article per <REUTERS>. Its PLACES/ORGS/PEOPLE/
 * TOPICS labels go to `labels`, never into the extracted entity fields. Read with regexes on
 * purpose: the SGML originals are not well-formed XML.
 */
export const parseReuters: Parser = async function* (file) {
  const { text, fallback } = decodeBytes(await readFile(file.path));
  if (fallback) yield { kind: 'warning', message: `${file.display}: ${FALLBACK_WARNING}` };
  let found = 0;
  for (const { attrs, inner, line } of elements(text, 'REUTERS')) {
    found++;
    const newId = attribute(attrs, 'NEWID');
    const location = `${file.display}:${line}${newId ? ` (NEWID ${newId})` : ''}`;
    const textMatch = /<TEXT\b([^>]*)>([\s\S]*?)<\/TEXT>/i.exec(inner);
    const type = textMatch ? (attribute(textMatch[1]!, 'TYPE') ?? 'NORM').toUpperCase() : 'NORM';
    const textXml = textMatch?.[2] ?? '';
    let title = element(textXml, 'TITLE')?.replace(/\s+/g, ' ').trim() ?? '';
    const dateline = element(textXml, 'DATELINE')?.replace(/\s+/g, ' ').trim() ?? '';
    let body: string;
    if (type === 'UNPROC') {
      body = decodeEntities(stripTags(textXml));
    } else {
      const rawBody =
        element(textXml, 'BODY') ??
        (type === 'BRIEF'
          ? ''
          : decodeEntities(
              stripTags(
                textXml.replace(/<TITLE>[\s\S]*?<\/TITLE>|<DATELINE>[\s\S]*?<\/DATELINE>/gi, ''),
              ),
            ));
      body = reflowWire(rawBody);
    }
    body = dropSignature(body.trim());
    if (/^blah blah blah\.?$/i.test(body)) body = ''; // BRIEF placeholder, not content
    if (!title && body) {
      // Untitled (mostly UNPROC tables): their first line is a headline.
      const [first, ...rest] = body.split('\n');
      title = first!.trim();
      body = rest.join('\n').trim();
    }
    if (dateline && body && type !== 'UNPROC') body = `${dateline} ${body}`;
    const labels: ReferenceLabels = {
      places: labelList(inner, 'PLACES'),
      orgs: labelList(inner, 'ORGS'),
      people: labelList(inner, 'PEOPLE'),
      topics: labelList(inner, 'TOPICS'),
    };
    yield {
      kind: 'article',
      article: {
        location,
        format: 'reuters',
        id: newId ? `reuters-${newId}` : null,
        title,
        body,
        date: element(inner, 'DATE')?.trim() ?? null,
        source: 'Reuters',
        language: 'en',
        labels,
      },
    };
  }
  if (found === 0)
    yield { kind: 'skip', input: file.display, reason: 'no <REUTERS> element found' };
};
