import { KINDS, type EntityStats, type Kind } from './entity-stats';

/** The slot a known entity mention leaves in the training text; filled again per article. */
export const MARKER: Record<Kind, string> = {
  country: '⟦C⟧',
  organization: '⟦O⟧',
  person: '⟦P⟧',
};
export const MARKER_PATTERN = /⟦([COP])⟧/g;
export const KIND_OF_LETTER: Record<string, Kind> = {
  C: 'country',
  O: 'organization',
  P: 'person',
};

const LEADING = /^[("'“‘[]+/;
const TRAILING = /(?:'s|’s)?[),.;:!?"'”’\]]*$/;

/** A token split into what opens it, the word itself, and the punctuation or possessive after. */
function split(token: string): { prefix: string; core: string; suffix: string } {
  const prefix = LEADING.exec(token)?.[0] ?? '';
  const rest = token.slice(prefix.length);
  let suffix = TRAILING.exec(rest)?.[0] ?? '';
  let core = rest.slice(0, rest.length - suffix.length);
  // An abbreviation keeps its final dot ("U.S."): it is part of the name, not a full stop.
  if (suffix.startsWith('.') && core.includes('.')) {
    core += '.';
    suffix = suffix.slice(1);
  }
  return { prefix, core, suffix };
}

const core = (token: string): string => split(token).core;

interface Form {
  words: string[];
  kind: Kind;
}

/** Every surface form the extractor reported, indexed by its first word, longest first. */
export class FormMatcher {
  private readonly byFirst = new Map<string, Form[]>();

  constructor(stats: EntityStats) {
    for (const kind of KINDS)
      for (const entry of stats.entries[kind].values())
        for (const form of [entry.name, ...entry.forms.keys()]) {
          const words = form.split(/\s+/).map(core).filter(Boolean);
          const first = words[0];
          if (!first) continue;
          const list = this.byFirst.get(first) ?? [];
          if (!list.some((f) => f.words.join(' ') === words.join(' '))) list.push({ words, kind });
          this.byFirst.set(first, list);
        }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The tokens with each known mention replaced by its kind's marker (affixes kept). */
  mark(tokens: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const form = this.byFirst.get(core(token))?.find((f) => this.matches(tokens, i, f.words));
      if (!form) {
        out.push(token);
        continue;
      }
      const last = tokens[i + form.words.length - 1]!;
      out.push(`${split(token).prefix}${MARKER[form.kind]}${split(last).suffix}`);
      i += form.words.length - 1;
    }
    return out;
  }

  private matches(tokens: readonly string[], at: number, words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) {
      const token = tokens[at + k];
      if (token === undefined || core(token) !== words[k]) return false;
      // Inner words must not end a clause ("Japan, United States" is not one name).
      if (k < words.length - 1 && /[,;:!?)]$/.test(token)) return false;
    }
    return true;
  }
}
