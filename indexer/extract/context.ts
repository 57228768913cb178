import { datelineQualifiers } from './dateline';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { commonWords } from './lexicon';
import type { PeopleLexicon } from './name-tokens';
import type { Register } from '@/lib/register';
import type { Tagger } from './tagger/tagger';
import { fold } from './tokenize';

/** Everything extraction needs from the register, built once per extractor. */
export interface Context {
  register: Register;
  gazetteer: Gazetteer;
  lex: PeopleLexicon;
  currency: Set<string>;
  /** Words after a lone "turkey" that make it the bird (register: turkeyBirdWords). */
  birdWords: Set<string>;
  /** Codes whose mentions make a lone "Georgia" the country (register: georgiaNeighbours). */
  georgiaNeighbours: Set<string>;
  blockedOrgs: Set<string>;
  capsWordAcronyms: Set<string>;
  blockedPeople: Set<string>;
  /** Person alias (folded) → canonical name, from the register. */
  personAliases: Map<string, string>;
  /** Register organisation names and aliases (folded) → register index. */
  orgForms: Map<string, number>;
  /** Dateline qualifiers ("Mass", "West Germany") → ISO code. */
  qualifiers: Map<string, string>;
  /** Ask the (slow) NLP library about capitalised runs no rule classified. */
  nlpFallback: boolean;
  /** The learned tagger (`npm run train:entities`), or null: rules and register alone. */
  tagger: Tagger | null;
}

export function createContext(
  register: Register,
  options: { nlpFallback?: boolean; tagger?: Tagger | null } = {},
): Context {
  const p = register.people;
  const personAliases = new Map<string, string>();
  for (const rule of p.aliases)
    for (const alias of [rule.name, ...rule.aliases]) personAliases.set(fold(alias), rule.name);
  const orgForms = new Map<string, number>();
  register.organizations.forEach((org, index) => {
    for (const form of [org.name, ...org.aliases]) orgForms.set(fold(form), index);
  });
  return {
    register,
    gazetteer: buildGazetteer(register),
    lex: {
      titles: new Set(p.titles),
      given: new Set(p.givenNames),
      particles: new Set(p.particles),
      nonName: new Set(p.nonNameWords),
      signoffs: new Set(p.signoffs),
      blocked: new Set([...p.blocked, ...register.blocklist.people]),
      words: commonWords(),
      placeWords: new Set(p.placeWords),
    },
    currency: new Set(register.countries.currencyWords),
    birdWords: new Set(register.countries.turkeyBirdWords),
    georgiaNeighbours: new Set(register.countries.georgiaNeighbours),
    blockedOrgs: new Set(register.blocklist.organizations.map(fold)),
    capsWordAcronyms: new Set(register.blocklist.capsWordAcronyms),
    blockedPeople: new Set([...p.blocked, ...register.blocklist.people].map(fold)),
    personAliases,
    orgForms,
    qualifiers: datelineQualifiers(register),
    nlpFallback: options.nlpFallback ?? false,
    tagger: options.tagger ?? null,
  };
}
