/** One Reuters-21578 article with its human labels. */
export interface ReutersArticle {
  id: string;
  title: string;
  dateline: string;
  body: string;
  publishedAt: number | null;
  places: string[];
  orgs: string[];
  people: string[];
}

const MONTHS: Record<string, number> = {
  JAN: 0,
  FEB: 1,
  MAR: 2,
  APR: 3,
  MAY: 4,
  JUN: 5,
  JUL: 6,
  AUG: 7,
  SEP: 8,
  OCT: 9,
  NOV: 10,
  DEC: 11,
};

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function field(block: string, tag: string): string {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  return m?.[1] ?? '';
}

function labels(block: string, tag: string): string[] {
  return [...field(block, tag).matchAll(/<D>([^<]*)<\/D>/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/** "26-FEB-1987 15:01:01.79" → unix seconds (UTC), null when unreadable. */
export function parseReutersDate(text: string): number | null {
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{2}):(\d{2}):(\d{2})/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS[m[2] ?? ''];
  if (month === undefined) return null;
  return (
    Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6])) / 1000
  );
}

/** Splits a Reuters-21578 XML/SGML file into articles (regex splitter: the format is SGML-ish). */
export function parseReuters(xml: string): ReutersArticle[] {
  const out: ReutersArticle[] = [];
  for (const m of xml.matchAll(/<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g)) {
    const attrs = m[1] ?? '';
    const block = m[2] ?? '';
    // <TEXT TYPE="BRIEF"> (title only) and <TEXT TYPE="UNPROC"> (no markup) carry attributes.
    const textMatch = /<TEXT\b([^>]*)>([\s\S]*?)<\/TEXT>/.exec(block);
    const text = textMatch?.[2] ?? '';
    const unproc = /TYPE="UNPROC"/.test(textMatch?.[1] ?? '');
    const brief = /TYPE="BRIEF"/.test(textMatch?.[1] ?? '');
    let title = decodeEntities(field(text, 'TITLE'));
    let body = text.includes('<BODY>')
      ? decodeEntities(field(text, 'BODY'))
      : brief
        ? ''
        : decodeEntities(
            text.replace(/<(TITLE|DATELINE)>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ''),
          );
    if (!title && unproc) {
      // Untitled wire items (tables, briefs) start with a headline line, as the indexer reads them.
      const [first = '', ...rest] = body.trim().split('\n');
      title = first.trim();
      body = rest.join('\n');
    }
    out.push({
      id: /NEWID="(\d+)"/.exec(attrs)?.[1] ?? String(out.length + 1),
      title,
      dateline: decodeEntities(field(text, 'DATELINE')),
      body,
      publishedAt: parseReutersDate(field(block, 'DATE')),
      places: labels(block, 'PLACES'),
      orgs: labels(block, 'ORGS'),
      people: labels(block, 'PEOPLE'),
    });
  }
  return out;
}
