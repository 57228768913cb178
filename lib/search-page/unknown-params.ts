/**
 * Names in a search link that the page does not read. A hand-edited link with `countries=FR`
 * would otherwise show unfiltered results as if they were filtered; the partner API refuses such
 * names, the page reports them and goes on. Campaign and click ids that sites append to links
 * they share are not ours to read, so they pass unreported.
 */
const LIKELY_MEANT: Record<string, string> = {
  query: 'q',
  search: 'q',
  text: 'q',
  countries: 'country',
  organization: 'org',
  organisation: 'org',
  organizations: 'org',
  organisations: 'org',
  orgs: 'org',
  people: 'person',
  persons: 'person',
  sources: 'source',
  language: 'lang',
  languages: 'lang',
  since: 'from',
  until: 'to',
  order: 'sort',
  limit: 'per',
  perpage: 'per',
};

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga)$/i;

/** One problem line per parameter name not in `known` (each name once, in link order). */
export function unknownParamProblems(params: URLSearchParams, known: Set<string>): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const name of params.keys()) {
    if (known.has(name) || seen.has(name) || TRACKING.test(name)) continue;
    seen.add(name);
    const meant = LIKELY_MEANT[name.toLowerCase()] ?? caseOf(name, known);
    problems.push(
      `"${name}" is not a search parameter${meant ? ` (did you mean "${meant}"?)` : ''}`,
    );
  }
  return problems;
}

function caseOf(name: string, known: Set<string>): string | undefined {
  const lower = name.toLowerCase();
  return [...known].find((k) => k.toLowerCase() === lower);
}
