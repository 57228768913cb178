import { WeightedTable, type Rng } from './rng';

export const FIRST_YEAR = 1985;
export const LAST_YEAR = 2026;
/** Each year ~8% more articles than the one before: archives grow toward the present. */
export const YEAR_GROWTH = 1.08;
export const UNDATED_SHARE = 0.03;
export const LANGUAGE_SHARES = { en: 0.955, fr: 0.025, es: 0.02 } as const;
export type Language = keyof typeof LANGUAGE_SHARES;

const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const yearTable = new WeightedTable(
  years,
  years.map((y) => YEAR_GROWTH ** (y - FIRST_YEAR)),
);
const languageTable = new WeightedTable(
  Object.keys(LANGUAGE_SHARES) as Language[],
  Object.values(LANGUAGE_SHARES),
);

/** ISO publication time, or null for the undated few. */
export function drawDate(rng: Rng): string | null {
  if (rng.next() < UNDATED_SHARE) return null;
  const year = yearTable.draw(rng);
  const start = Date.UTC(year, 0, 1);
  // The last year stops at the end of November: no article is dated after the archive's today.
  const end = year === LAST_YEAR ? Date.UTC(year, 11, 1) : Date.UTC(year + 1, 0, 1);
  const t = start + Math.floor(rng.next() * ((end - start) / 1000)) * 1000;
  return new Date(t).toISOString().replace('.000Z', 'Z');
}

export const drawLanguage = (rng: Rng): Language => languageTable.draw(rng);

const PLACES = [
  'Valmora',
  'Northbridge',
  'Eastport',
  'Halden',
  'Corran',
  'Westmarch',
  'Lakeview',
  'Pinecrest',
  'Redhill',
  'Silverton',
  'Ashford',
  'Brightwater',
  'Kingsbay',
  'Marlow',
  'Stonegate',
  'Thornbury',
  'Ridgeway',
  'Fairhaven',
];
const KINDS = [
  'Courier',
  'Herald',
  'Gazette',
  'Times',
  'Post',
  'Tribune',
  'Chronicle',
  'Ledger',
  'Observer',
  'Daily',
  'Wire',
  'Journal',
];
const FOREIGN: Record<Exclude<Language, 'en'>, string[]> = {
  fr: ['Le Courrier de Valmora', "L'Écho du Nord", 'La Gazette de Corran'],
  es: ['El Diario de Halden', 'La Voz del Puerto', 'El Heraldo de Marlow'],
};
/** 54 English outlets, each a place and a kind, picked by a fixed stride (no randomness). */
const ENGLISH = Array.from(
  { length: 54 },
  (_, i) =>
    `${PLACES[(i * 7) % PLACES.length]!} ${KINDS[(i * 5 + Math.floor(i / 12)) % KINDS.length]!}`,
);
/** Zipf-like: a few big outlets write most of the archive. */
const zipf = (names: readonly string[]) =>
  new WeightedTable(
    names,
    names.map((_, i) => 1 / (i + 1) ** 0.9),
  );
const sources: Record<Language, WeightedTable<string>> = {
  en: zipf(ENGLISH),
  fr: zipf(FOREIGN.fr),
  es: zipf(FOREIGN.es),
};
export const SOURCE_NAMES: readonly string[] = [...ENGLISH, ...FOREIGN.fr, ...FOREIGN.es];

export const drawSource = (rng: Rng, language: Language): string => sources[language].draw(rng);

/** `https://<outlet>.example/<yyyy>/<slug>-<n>`: unique per article, stable per seed. */
export function articleUrl(source: string, date: string | null, title: string, n: number): string {
  const host = source
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  const slug = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `https://${host}.example/${date ? date.slice(0, 4) : 'undated'}/${slug || 'article'}-${n}`;
}
