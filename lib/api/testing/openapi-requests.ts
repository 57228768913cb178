import fc from 'fast-check';
import { canBeInvalid, invalidValue, validValue, type Json } from './openapi-values';

/** One GET operation of the OpenAPI document with its parameters. */
export interface OperationDoc {
  path: string;
  params: { name: string; in: string; required?: boolean; schema: Json }[];
}

/** A request built from the document; `culprit` names the parameter that makes it invalid. */
export interface ApiCall {
  path: string;
  query: [string, string][];
  culprit?: string;
}

export function operationsOf(doc: Json): OperationDoc[] {
  return Object.entries(doc.paths as Record<string, { get: { parameters?: unknown } }>).map(
    ([path, item]) => ({
      path,
      params: (item.get.parameters ?? []) as OperationDoc['params'],
    }),
  );
}

const isArray = (schema: Json) => schema.type === 'array';
const itemOf = (schema: Json) => (isArray(schema) ? (schema.items as Json) : schema);

function values(schema: Json): fc.Arbitrary<string[]> {
  if (!isArray(schema)) return validValue(schema).map((v) => [v]);
  const item = validValue(itemOf(schema));
  const most = typeof schema.maxItems === 'number' ? schema.maxItems : 3;
  return fc.oneof(
    { weight: 49, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(item, { minLength: most, maxLength: most }) },
  );
}

/** Start and end (ms) of a date in the documented forms, to the second. */
export function dateSpan(value: string): [number, number] {
  const [date = '', time] = value.split('T');
  if (time !== undefined) {
    const m = /^(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(time)!;
    const start = Date.parse(`${date}T${m[1]}${m[2] ?? ':00'}${m[3] ?? 'Z'}`);
    return [start, start + (m[2] ? 1000 : 60_000)];
  }
  const parts = date.split('-');
  const start = Date.parse(`${parts[0]}-${parts[1] ?? '01'}-${parts[2] ?? '01'}T00:00Z`);
  const end = new Date(start);
  if (parts.length === 3) end.setUTCDate(end.getUTCDate() + 1);
  else if (parts.length === 2) end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return [start, end.getTime()];
}

/** The cross-parameter rules the document states in its descriptions. */
export interface CrossRules {
  /** Matches the page may start within: (page − 1) × limit must stay below it. */
  maxHits: number;
}

function defaultOf(op: OperationDoc, name: string): number | undefined {
  const d = op.params.find((p) => p.name === name)?.schema.default;
  return typeof d === 'number' ? d : undefined;
}

/** Makes a request follow the stated rules: swaps an empty from/to window, pulls page back in. */
function followRules(op: OperationDoc, rules: CrossRules, query: Map<string, string[]>) {
  const from = query.get('from')?.[0];
  const to = query.get('to')?.[0];
  if (from && to && dateSpan(from)[0] >= dateSpan(to)[1]) {
    query.set('from', [to]);
    query.set('to', [from]);
  }
  const page = query.get('page')?.[0];
  const limit = Number(query.get('limit')?.[0] ?? defaultOf(op, 'limit'));
  if (page && limit > 0 && (Number(page) - 1) * limit >= rules.maxHits) {
    query.set('page', [String(Math.ceil(rules.maxHits / limit))]);
  }
}

function toCall(op: OperationDoc, { pathValues, query }: Draw): ApiCall {
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, n: string) =>
    encodeURIComponent(pathValues.get(n) ?? ''),
  );
  return { path, query: [...query].flatMap(([n, vs]) => vs.map((v): [string, string] => [n, v])) };
}

interface Draw {
  pathValues: Map<string, string>;
  query: Map<string, string[]>;
}

function validDraw(op: OperationDoc, rules: CrossRules): fc.Arbitrary<Draw> {
  const parts = op.params.map((p) =>
    p.required
      ? values(p.schema)
      : fc.oneof(
          { weight: 3, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: values(p.schema) },
        ),
  );
  return fc.tuple(...parts).map((drawn) => {
    const draw: Draw = { pathValues: new Map(), query: new Map() };
    op.params.forEach((p, i) => {
      const v = drawn[i];
      if (!v) return;
      if (p.in === 'path') draw.pathValues.set(p.name, v[0]!);
      else draw.query.set(p.name, v);
    });
    followRules(op, rules, draw.query);
    return draw;
  });
}

/** Requests the document allows: each parameter present or not, its values schema-valid. */
export function validCall(op: OperationDoc, rules: CrossRules): fc.Arbitrary<ApiCall> {
  return validDraw(op, rules).map((d) => toCall(op, d));
}

type Change = (d: Draw) => void;

/** Ways to break one parameter of `op`, each with the parameter a 400 must name. */
function breakages(op: OperationDoc, rules: CrossRules): fc.Arbitrary<[string, Change]>[] {
  const names = new Set(op.params.map((p) => p.name));
  const out: fc.Arbitrary<[string, Change]>[] = [
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 5 }))
      .filter(([n]) => !names.has(n))
      .map(([n, v]) => [n, (d) => d.query.set(n, [v])]),
  ];
  for (const p of op.params) {
    const item = itemOf(p.schema);
    if (canBeInvalid(item)) {
      const bad = p.in === 'path' ? invalidValue(item).filter((v) => v !== '') : invalidValue(item);
      out.push(
        bad.map((v) => [
          p.name,
          (d) => (p.in === 'path' ? d.pathValues.set(p.name, v) : d.query.set(p.name, [v])),
        ]),
      );
    }
    if (p.in !== 'query') continue;
    const limit = isArray(p.schema) ? Number(p.schema.maxItems) : 1;
    out.push(
      fc
        .array(validValue(item), { minLength: limit + 1, maxLength: limit + 1 })
        .map((vs) => [p.name, (d) => d.query.set(p.name, vs)]),
    );
    if (p.required) out.push(fc.constant([p.name, (d) => d.query.delete(p.name)]));
  }
  const date = op.params.find((p) => p.name === 'from')?.schema;
  if (date && names.has('to')) {
    out.push(
      fc
        .tuple(validValue(date), validValue(date))
        .map(([a, b]): [string, string] => (dateSpan(a)[0] >= dateSpan(b)[1] ? [a, b] : [b, a]))
        .filter(([from, to]) => dateSpan(from)[0] >= dateSpan(to)[1])
        .map(([from, to]): [string, Change] => [
          'from',
          (d) => (d.query.set('from', [from]), d.query.set('to', [to])),
        ]),
    );
  }
  const limitSchema = op.params.find((p) => p.name === 'limit')?.schema;
  const lastPage = op.params.find((p) => p.name === 'page')?.schema.maximum;
  if (limitSchema && typeof lastPage === 'number') {
    out.push(
      validValue(limitSchema)
        // The first page past the window must itself be a valid page (limit 1 has none).
        .filter((l) => Number(l) > 0 && Math.ceil(rules.maxHits / Number(l)) < lastPage)
        .chain((l) =>
          fc
            .integer({ min: Math.ceil(rules.maxHits / Number(l)) + 1, max: lastPage })
            .map((page): [string, Change] => [
              'page',
              (d) => (d.query.set('limit', [l]), d.query.set('page', [String(page)])),
            ]),
        ),
    );
  }
  return out;
}

/** A valid request with exactly one parameter broken (or one unknown added). */
export function invalidCall(op: OperationDoc, rules: CrossRules): fc.Arbitrary<ApiCall> {
  return fc
    .tuple(validDraw(op, rules), fc.oneof(...breakages(op, rules)))
    .map(([d, [culprit, change]]) => {
      const copy: Draw = { pathValues: new Map(d.pathValues), query: new Map(d.query) };
      change(copy);
      return { ...toCall(op, copy), culprit };
    });
}
