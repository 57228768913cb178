import type { Metadata } from 'next';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { PROBLEM_TYPES } from '@/lib/api/problem';
import { InlineCode } from './inline-code';
import { OperationSection, type Operation } from './operation';
import styles from './api-docs.module.css';

export const metadata: Metadata = { title: 'Partner search API' };
export const dynamic = 'force-static';

type Json = Record<string, unknown>;

export default function ApiDocsPage() {
  const doc = buildOpenApiDocument();
  const info = doc.info as { title: string; version: string; description: string };
  const ops = Object.entries(doc.paths as Record<string, { get: Operation }>).map(
    ([path, item]) => ({
      path,
      op: item.get,
    }),
  );
  const responses = (doc.components as Json).responses as Record<
    string,
    { description: string } & Json
  >;
  return (
    <article className={styles.docs} aria-labelledby="api-title">
      <h1 id="api-title">{info.title}</h1>
      <p>
        Version {info.version}. Base URL <code>/api/v1</code>. Machine-readable description:{' '}
        <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>.
      </p>
      <p>
        <InlineCode text={info.description} />
      </p>

      <nav aria-label="Endpoints" className={styles.toc}>
        <h2>Endpoints</h2>
        <ul>
          {ops.map(({ path, op }) => (
            <li key={path}>
              <a href={`#${anchor(path)}`}>
                <code>GET {path}</code>
              </a>{' '}
              — {op.summary}
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="access">
        <h2 id="access">Access and rate limits</h2>
        <p>
          Anonymous calls are allowed at a low rate per client. Partners get a key (created by the
          operator with <code>npm run keys -- create --name … --rate 600/min</code>) and send it as{' '}
          <code>Authorization: Bearer &lt;key&gt;</code>. A key may carry a scope (a filter added to
          every query that the caller cannot remove) and a list of browser origins allowed by CORS.
        </p>
        <p>
          Every rate-limited response carries <code>RateLimit-Limit</code>,{' '}
          <code>RateLimit-Remaining</code>, <code>RateLimit-Reset</code> and{' '}
          <code>RateLimit-Policy</code>. Over the limit the answer is <code>429</code> with{' '}
          <code>Retry-After</code> (seconds). An export also spends a budget of its own (by default
          10 an hour per anonymous client, 120 an hour per key): a full export costs as much as
          hundreds of searches.
        </p>
        <p>
          Send <code>Accept-Encoding: gzip</code> to get answers gzipped (JSON, feeds and exports
          alike; a search page of 20 hits shrinks three- to fourfold). Exports are streamed,
          compressed or not.
        </p>
      </section>

      <section aria-labelledby="errors">
        <h2 id="errors">Errors</h2>
        <p>
          Every failure is an RFC 9457 problem document (<code>application/problem+json</code>) with{' '}
          <code>type</code>, <code>title</code>, <code>status</code> and <code>detail</code>.
          Invalid or unknown parameters give <code>400</code> with an <code>invalid-params</code>{' '}
          list naming each parameter and the reason. When the search engine is unreachable the
          answer is <code>503</code> with <code>Retry-After</code>, within about a second.
        </p>
        <dl className={styles.problems}>
          {Object.entries(PROBLEM_TYPES).map(([status, [slug, title]]) => (
            <div key={slug} id={`problem-${slug}`}>
              <dt>
                {status} <code>#problem-{slug}</code>
              </dt>
              <dd>
                {title}.{' '}
                <InlineCode
                  text={responses[RESPONSE_FOR[Number(status)] ?? '']?.description ?? ''}
                />
              </dd>
            </div>
          ))}
        </dl>
        <pre className={styles.example} aria-label="Example problem document">
          {JSON.stringify(
            {
              type: '/docs/api#problem-invalid-parameters',
              title: 'Invalid request parameters',
              status: 400,
              detail: 'Invalid parameter(s): limit, colour',
              instance: '/api/v1/search',
              'invalid-params': [
                { name: 'limit', reason: 'must be at most 100' },
                { name: 'colour', reason: 'unknown parameter' },
              ],
            },
            null,
            2,
          )}
        </pre>
      </section>

      {ops.map(({ path, op }) => (
        <OperationSection key={path} path={path} op={op} id={anchor(path)} shared={responses} />
      ))}
    </article>
  );
}

const RESPONSE_FOR: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  413: 'ContentTooLarge',
  429: 'TooManyRequests',
  431: 'HeadersTooLarge',
  500: 'InternalError',
  503: 'Unavailable',
};

function anchor(path: string): string {
  return `get-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
