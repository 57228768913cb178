/**
 * The one lexicon of company legal suffixes ("Cyclops Corp", "Deutsche Bank AG"). Every rule
 * that closes, strips or recognises a suffix reads this list, so adding one form here is enough.
 * Written as they appear in text: stripping is case-exact, token checks use the lower-case key.
 */
export const LEGAL_SUFFIXES = [
  'Inc',
  'Ltd',
  'Corp',
  'Co',
  'Cos',
  'Plc',
  'PLC',
  'AG',
  'SA',
  'NV',
  'SpA',
  'GmbH',
  'LLC',
  'Corporation',
  'Company',
  'Limited',
  'Incorporated',
] as const;

/** Suffixes that may follow "and" / "&": "Morgan Stanley and Co", "Smith & Cos". */
export const PARTNER_SUFFIXES = ['Co', 'Cos', 'Company'] as const;

/** Words joining a name to a partner suffix. */
export const LEGAL_JOINERS = ['and', '&'] as const;

/** Lower-case token keys of the suffixes ("inc", "gmbh"). */
export const legalSuffixKeys: ReadonlySet<string> = new Set(
  LEGAL_SUFFIXES.map((s) => s.toLowerCase()),
);

const alternatives = (forms: readonly string[]) => forms.join('|');

// "and Co" / "& Co" belong to the suffix too: "Morgan Stanley and Co Inc" is Morgan Stanley.
const TRAILING_SUFFIXES = new RegExp(
  `(?:[\\s,]+(?:(?:${alternatives(LEGAL_JOINERS)})\\s+(?:${alternatives(PARTNER_SUFFIXES)})\\b|${alternatives(LEGAL_SUFFIXES)})\\.?)+$`,
);

/** "Standard Oil Co" and "Standard Oil" are one organisation; a bare suffix stays as written. */
export function stripLegalSuffix(name: string): string {
  const stripped = name.replace(TRAILING_SUFFIXES, '').trim();
  return stripped.length > 0 ? stripped : name;
}
