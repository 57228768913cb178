import { Parser as HtmlParser } from 'htmlparser2';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'blockquote',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'table',
  'tr',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe']);

/** HTML fragment → plain text with one blank line between blocks (paragraphs survive). */
export function htmlToText(html: string): string {
  let out = '';
  let skipping = 0;
  const parser = new HtmlParser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        else if (name === 'br') out += '\n';
        else if (BLOCK.has(name)) out += '\n\n';
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) out += '\n\n';
      },
      ontext(text) {
        if (!skipping) out += text.replace(/[ \t\r\n]+/g, ' ');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
