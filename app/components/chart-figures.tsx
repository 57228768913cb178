import { bucketLabel, type Bucket } from '@/lib/search/histogram';

/** The chart's figures as CSV: one row per period, the period as its URL-ready key. */
export function chartCsv(buckets: readonly Bucket[], period: string): string {
  return [`${period},articles`, ...buckets.map((b) => `${b.key},${b.count}`)].join('\r\n') + '\r\n';
}

/** The numbers behind a chart, for reading and for spreadsheets; closed until asked for. */
export function ChartFigures({
  buckets,
  period,
  csvName,
}: {
  buckets: readonly Bucket[];
  period: string;
  csvName: string;
}) {
  // A data: URL: no endpoint, and the figures are the ones on screen.
  const csv = `data:text/csv;charset=utf-8,${encodeURIComponent(chartCsv(buckets, period))}`;
  return (
    <details className="chart-figures">
      <summary>Figures</summary>
      <a href={csv} download={csvName}>
        Download CSV
      </a>
      <table>
        <thead>
          <tr>
            <th scope="col">{period === 'year' ? 'Year' : 'Month'}</th>
            <th scope="col">Articles</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.key}>
              <th scope="row">{bucketLabel(b.key)}</th>
              <td>{b.count.toLocaleString('en')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
