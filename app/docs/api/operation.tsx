import styles from './api-docs.module.css';
import { InlineCode } from './inline-code';

type Json = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: string;
  description?: string;
  required?: boolean;
  schema?: Json;
  example?: unknown;
}

export interface Operation {
  summary: string;
  description?: string;
  parameters?: Parameter[];
  responses: Record<string, Json>;
}

const num = (v: unknown) => (typeof v === 'number' ? String(v) : '');
const exampleText = (v: unknown) =>
  JSON.stringify(Array.isArray(v) ? v[0] : v).replace(/^"|"$/g, '');

/** A readable type for a parameter schema: "integer 1–100", "one of: a, b", "list of string". */
function typeLabel(schema: Json | undefined): string {
  if (!schema) return '';
  if (schema.type === 'array') return `repeatable ${typeLabel(schema.items as Json)}`;
  const fallback =
    schema.default === undefined ? '' : `, default ${JSON.stringify(schema.default)}`;
  if (Array.isArray(schema.enum))
    return `one of: ${(schema.enum as string[]).join(', ')}${fallback}`;
  const range =
    typeof schema.minimum === 'number' || typeof schema.maximum === 'number'
      ? ` ${num(schema.minimum)}–${num(schema.maximum)}`
      : '';
  const max = typeof schema.maxLength === 'number' ? ` (≤ ${schema.maxLength} chars)` : '';
  // Long patterns (country codes, dates) are the grammar for validators; the description reads better.
  const pattern =
    typeof schema.pattern === 'string' && schema.pattern.length <= 40
      ? ` matching ${schema.pattern}`
      : '';
  return `${typeof schema.type === 'string' ? schema.type : 'string'}${range}${max}${pattern}${fallback}`;
}

function responseSummary(
  status: string,
  r: Json,
  shared: Record<string, Json>,
): { description: string; types: string[]; example?: unknown } {
  const ref = typeof r.$ref === 'string' ? r.$ref.split('/').pop() : undefined;
  const content = ((ref ? shared[ref] : r)?.content ?? {}) as Record<string, Json>;
  const first = Object.values(content)[0];
  const text = (ref ? shared[ref] : r)?.description;
  return {
    // A shared problem response is named; one without a body (a proxy's 413) is described.
    description:
      ref && Object.keys(content).length > 0
        ? `problem: ${ref}`
        : typeof text === 'string'
          ? text
          : status,
    types: Object.keys(content),
    example: ref ? undefined : first?.example,
  };
}

export function OperationSection({
  path,
  op,
  id,
  shared,
}: {
  path: string;
  op: Operation;
  id: string;
  /** The document's `components.responses`, which `$ref` responses point to. */
  shared: Record<string, Json>;
}) {
  const params = op.parameters ?? [];
  const headingId = `${id}-title`;
  return (
    <section aria-labelledby={headingId} id={id} className={styles.operation}>
      <h2 id={headingId}>
        <code>GET /api/v1{path}</code>
      </h2>
      <p className={styles.summary}>{op.summary}</p>
      {op.description ? (
        <p>
          <InlineCode text={op.description} />
        </p>
      ) : null}
      {params.length > 0 ? (
        <table className={styles.params}>
          <caption>Parameters of GET {path}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Type</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {params.map((p) => (
              <tr key={`${p.in}-${p.name}`}>
                <th scope="row">
                  <code>{p.name}</code>
                  {p.required ? <span className={styles.required}> (required)</span> : null}
                </th>
                <td>{p.in}</td>
                <td>{typeLabel(p.schema)}</td>
                <td>
                  {p.description ? <InlineCode text={p.description} /> : null}
                  {p.example !== undefined ? (
                    <>
                      {' '}
                      Example: <code>{exampleText(p.example)}</code>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No query parameters.</p>
      )}
      <h3>Responses</h3>
      <ul className={styles.responses}>
        {Object.entries(op.responses).map(([status, r]) => {
          const s = responseSummary(status, r, shared);
          return (
            <li key={status}>
              <strong>{status}</strong> <InlineCode text={s.description} />
              {s.types.length > 0 ? (
                <>
                  {' '}
                  —{' '}
                  {s.types.map((t) => (
                    <code key={t}>{t} </code>
                  ))}
                </>
              ) : null}
              {s.example !== undefined ? (
                <pre className={styles.example} aria-label={`Example ${status} response`}>
                  {JSON.stringify(s.example, null, 2)}
                </pre>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
