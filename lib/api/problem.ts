import 'server-only';
/** RFC 9457 problem details: the only shape an API failure ever takes. */
export interface InvalidParam {
  name: string;
  reason: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  'invalid-params'?: InvalidParam[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const TYPE_BASE = '/docs/api#problem-';

export const PROBLEM_TYPES: Record<number, [slug: string, title: string]> = {
  400: ['invalid-parameters', 'Invalid request parameters'],
  401: ['unauthorized', 'Invalid or revoked API key'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  429: ['rate-limited', 'Too many requests'],
  500: ['internal', 'Internal error'],
  503: ['unavailable', 'Search temporarily unavailable'],
};

/** Thrown anywhere in a handler; the route wrapper turns it into a problem response. */
export class ApiProblem extends Error {
  override name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: { invalidParams?: InvalidParam[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

export function invalidParams(params: InvalidParam[]): ApiProblem {
  const names = [...new Set(params.map((p) => p.name))].join(', ');
  return new ApiProblem(400, `Invalid parameter(s): ${names}`, { invalidParams: params });
}

export function problemBody(status: number, detail: string, instance?: string): ProblemBody {
  const [slug, title] = PROBLEM_TYPES[status] ?? ['error', 'Error'];
  return {
    type: `${TYPE_BASE}${slug}`,
    title,
    status,
    detail,
    ...(instance ? { instance } : {}),
  };
}

export function problemResponse(
  problem: ApiProblem,
  instance?: string,
  headers: Record<string, string> = {},
): Response {
  const body: ProblemBody = problemBody(problem.status, problem.detail, instance);
  if (problem.extra.invalidParams) body['invalid-params'] = problem.extra.invalidParams;
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Cache-Control': 'no-store',
      ...headers,
      ...problem.extra.headers,
    },
  });
}
