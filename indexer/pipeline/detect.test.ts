import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it.each([
    ['a.jsonl', '{"a":1}\n', 'jsonl'],
    ['a.json', '[{"a":1}]', 'json'],
    ['a.json', '{"a":1}\n{"a":2}\n', 'jsonl'],
    ['a.csv', 'title,body\n', 'csv'],
    ['a.tsv', 'title\tbody\n', 'tsv'],
    ['a.txt', 'Title\n\nBody', 'text'],
    ['a.htm', '<p>x</p>', 'html'],
    ['a.xml', '<?xml version="1.0"?><rss version="2.0">', 'feed'],
    ['a.xml', '<?xml version="1.0"?>\n<LEWIS>\n<REUTERS NEWID="1">', 'reuters'],
    ['a.tml', '<TimeML>', 'timeml'],
    ['noext', '<!doctype html><html>', 'html'],
    ['noext', '{"a":1}\n{"a":2}', 'jsonl'],
  ])('%s with %j → %s', (path, head, format) => {
    expect(detectFormat(path, bytes(head))).toEqual({ format });
  });

  it.each([
    ['a.bin', '\u0000\u0001abc', /binary/],
    ['a.xml', '<?xml version="1.0"?><svg>', /unknown kind/],
    ['a.docx', 'PK plain', /unknown format/],
    ['a.txt', '', /empty file/],
  ])('skips %s with a reason', (path, head, reason) => {
    const result = detectFormat(path, bytes(head));
    expect('skip' in result && result.skip).toMatch(reason);
  });
});
