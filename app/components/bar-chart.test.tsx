import { parse } from 'csv-parse/sync';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';
import { chartCsv } from './chart-figures';

const buckets = [
  { key: '1987-02', count: 12 },
  { key: '1987-03', count: 0 },
  { key: '1987-04', count: 1066 },
];

describe('BarChart', () => {
  const html = (props: Partial<Parameters<typeof BarChart>[0]> = {}) =>
    renderToStaticMarkup(
      <BarChart buckets={buckets} label="Articles" period="month" csvName="x.csv" {...props} />,
    );

  it('labels both axes: the count scale and the first and last period', () => {
    const out = html();
    expect(out).toMatch(/class="bar-chart-y"[^>]*><span>1,066<\/span><span>0<\/span>/);
    expect(out).toContain(
      '<span>Feb 1987</span><span>articles per month</span><span>Apr 1987</span>',
    );
  });

  it('shows the count of the current bar, else of the selected bars, else of all', () => {
    const readout = (props: Partial<Parameters<typeof BarChart>[0]>) =>
      /data-testid="chart-readout">([^<]*)</.exec(html(props))?.[1];
    expect(readout({})).toBe('All: 1,078 articles');
    expect(readout({ selected: { lo: 2, hi: 2 } })).toBe('Apr 1987: 1,066 articles');
    expect(readout({ selected: { lo: 0, hi: 1 } })).toBe('Feb 1987 – Mar 1987: 12 articles');
    expect(readout({ current: 0, selected: { lo: 2, hi: 2 } })).toBe('Feb 1987: 12 articles');
    expect(readout({ selected: { lo: 0, hi: 2 }, selectedLabel: '1987' })).toBe(
      '1987: 1,078 articles',
    );
  });

  it('is one tab stop when interactive: the selected bar, else the last', () => {
    const stops = (props: Partial<Parameters<typeof BarChart>[0]>) =>
      [...html({ onActivate: () => {}, ...props }).matchAll(/tabindex="(-?\d)"/g)].map((m) => m[1]);
    expect(stops({})).toEqual(['-1', '-1', '0']);
    expect(stops({ selected: { lo: 0, hi: 1 } })).toEqual(['0', '-1', '-1']);
    expect(stops({ current: 9 })).toEqual(['-1', '-1', '0']);
    expect(html()).not.toContain('tabindex');
  });

  it('offers its figures as a table and as a CSV download', () => {
    const out = html();
    expect(out).toContain('<th scope="row">Apr 1987</th><td>1,066</td>');
    const href = /href="(data:text\/csv[^"]*)" download="x.csv"/.exec(out)?.[1];
    expect(href).toBeDefined();
    const csv = decodeURIComponent(href!.replace(/&amp;/g, '&').split(',').slice(1).join(','));
    expect(csv).toBe(chartCsv(buckets, 'month'));
  });
});

describe('chartCsv', () => {
  it('reads as a spreadsheet would: a header row, then one row per period', () => {
    expect(parse(chartCsv(buckets, 'year'), { columns: true })).toEqual([
      { year: '1987-02', articles: '12' },
      { year: '1987-03', articles: '0' },
      { year: '1987-04', articles: '1066' },
    ]);
  });
});
