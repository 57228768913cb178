import type { ArticleEntity } from '@/lib/schema/article';
import { analyse, type ResolvedMention } from './analyse';
import { createContext, type Context } from './context';
import { extractDates } from './dates';
import { loadRegister } from '@/lib/register';
import { loadTagger } from './tagger/load';
import type { Token } from './tokenize';
import type { Extraction, ExtractInput, Extractor } from './types';

export { slugify } from './slug';
export { loadRegister, defaultRegisterDir, RegisterError } from '@/lib/register';
export type { ExtractInput, Extraction, Extractor } from './types';

export interface ExtractorOptions {
  /** Folder with the register data files; default data/register at the repo root. */
  registerDir?: string;
  /**
   * Last resort for capitalised names no rule classified: the compromise NLP library. Off by
   * default: it costs far more than the rules (see eval-entities --nlp).
   */
  nlpFallback?: boolean;
  /** Tagger weights file; default the data dir's model when trained; null: rules alone. */
  model?: string | null;
}

const KIND_ORDER = { country: 0, organization: 1, person: 2 } as const;

/** A single-token mention on a capitals line or at a sentence start proves little on its own. */
function isWeak(m: ResolvedMention, tokens: Token[], capsWords: Set<string>): boolean {
  if (m.dateline) return false;
  if (m.weak) return true;
  if (m.end - m.start !== 1) return false;
  const t = tokens[m.start];
  if (!t) return false;
  if (m.kind === 'org') {
    // A register acronym on a headline (EC, OPEC) stands on its own unless it is also a word.
    if (m.acronym && t.capsLine) return (m.org ?? -1) < 0 || capsWords.has(t.text);
    return t.capsLine || (t.sentStart && !m.acronym);
  }
  if (m.kind === 'country') return !!m.personLike && (t.capsLine || t.sentStart);
  return false;
}

/**
 * How much one country mention says about what the story is about. A title or dateline mention
 * settles it; a lead mention counts 3/4, a later one 1/4; a country named only inside an
 * organisation ("Bank of Japan") or through a city outside the dateline counts half.
 */
export function countryWeight(m: ResolvedMention, t: Token, inLead: boolean): number {
  let w = t.segment === 0 || m.dateline ? 2 : inLead ? 0.75 : 0.25;
  if (m.insideOrg) w *= 0.5;
  if (m.via === 'city' && !m.dateline) w *= 0.5;
  return w;
}

/** A country is salient once its mention weights reach this. */
export const COUNTRY_SALIENCE = 1;

/** Where the lead ends inside the body (the lead is normally the body's first paragraph). */
function leadEnd(body: string, lead: string): number {
  const probe = lead.trim().slice(0, 60);
  if (!probe) return 0;
  const at = body.indexOf(probe);
  return at >= 0 ? at + lead.trim().length : 0;
}

export function extractWith(ctx: Context, input: ExtractInput): Extraction {
  const { tokens, mentions } = analyse(ctx, input.title, input.body);
  const salientEnd = leadEnd(input.body, input.lead);
  const strong = new Set<string>();
  for (const m of mentions)
    if (!isWeak(m, tokens, ctx.capsWordAcronyms)) strong.add(`${m.kind}:${m.key}`);
  const entities = new Map<string, ArticleEntity & { formSet: Set<string>; weight: number }>();
  for (const m of mentions) {
    if (m.kind === 'place' || m.kind === 'block' || !m.key) continue;
    if (!strong.has(`${m.kind}:${m.key}`)) continue;
    const kind = m.kind === 'org' ? 'organization' : m.kind;
    const id = `${kind}:${m.key}`;
    let e = entities.get(id);
    if (!e) {
      e = {
        kind,
        key: m.key,
        name: m.display,
        count: 0,
        salient: false,
        forms: [],
        formSet: new Set(),
        weight: 0,
      };
      entities.set(id, e);
    }
    e.count += 1;
    e.formSet.add(m.surface);
    const t = tokens[m.start];
    if (!t) continue;
    const inLead = t.segment === 1 && t.start < salientEnd;
    if (kind === 'country') {
      e.weight += countryWeight(m, t, inLead);
      if (e.weight >= COUNTRY_SALIENCE) e.salient = true;
    } else if (t.segment === 0 || inLead) e.salient = true;
    // People: show the longest full name seen.
    if (kind === 'person' && m.display.length > e.name.length) e.name = m.display;
  }
  const list: ArticleEntity[] = [...entities.values()]
    .map(({ formSet, weight: _weight, ...e }) => ({ ...e, forms: [...formSet] }))
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.count - a.count || a.key.localeCompare(b.key),
    );
  return {
    entities: list,
    mentionedDates: extractDates(`${input.title}\n${input.body}`, input.publishedAt),
  };
}

/** Loads the register and the tagger once; the returned extractor is synchronous and pure. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const ctx = createContext(loadRegister(options.registerDir), {
    nlpFallback: options.nlpFallback ?? false,
    tagger: loadTagger(options.model),
  });
  return (input) => extractWith(ctx, input);
}
