import { KINDS, type EntityStats, type Kind } from './entity-stats';
import { KIND_OF_LETTER, MARKER_PATTERN } from './entity-marks';
import { WeightedTable, type Rng } from './rng';

/** One entity an article names: display name (first mention) and its forms (later ones). */
export interface CastMember {
  name: string;
  forms: WeightedTable<string>;
}
export type Cast = Record<Kind, CastMember[]>;

/** Share of people and organisations invented per draw, so distinct names grow with N as in a
 * real archive (hundreds of thousands at 1M) instead of stopping at the corpus's few thousand. */
export const INVENTED_SHARE: Record<Kind, number> = { country: 0, organization: 0.3, person: 0.4 };

const ORG_WORDS = [
  'Holdings',
  'Industries',
  'Shipping',
  'Energy',
  'Resources',
  'Bancorp',
  'Foods',
  'Mining',
  'Systems',
  'Chemicals',
  'Airlines',
  'Media',
  'Steel',
  'Insurance',
  'Pharmaceuticals',
];
const ORG_SUFFIXES = ['Inc', 'Corp', 'Ltd', 'Group', 'AG', 'SA', 'PLC'];
/** Used only when the training text names no person with a surname (small fixtures). */
const SPARE_SURNAMES = [
  'Halvorsen',
  'Okafor',
  'Marchetti',
  'Lindqvist',
  'Barrow',
  'Tanaka',
  'Delgado',
  'Novak',
  'Whitcombe',
  'Ferreira',
  'Kowalczyk',
  'Abernathy',
];
/** What a slot says when the article's cast has nobody of that kind. */
const GENERIC: Record<Kind, string> = {
  country: 'the country',
  organization: 'the company',
  person: 'the official',
};

/**
 * A cast member. Forms that only fit their own context are left out: an all-caps copy of another
 * form (a capitals headline's), and for a country any form but its name and register aliases
 * (a demonym or a city in a slot the name filled would read "Japanese said").
 */
function member(
  name: string,
  forms: Map<string, number>,
  keep?: (form: string) => boolean,
): CastMember {
  const upper = new Set(
    [...forms.keys(), name].filter((f) => f !== f.toUpperCase()).map((f) => f.toUpperCase()),
  );
  const list = [...forms.keys()].filter((f) => !upper.has(f) && (!keep || keep(f)));
  return {
    name,
    forms: list.length
      ? new WeightedTable(
          list,
          list.map((f) => forms.get(f) ?? 1),
        )
      : new WeightedTable([name], [1]),
  };
}

export class CastSampler {
  private readonly tables: Record<Kind, WeightedTable<CastMember> | null>;
  private readonly casts: WeightedTable<[number, number, number]>;
  private readonly surnames: string[];

  /** `countryAliases`: a country code's register aliases (the forms a name slot may take). */
  constructor(
    stats: EntityStats,
    private readonly givenNames: readonly string[],
    countryAliases: (code: string) => readonly string[],
  ) {
    const table = (kind: Kind) => {
      const entries = [...stats.entries[kind]];
      if (entries.length === 0) return null;
      const make = ([key, e]: (typeof entries)[number]) => {
        if (kind !== 'country') return member(e.name, e.forms);
        const allowed = new Set([e.name, ...countryAliases(key)]);
        return member(e.name, e.forms, (f) => allowed.has(f));
      };
      return new WeightedTable(
        entries.map(make),
        entries.map(([, e]) => e.articles),
      );
    };
    this.tables = {
      country: table('country'),
      organization: table('organization'),
      person: table('person'),
    };
    const casts = stats.casts.length ? stats.casts : [[0, 0, 0] as [number, number, number]];
    this.casts = new WeightedTable(
      casts,
      casts.map(() => 1),
    );
    const surnames = new Set<string>();
    for (const e of stats.entries.person.values()) {
      const words = e.name.split(' ');
      if (words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1]!))
        surnames.add(words[words.length - 1]!);
    }
    this.surnames = surnames.size ? [...surnames] : SPARE_SURNAMES;
  }

  private invent(kind: Kind, rng: Rng): CastMember {
    const surname = rng.pick(this.surnames);
    const name =
      kind === 'person'
        ? `${rng.pick(this.givenNames)} ${surname}`
        : `${surname} ${rng.pick(ORG_WORDS)} ${rng.pick(ORG_SUFFIXES)}`;
    return member(name, new Map([[name, 1]]));
  }

  /** The entities of one article: how many of each kind as one sampled corpus article had. */
  draw(rng: Rng): Cast {
    const counts = this.casts.draw(rng);
    const cast: Cast = { country: [], organization: [], person: [] };
    KINDS.forEach((kind, k) => {
      const table = this.tables[kind];
      const names = new Set<string>();
      for (let tries = 0; cast[kind].length < counts[k]! && tries < counts[k]! * 6; tries++) {
        const pick =
          !table || rng.next() < INVENTED_SHARE[kind] ? this.invent(kind, rng) : table.draw(rng);
        if (names.has(pick.name)) continue;
        names.add(pick.name);
        cast[kind].push(pick);
      }
    });
    return cast;
  }
}

/**
 * Fills the slots: each cast member once in turn (by its full name), then at random (in one
 * of its forms); a kind the cast lacks gets a generic phrase.
 */
export function fillSlots(text: string, cast: Cast, rng: Rng): string {
  const used: Record<Kind, number> = { country: 0, organization: 0, person: 0 };
  // A capitals headline gets its names in capitals too.
  const caps = !/\p{Ll}/u.test(text.replace(MARKER_PATTERN, ''));
  const filled = text.replace(MARKER_PATTERN, (_m, letter: string, offset: number) => {
    const kind = KIND_OF_LETTER[letter]!;
    const members = cast[kind];
    if (members.length === 0) {
      const atStart =
        offset === 0 || /[.!?]["')]?\s+$/.test(text.slice(Math.max(0, offset - 4), offset));
      const phrase = GENERIC[kind];
      if (caps) return phrase.toUpperCase();
      return atStart ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
    }
    const n = used[kind]++;
    const m = n < members.length ? members[n]! : rng.pick(members);
    const name = n < members.length && kind !== 'country' ? m.name : m.forms.draw(rng);
    return caps ? name.toUpperCase() : name;
  });
  return filled;
}
