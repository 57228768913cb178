import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { env } from './env';

const stringList = z.array(z.string().min(1)).default([]);

export const countryEntrySchema = z.strictObject({
  name: z.string().min(1).optional(),
  aliases: stringList,
  demonyms: stringList,
  cities: stringList,
  regions: stringList,
  landmarks: stringList,
});

export const countriesFileSchema = z.strictObject({
  languages: z.array(z.string().regex(/^[a-z]{2}$/)),
  blockedForms: stringList,
  blockedFormsNote: z.string().optional(),
  personNames: stringList,
  currencyWords: stringList,
  nonCountryPlaces: stringList,
  blockedPhrases: stringList,
  /** Words after a lone "turkey" that make it the bird ("turkey prices", "turkey dinner"). */
  turkeyBirdWords: stringList,
  /** Countries whose mention makes a lone "Georgia" the country rather than the US state. */
  georgiaNeighbours: z
    .array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 codes'))
    .default([]),
  countries: z.record(
    z.string().regex(/^[A-Z]{2}$/, 'country keys are ISO 3166-1 alpha-2 codes'),
    countryEntrySchema,
  ),
});

export const organizationSchema = z.strictObject({
  name: z.string().min(1),
  acronyms: stringList,
  aliases: stringList,
  kind: z.string().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

export const organizationsFileSchema = z.strictObject({
  organizations: z.array(organizationSchema),
});

export const peopleFileSchema = z.strictObject({
  titles: stringList,
  givenNames: stringList,
  particles: stringList,
  nonNameWords: stringList,
  signoffs: stringList,
  /** Words that open place names (San, Santa, Fort): a run starting with one is no person. */
  placeWords: stringList,
  /** Merge rules: every alias is reported under `name`. */
  aliases: z.array(z.strictObject({ name: z.string().min(1), aliases: stringList })).default([]),
  blocked: stringList,
});

export const blocklistFileSchema = z.strictObject({
  /** Register acronyms that are also English words: on ALL-CAPS lines they need confirmation. */
  capsWordAcronyms: stringList,
  countries: stringList,
  organizations: stringList,
  people: stringList,
});

export type CountriesFile = z.infer<typeof countriesFileSchema>;
export type OrganizationEntry = z.infer<typeof organizationSchema>;
export type PeopleFile = z.infer<typeof peopleFileSchema>;
export type BlocklistFile = z.infer<typeof blocklistFileSchema>;

export interface Register {
  dir: string;
  countries: CountriesFile;
  organizations: OrganizationEntry[];
  people: PeopleFile;
  blocklist: BlocklistFile;
}

export class RegisterError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`register file ${file}: ${detail}`);
    this.name = 'RegisterError';
  }
}

function readJson<T>(dir: string, name: string, schema: z.ZodType<T>): T {
  const file = join(dir, name);
  if (!existsSync(file)) throw new RegisterError(file, 'missing');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RegisterError(file, `invalid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new RegisterError(file, `at "${where}": ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** data/register at the repo root, found from this module's location (works from any cwd). */
export function defaultRegisterDir(): string {
  const fromEnv = env().FACETWIRE_REGISTER_DIR;
  if (fromEnv) return resolve(fromEnv);
  try {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i += 1) {
      const candidate = join(dir, 'data', 'register');
      if (existsSync(join(candidate, 'organizations.json'))) return candidate;
      dir = dirname(dir);
    }
  } catch {
    // Bundled server code may not have a file: URL; fall back to the working directory.
  }
  return resolve(process.cwd(), 'data', 'register');
}

export function loadRegister(dir: string = defaultRegisterDir()): Register {
  const organizations = readJson(dir, 'organizations.json', organizationsFileSchema).organizations;
  const seen = new Map<string, number>();
  organizations.forEach((org, index) => {
    const previous = seen.get(org.name);
    if (previous !== undefined) {
      throw new RegisterError(
        join(dir, 'organizations.json'),
        `organizations.${index}: "${org.name}" duplicates organizations.${previous}; merge them by moving one name into the other's aliases`,
      );
    }
    seen.set(org.name, index);
  });
  return {
    dir,
    countries: readJson(dir, 'countries.json', countriesFileSchema),
    organizations,
    people: readJson(dir, 'people.json', peopleFileSchema),
    blocklist: readJson(dir, 'blocklist.json', blocklistFileSchema),
  };
}
