import type { CountryVia } from './gazetteer';

/** One recognised span over the token array [start, end). */
export interface Mention {
  start: number;
  end: number;
  kind: 'country' | 'place' | 'org' | 'person' | 'block';
  /** ISO code for countries. */
  code?: string;
  via?: CountryVia;
  /** Ambiguous with a person's name (Jordan, Chad): decided after people are found. */
  personLike?: boolean;
  /** Register index for organisations from the register, else -1. */
  org?: number;
  acronym?: boolean;
  /** Display name for organisations and people found by rules. */
  name?: string;
  /** Needs another, unambiguous mention of the same entity in the article to count. */
  weak?: boolean;
  /** In a wire dateline ("WASHINGTON, March 3 -"): where the story was filed. */
  dateline?: boolean;
  /** Team name in a sports table: an organisation unless it is a country (national team). */
  table?: boolean;
  /** Country mention nested inside an organisation name ("Bank of Japan"). */
  insideOrg?: boolean;
}

export const overlaps = (a: Mention, b: Mention): boolean => a.start < b.end && b.start < a.end;
