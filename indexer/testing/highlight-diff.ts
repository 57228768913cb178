/*
 * Kinds of difference between the proxy's highlights and Meilisearch's on real text. Each is
 * documented in docs/decisions.md ("Local highlighter: when it steps aside"); a
 * difference of no listed kind fails the comparison test.
 */

export const DIFFERENCE_KINDS = {
  /** A typo'd prefix ends at the index's first word that begins the text's word ("mine|rs"):
   * the words of the page's hits stand for the index's, and may lack that word. */
  'typo-prefix-length': 'same words marked, a different number of their characters',
  /** Meilisearch keeps only some derivations of a prefix or typo; we mark every one. */
  'derivation-cap': 'we mark prefix or typo derivations Meilisearch left out',
  /** Snippets: another window of the same text (README: the most distinct query words). */
  'snippet-window': 'another window of the same text, same marks within it',
} as const;
export type DifferenceKind = keyof typeof DIFFERENCE_KINDS;

const PRE = '⟦';
const POST = '⟧';

interface Mark {
  at: number;
  text: string;
}

/** Marks by their offset in the unmarked text. */
export function marksOf(formatted: string): Mark[] {
  const out: Mark[] = [];
  let shift = 0;
  for (const m of formatted.matchAll(/⟦([^⟧]*)⟧/g)) {
    out.push({ at: m.index - shift, text: m[1]! });
    shift += PRE.length + POST.length;
  }
  return out;
}

export const plain = (formatted: string) => formatted.replaceAll(PRE, '').replaceAll(POST, '');

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Why two highlights of one text differ, or null when no listed kind explains it. */
export function highlightDifference(
  query: string,
  ours: string,
  meili: string,
): DifferenceKind | null {
  const text = plain(ours);
  if (plain(meili) !== text) return null;
  const queryWords = new Set(norm(query).match(/[\p{L}\p{N}]+/gu) ?? []);
  const key = (m: Mark) => `${m.at}:${m.text}`;
  const mine = new Map(marksOf(ours).map((m) => [key(m), m]));
  const theirs = new Map(marksOf(meili).map((m) => [key(m), m]));
  const onlyOurs = [...mine.values()].filter((m) => !theirs.has(key(m)));
  const onlyTheirs = [...theirs.values()].filter((m) => !mine.has(key(m)));
  const starts = (ms: Mark[]) => ms.map((m) => m.at).join();
  const oneWord = (m: Mark) => !/[\p{P}\p{Z}]/u.test(m.text);
  const marks = [...onlyOurs, ...onlyTheirs];
  if (starts(onlyOurs) === starts(onlyTheirs) && marks.every(oneWord)) return 'typo-prefix-length';
  // A derivation: a word the query matches by prefix or by typo, not as typed.
  const derived = (m: Mark) =>
    !queryWords.has(norm(m.text)) || /[\p{L}\p{N}]/u.test(text[m.at + m.text.length] ?? '');
  if (onlyTheirs.length === 0 && onlyOurs.every(derived)) return 'derivation-cap';
  return null;
}

/**
 * Why two snippets differ: the marks over the whole text differed already (`marksDiffer`), or
 * both are windows of `body` and only the window differs.
 */
export function snippetDifference(
  body: string,
  ours: string,
  meili: string,
): DifferenceKind | null {
  const cut = (s: string) =>
    plain(s)
      .split('…')
      .map((p) => p.trim())
      .filter(Boolean);
  const within = (s: string) => cut(s).every((part) => body.includes(part));
  return within(ours) && within(meili) ? 'snippet-window' : null;
}
