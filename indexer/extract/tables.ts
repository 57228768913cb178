import type { Mention } from './mention';
import { spanText } from './orgs';
import type { Token } from './tokenize';

const NUMBER = /^[\d.,/-]*\d[\d.,/-]*$/;
// Lowercase words that may sit inside a result or standings row ("Glamorgan 259 and 207").
const ROW_WORDS = new Set(['v', 'vs', 'and', 'in', 'aet', 'pts', 'of', 'de', 'la', 'del']);
const NAME_INNER = new Set(['of', 'de', 'la', 'del', 'and', '&', "'", 's', '-', '.']);
const CALENDAR = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(
    ' ',
  ),
);

const isNum = (t: Token | undefined) => !!t && NUMBER.test(t.text);
const isCap = (t: Token | undefined) =>
  !!t &&
  t.cap &&
  t.type !== 'p' &&
  !/\d/.test(t.text) &&
  !CALENDAR.has(t.text) &&
  !CALENDAR.has(cap(t.text));
const cap = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

/** Number of hyphen-joined numbers from `at` ("7-0-29-0" → 4). */
function bowling(tokens: Token[], at: number): boolean {
  let n = 1;
  let k = at;
  while (
    tokens[k + 1]?.text === '-' &&
    tokens[k + 1]?.start === tokens[k]?.end &&
    isNum(tokens[k + 2]) &&
    tokens[k + 2]?.start === tokens[k + 1]?.end
  ) {
    n += 1;
    k += 2;
  }
  return n >= 4;
}

/**
 * "1.8195/8205", "5,521,000", "37.69": decimals, thousands and quote fractions mark a row of
 * prices or accounts, not a score line (".561" or "4 1/2" in standings are fine).
 */
function financial(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k += 1) {
    const a = tokens[k];
    const sep = tokens[k + 1];
    const b = tokens[k + 2];
    if (!a || !sep || !b || !isNum(a) || !isNum(b)) continue;
    if (sep.start !== a.end || b.start !== sep.end) continue;
    if (sep.text === '.' || sep.text === ',') return true;
    if (sep.text === '/' && !(a.text.length === 1 && b.text.length === 1)) return true;
  }
  return false;
}

/** "Klas Eriksson ( Sweden ) 71 75 72 72": three or more golf rounds belong to a player. */
function rounds(tokens: Token[], at: number): boolean {
  let n = 0;
  for (let k = at; isNum(tokens[k]); k += 1) {
    const v = Number(tokens[k]?.text);
    if (!(v >= 60 && v <= 89)) return false;
    n += 1;
  }
  return n >= 3;
}

interface Cell {
  start: number;
  end: number;
}

/** Name runs of one line: capitalised words with inner connectors ("Queen of South", "Queen 's Park"). */
function nameRuns(tokens: Token[], from: number, to: number): Cell[] {
  const runs: Cell[] = [];
  let k = from;
  while (k < to) {
    if (!isCap(tokens[k])) {
      k += 1;
      continue;
    }
    let e = k + 1;
    while (e < to) {
      if (isCap(tokens[e])) e += 1;
      else if (
        NAME_INNER.has(tokens[e]?.key ?? '') &&
        isCap(tokens[e + 1]) &&
        (tokens[e]?.type === 'w' || tokens[e]?.start === tokens[e - 1]?.end)
      )
        e += 2;
      else if (tokens[e]?.text === "'" && tokens[e + 1]?.key === 's' && isCap(tokens[e + 2]))
        e += 3;
      else break;
    }
    runs.push({ start: k, end: e });
    k = e;
  }
  return runs;
}

/** "( B )", "( BJ )": a short all-caps qualifier that belongs to a team name in a table. */
function qualifierEnd(tokens: Token[], at: number): number {
  const q = tokens[at + 1];
  if (
    tokens[at]?.text === '(' &&
    q &&
    /^\p{Lu}{1,3}$/u.test(q.text) &&
    tokens[at + 2]?.text === ')'
  )
    return at + 3;
  return at;
}

/** Skips a parenthesised remark ("( Yugoslavia )") between a team and its score. */
function afterParen(tokens: Token[], at: number, to: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let k = at + 1; k < Math.min(to, at + 6); k += 1) if (tokens[k]?.text === ')') return k + 1;
  return at;
}

/**
 * Sports results and standings ("Port Vale 2 Oxford 0", "CLEVELAND 74 58 .561", "May 18 v Kent"):
 * on a line of names and numbers only, a name followed by a score, or either side of "v", is a
 * team, i.e. an organisation. Names starting with a given name or an initial are players.
 */
export function tableOrgs(
  tokens: Token[],
  texts: string[],
  given: Set<string>,
  nonName: Set<string>,
): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first) break;
    let j = i;
    while (tokens[j]?.line === first.line && tokens[j]?.segment === first.segment) j += 1;
    const text = texts[first.segment] ?? '';
    // Cheap pre-check: most lines carry neither two numbers nor a "v".
    let candidates = 0;
    for (let k = i; k < j && candidates < 2; k += 1) {
      const t = tokens[k];
      if (t && (isNum(t) || t.key === 'v' || t.key === 'vs')) candidates += 1;
    }
    const lineText = candidates > 0 ? text.slice(first.start, tokens[j - 1]?.end) : '';
    const runs =
      first.segment === 1 && candidates > 0 && !/\d{4}-\d{2}-\d{2}/.test(lineText)
        ? nameRuns(tokens, i, j)
        : [];
    if (runs.length === 0) {
      i = j;
      continue;
    }
    const inRun = new Uint8Array(j - i);
    for (const r of runs) for (let k = r.start; k < r.end; k += 1) inRun[k - i] = 1;
    let numbers = 0;
    let prose = false;
    for (let k = i; k < j; k += 1) {
      const t = tokens[k];
      if (!t || inRun[k - i] || t.type === 'p') continue;
      if (isNum(t)) numbers += 1;
      else if (!ROW_WORDS.has(t.key) && !CALENDAR.has(t.text)) prose = true;
    }
    const fixture =
      runs.length >= 1 && tokens.slice(i, j).some((t) => t.key === 'v' || t.key === 'vs');
    // "7. Claus Hirsbro ( Denmark ) 20.90": a ranked list of athletes, not of teams.
    const ranked = isNum(first) && tokens[i + 1]?.text === '.';
    // "SOCCER - FRANCE LAUNCH 1998 WORLD CUP": a free-standing dash marks a headline.
    const headline = tokens
      .slice(i, j)
      .some((t, k, row) => t.text === '-' && t.start !== row[k - 1]?.end && !isNum(row[k - 1]));
    const sports = !prose && !ranked && !headline && (numbers >= 2 || fixture);
    if (sports && !financial(tokens, i, j)) {
      for (const r of runs) {
        const head = tokens[r.start];
        if (!head || given.has(head.text) || given.has(cap(head.text))) continue;
        // "Net", "Revs", "Shr": account lines, whatever their figures look like.
        let plain = true;
        for (let k = r.start; k < r.end && plain; k += 1) {
          const w = tokens[k];
          plain = !w || w.type === 'p' || nonName.has(w.text) || nonName.has(cap(w.text));
        }
        if (plain) continue;
        if (/^\p{Lu}$/u.test(head.text) && tokens[r.start + 1]?.text === '.') continue;
        const e = qualifierEnd(tokens, r.end);
        const next = afterParen(tokens, e, j);
        const before = tokens[r.start - 1]?.key;
        // "Vass 7-0-29-0": bowling figures belong to a player.
        const scored =
          isNum(tokens[next]) && next < j && !bowling(tokens, next) && !rounds(tokens, next);
        const versus =
          tokens[e]?.key === 'v' || tokens[e]?.key === 'vs' || before === 'v' || before === 'vs';
        if (!scored && !versus) continue;
        const name = spanText(tokens, text, r.start, e);
        out.push({ start: r.start, end: e, kind: 'org', org: -1, name, table: true });
      }
    }
    i = j;
  }
  return out;
}
