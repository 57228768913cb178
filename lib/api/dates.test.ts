import { describe, expect, it } from 'vitest';
import { FilterInputError } from '@/lib/search/filter';
import { isoDateBounds, publishedWindow } from './dates';

const s = (iso: string) => Date.parse(iso) / 1000;

describe('isoDateBounds', () => {
  it.each([
    ['1987', s('1987-01-01T00:00:00Z'), s('1988-01-01T00:00:00Z')],
    ['1987-02', s('1987-02-01T00:00:00Z'), s('1987-03-01T00:00:00Z')],
    ['1988-02-29', s('1988-02-29T00:00:00Z'), s('1988-03-01T00:00:00Z')],
    ['1987-03-02T10:15', s('1987-03-02T10:15:00Z'), s('1987-03-02T10:16:00Z')],
    ['1987-03-02T10:15:30Z', s('1987-03-02T10:15:30Z'), s('1987-03-02T10:15:31Z')],
    ['1987-03-02T10:15:30.5+02:00', s('1987-03-02T08:15:30Z'), s('1987-03-02T08:15:31Z')],
  ])('%s', (input, start, end) => {
    expect(isoDateBounds(input)).toEqual({ start, end });
  });

  it.each(['1987-02-30T10:00Z', '1987-13', '1987-03-02T24:00', '1987-03-02T10:60', '87', 'now'])(
    'rejects %s',
    (input) => {
      expect(() => isoDateBounds(input)).toThrow(FilterInputError);
    },
  );
});

describe('publishedWindow', () => {
  it('is inclusive at both ends at the given precision', () => {
    expect(publishedWindow('1987-03', '1987-03')).toEqual([
      `publishedAt >= ${s('1987-03-01T00:00:00Z')}`,
      `publishedAt < ${s('1987-04-01T00:00:00Z')}`,
    ]);
    expect(publishedWindow(undefined, '1987-03-02T10:00:00Z')).toEqual([
      `publishedAt < ${s('1987-03-02T10:00:01Z')}`,
    ]);
  });

  it('rejects a reversed window', () => {
    expect(() => publishedWindow('1988', '1987-12-31T23:59')).toThrow(
      '"from" must not be after "to"',
    );
  });
});
