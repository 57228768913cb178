import type { FacetField } from './schema/index-settings';
import { loadRegister, type Register } from './register';
import { slugify } from './search/slug';

export type OtherNames = ReadonlyMap<string, readonly string[]>;

export interface RegisterNames {
  /** Indexed value → the other names the register knows it by (acronyms, aliases). */
  forField: (field: FacetField) => OtherNames;
  /** The indexed name for another name of an organization or person ("OPEC", "opec"), if one. */
  indexedName: (field: FacetField, name: string) => string | undefined;
}

const EMPTY: OtherNames = new Map();

/**
 * Other name, as a slug (so "U.S. Treasury", "u.s. treasury" and "us-treasury" agree) → indexed
 * name; a name two entries share is left out (ambiguous).
 */
function reverse(byName: OtherNames): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const [name, others] of byName) {
    for (const other of others) {
      const key = slugify(other);
      if (out.has(key) && out.get(key) !== name) shared.add(key);
      out.set(key, name);
    }
  }
  for (const key of shared) out.delete(key);
  return out;
}

function add(map: Map<string, string[]>, key: string, names: string[]) {
  if (names.length) map.set(key, [...(map.get(key) ?? []), ...names]);
}

/** The indexer wrote values under the register's names; readers type its acronyms and aliases. */
export function registerNames(register: Register): RegisterNames {
  const orgs = new Map<string, string[]>();
  for (const o of register.organizations) add(orgs, o.name, [...o.acronyms, ...o.aliases]);
  const people = new Map<string, string[]>();
  for (const p of register.people.aliases) add(people, p.name, p.aliases);
  const countries = new Map<string, string[]>();
  for (const [code, c] of Object.entries(register.countries.countries)) {
    add(countries, code, [...(c.name ? [c.name] : []), ...c.aliases]);
  }
  const byField: Partial<Record<FacetField, OtherNames>> = {
    organizations: orgs,
    people,
    countries,
    countriesAbout: countries,
  };
  const reversed: Partial<Record<FacetField, Map<string, string>>> = {
    organizations: reverse(orgs),
    people: reverse(people),
  };
  return {
    forField: (field) => byField[field] ?? EMPTY,
    indexedName: (field, name) =>
      byField[field]?.has(name) ? undefined : reversed[field]?.get(slugify(name)),
  };
}

let loaded: RegisterNames | undefined;

/**
 * The register the indexer used (FACETWIRE_REGISTER_DIR or data/register), read once. Without
 * one, values are still found by their own names; the reason is logged once.
 */
export function appRegisterNames(): RegisterNames {
  if (loaded) return loaded;
  try {
    loaded = registerNames(loadRegister());
  } catch (error) {
    console.warn(
      `facet value search without the register's other names: ${error instanceof Error ? error.message : String(error)}`,
    );
    loaded = { forField: () => EMPTY, indexedName: () => undefined };
  }
  return loaded;
}
