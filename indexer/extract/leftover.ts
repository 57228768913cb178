import { createRequire } from 'node:module';
import type { Mention } from './mention';
import { spanText } from './orgs';
import type { Token } from './tokenize';

type Doc = {
  people(): { out(f: 'array'): string[] };
  organizations(): { out(f: 'array'): string[] };
};
type Nlp = (text: string) => Doc;

// Never reported whatever the library says: fragments and generic heads ("Inc", "U.S", "The Department").
const JUNK =
  /^(?:the|a|an|inc|corp|co|ltd|u\.?s\.?a?|mr|mrs|ms|dr|department|ministry|government|company|group|bank)\.?$/i;
const LEAD = /^(?:the|a|an)\s+/i;

let nlpLib: Nlp | undefined;
function loadNlp(): Nlp {
  nlpLib ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlpLib;
}

export interface Leftover {
  start: number;
  end: number;
}

/** Capitalised runs (2+ words, or 1 word not at a sentence start) that no rule classified. */
export function leftoverRuns(tokens: Token[], claimed: Uint8Array): Leftover[] {
  const out: Leftover[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || claimed[i] || !t.cap || t.type === 'p' || t.capsLine) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (tokens[j]?.cap && tokens[j]?.type !== 'p' && !claimed[j] && tokens[j]?.line === t.line)
      j += 1;
    if (j - i >= 2 || !t.sentStart) out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/**
 * Last resort (opt-in, slow): asks the compromise NLP library about the sentences holding
 * leftover capitalised runs, and keeps the runs it calls a person or an organisation.
 */
export function nlpFallback(tokens: Token[], texts: string[], runs: Leftover[]): Mention[] {
  if (runs.length === 0) return [];
  const nlp = loadNlp();
  const out: Mention[] = [];
  const bySentence = new Map<string, Leftover[]>();
  for (const r of runs) {
    const t = tokens[r.start];
    if (!t) continue;
    const text = texts[t.segment] ?? '';
    const a = Math.max(text.lastIndexOf('. ', t.start) + 1, text.lastIndexOf('\n', t.start) + 1, 0);
    let b = text.indexOf('. ', t.end);
    if (b < 0) b = text.length;
    const sentence = `${t.segment}:${text.slice(a, b + 1)}`;
    const list = bySentence.get(sentence) ?? [];
    list.push(r);
    bySentence.set(sentence, list);
  }
  const clean = (s: string) =>
    s
      .replace(/[.,;:'"’]+$/, '')
      .replace(LEAD, '')
      .trim();
  for (const [sentence, list] of bySentence) {
    const doc = nlp(sentence.slice(sentence.indexOf(':') + 1));
    const people = doc
      .people()
      .out('array')
      .map(clean)
      .filter((s) => s && !JUNK.test(s));
    const orgs = doc
      .organizations()
      .out('array')
      .map(clean)
      .filter((s) => s && !JUNK.test(s));
    for (const r of list) {
      const seg = tokens[r.start]?.segment ?? 1;
      const name = spanText(tokens, texts[seg] ?? '', r.start, r.end);
      if (JUNK.test(name)) continue;
      if (orgs.some((o) => o === name || o.startsWith(`${name} `)))
        out.push({ start: r.start, end: r.end, kind: 'org', org: -1, name });
      else if (people.includes(name) && r.end - r.start >= 2)
        out.push({ start: r.start, end: r.end, kind: 'person', name });
    }
  }
  return out;
}
