const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** Facet lists relabel hundreds of codes on every update; the CLDR lookup is not free. */
function cached(lookup: (code: string) => string | undefined): (code: string) => string {
  const names = new Map<string, string>();
  return (code) => {
    let name = names.get(code);
    if (name === undefined) {
      try {
        name = lookup(code) ?? code;
      } catch {
        name = code; // not a well-formed code
      }
      names.set(code, name);
    }
    return name;
  };
}

/** English name of an ISO 3166-1 alpha-2 code, from the runtime's own CLDR data. */
export const countryName = cached((code) => regionNames.of(code));

/** English name of an ISO 639 language code; the code itself when unknown. */
export const languageName = cached((code) =>
  code === 'und' ? 'Undetermined' : languageNames.of(code),
);

/**
 * The name pages show for an entity. A country's entity name is the article's own form ("UAE",
 * "Syrian Arab Republic"); facets, filters and chips name it by its code.
 */
export function entityName(e: { kind: string; key: string; name: string }): string {
  return e.kind === 'country' ? countryName(e.key) : e.name;
}
