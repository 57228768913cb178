const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** Facet lists relabel hundreds of codes on every update; the CLDR lookup is not free. */
function cached(
  lookup: (code: string) => string | undefined,
  names = new Map<string, string>(),
): (code: string) => string {
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

const countryNames = new Map<string, string>();

/** English name of an ISO 3166-1 alpha-2 code, from the runtime's own CLDR data. */
export const countryName = cached((code) => regionNames.of(code), countryNames);

/**
 * Every two-letter code this runtime names, with its name. Runtimes disagree (Chromium says
 * "Palestine" and "Hong Kong" where Node says "Palestinian Territories" and "Hong Kong SAR
 * China"), so the server hands its table to the browser and the hydrated page matches its HTML.
 */
let table: Record<string, string> | undefined;

export function countryNameTable(): Record<string, string> {
  if (table) return table;
  table = {};
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = countryName(code);
      if (name !== code) table[code] = name;
    }
  }
  return table;
}

/** Names from the server's countryNameTable take the place of this runtime's. */
export function adoptCountryNames(table: Record<string, string>): void {
  for (const [code, name] of Object.entries(table)) countryNames.set(code, name);
}

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
