const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
// Facet lists relabel hundreds of codes on every keystroke; the lookup is not free.
const cache = new Map<string, string>();

/** English name of an ISO 3166-1 alpha-2 code, from the runtime's own CLDR data. */
export function countryName(code: string): string {
  let name = cache.get(code);
  if (name === undefined) {
    try {
      name = displayNames.of(code) ?? code;
    } catch {
      name = code;
    }
    cache.set(code, name);
  }
  return name;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** English name of an ISO 639 language code; the code itself when unknown. */
export function languageName(code: string): string {
  if (code === 'und') return 'Undetermined';
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
