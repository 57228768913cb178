import type { RegisterNames } from '@/lib/register-names';
import { FACET_PARAMS, facetField, facetKind } from '@/lib/schema/facets';
import type { FacetField } from '@/lib/schema/index-settings';

/** The page parameters of entity facets (org, xorg, person, xperson) and their fields. */
const FIELD_OF: Record<string, FacetField> = Object.fromEntries(
  FACET_PARAMS.filter((p) => facetKind(p) === 'entity').flatMap((p) => [
    [p, facetField(p)],
    [`x${p}`, facetField(p)],
  ]),
);

/**
 * A search link with organizations and people under another name ("?org=OPEC"), which as written
 * would filter by a value no article has, rewritten to the names the index holds them under; null
 * when it used none. Every other parameter stays as it was.
 */
export function withIndexedNames(
  params: URLSearchParams,
  names: Pick<RegisterNames, 'indexedName'>,
): URLSearchParams | null {
  let changed = false;
  const out = new URLSearchParams();
  for (const [key, value] of params) {
    const field = FIELD_OF[key];
    const indexed = field ? names.indexedName(field, value) : undefined;
    if (indexed) changed = true;
    out.append(key, indexed ?? value);
  }
  return changed ? out : null;
}
