/*
 * Kinds of difference between the proxy's highlights and Meilisearch's on real text. Each is
 * documented in docs/decisions.md ("Local highlighter: when it steps aside"); a
 * difference of no listed kind fails the comparison test.
 */

export const DIFFERENCE_KINDS = {
  /** Meilisearch marks no word inside `<…>` (Reuters' tickers, `<Cenergy Corp>`); we do. */
  'inside-angle-brackets': 'Meilisearch leaves words inside <…> unmarked',
  /** A typo'd prefix: we mark as many characters as were typed, Meilisearch fewer. */
  'typo-prefix-length': 'same words marked, a different number of their characters',
  /** Meilisearch joins or splits words ("15" marks "1.5", "takeover" marks "take over"). */
  'joined-or-split-words': 'Meilisearch also marks words joined or split across a separator',
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

function insideAngles(text: string, at: number): boolean {
  const open = text.lastIndexOf('<', at);
  return open >= 0 && text.indexOf('>', open) >= at && !text.slice(open, at).includes('\n');
}

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Why two highlights of one text differ, or null when no listed kind explains it. */
export function highlightDifference(
  query: string,
  ours: string,
  meili: string,
): DifferenceKind | null {
  const text = plain(ours);
  if (plain(meili) !== text) return null;
  const queryList = norm(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  const queryWords = new Set(queryList);
  const key = (m: Mark) => `${m.at}:${m.text}`;
  const mine = new Map(marksOf(ours).map((m) => [key(m), m]));
  const theirs = new Map(marksOf(meili).map((m) => [key(m), m]));
  const onlyOurs = [...mine.values()].filter((m) => !theirs.has(key(m)));
  const onlyTheirs = [...theirs.values()].filter((m) => !mine.has(key(m)));
  const rest = onlyOurs.filter((m) => !insideAngles(text, m.at));
  const theirRest = onlyTheirs.filter((m) => !insideAngles(text, m.at));
  if (rest.length === 0 && theirRest.length === 0) return 'inside-angle-brackets';
  const starts = (ms: Mark[]) => ms.map((m) => m.at).join();
  if (starts(rest) === starts(theirRest)) return 'typo-prefix-length';
  const words = queryList;
  const joined = (m: Mark) =>
    /[^\p{L}\p{N}]/u.test(m.text) ||
    words.some((w, i) => i + 1 < words.length && w + words[i + 1] === norm(m.text));
  const ourStarts = new Set(rest.map((m) => m.at));
  if (theirRest.length > 0 && theirRest.every((m) => joined(m) || ourStarts.has(m.at)))
    return 'joined-or-split-words';
  // A derivation: a word the query matches by prefix or by typo, not as typed.
  const derived = (m: Mark) =>
    !queryWords.has(norm(m.text)) || /[\p{L}\p{N}]/u.test(text[m.at + m.text.length] ?? '');
  if (theirRest.length === 0 && rest.every(derived)) return 'derivation-cap';
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
