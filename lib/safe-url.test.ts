import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it.each([
    ['https://news.example/a?b=1#c', 'https://news.example/a?b=1#c'],
    ['HTTP://News.Example', 'http://news.example/'],
    ['  https://news.example/a  ', 'https://news.example/a'],
  ])('lets %j through as %j', (raw, expected) => {
    expect(safeHttpUrl(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://files.example/a',
    '//news.example/a',
    '/articles/a1',
    'not a url',
    '',
    null,
    undefined,
  ])('refuses %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
  });

  it('percent-encodes a bidi override in the path, so it shows instead of reordering', () => {
    expect(safeHttpUrl('https://news.example/\u202Egpj.exe')).toBe(
      'https://news.example/%E2%80%AEgpj.exe',
    );
  });

  it('refuses a bidi override in the host name', () => {
    expect(safeHttpUrl('https://news\u202E.example/')).toBeNull();
  });
});
