import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';

const utc = (iso: string) => Date.parse(iso) / 1000;

describe('parseDate', () => {
  it.each([
    ['2024-03-05', utc('2024-03-05T00:00:00Z'), 'day', '2024', '2024-03'],
    ['2023-11', utc('2023-11-01T00:00:00Z'), 'month', '2023', '2023-11'],
    ['2022', utc('2022-01-01T00:00:00Z'), 'year', '2022', null],
    ['2024-03-11T08:30:00Z', utc('2024-03-11T08:30:00Z'), 'exact', '2024', '2024-03'],
    ['2021-09-14T06:00:00+02:00', utc('2021-09-14T04:00:00Z'), 'exact', '2021', '2021-09'],
    ['2021-09-14 06:00', utc('2021-09-14T06:00:00Z'), 'exact', '2021', '2021-09'],
    ['26-FEB-1987 15:01:01.79', utc('1987-02-26T15:01:01Z'), 'exact', '1987', '1987-02'],
    [' 3-MAR-1987 09:12:45.10', utc('1987-03-03T09:12:45Z'), 'exact', '1987', '1987-03'],
    // Reuters wire routing codes after the time (reuters-10279 and 326 others).
    ['27-MAR-1987 14:02:56.54   V RM', utc('1987-03-27T14:02:56Z'), 'exact', '1987', '1987-03'],
    ['2-APR-1987 10:01:00.00   C G T M', utc('1987-04-02T10:01:00Z'), 'exact', '1987', '1987-04'],
    ['9-MAR-1987  04:58:41.12', utc('1987-03-09T04:58:41Z'), 'exact', '1987', '1987-03'],
    ['03-02-2009', utc('2009-02-03T00:00:00Z'), 'day', '2009', '2009-02'],
    ['12-31-2009', utc('2009-12-31T00:00:00Z'), 'day', '2009', '2009-12'],
    ['25/12/2020', utc('2020-12-25T00:00:00Z'), 'day', '2020', '2020-12'],
    ['Mon, 02 Oct 2023 09:15:00 GMT', utc('2023-10-02T09:15:00Z'), 'exact', '2023', '2023-10'],
    ['Friday, January 4, 2019', utc('2019-01-04T00:00:00Z'), 'day', '2019', '2019-01'],
    [1700000000, 1700000000, 'exact', '2023', '2023-11'],
    [1700000000123, 1700000000, 'exact', '2023', '2023-11'],
  ] as const)('%j', (raw, publishedAt, quality, year, month) => {
    expect(parseDate(raw)).toEqual({ publishedAt, quality, year, month });
  });

  it.each([
    null,
    undefined,
    '',
    'soon',
    '2023-02-30',
    '2023-13',
    0,
    'next Tuesday',
    '31-APR-1987 10:00:00.00',
    '27-MAR-1987 25:02:56.54   V RM',
    '27-MAR-1987 14:02:56.54   RM 12',
  ])('never invents a date for %j', (raw) => {
    expect(parseDate(raw)).toEqual({
      publishedAt: null,
      quality: 'none',
      year: null,
      month: null,
    });
  });
});
