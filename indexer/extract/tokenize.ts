/** One token of the text with its offsets and a few precomputed flags. */
export interface Token {
  text: string;
  /** Folded key: lower case, no diacritics, typographic apostrophes normalised. */
  key: string;
  start: number;
  end: number;
  /** 'w' word, 'a' dotted abbreviation (U.S.), 'p' punctuation. */
  type: 'w' | 'a' | 'p';
  /** First letter upper case. */
  cap: boolean;
  /** Every letter upper case (and at least one letter). */
  upper: boolean;
  /** The token sits on a line written entirely in capitals (headline, table). */
  capsLine: boolean;
  /** First word of a sentence or line: capitalisation carries no meaning here. */
  sentStart: boolean;
  /** Line number within the segment. */
  line: number;
  /** Index of the segment (0 title, 1 body) the token came from. */
  segment: number;
}

// Dotted abbreviations (U.S., U.S, N.Y.), words with inner apostrophes (d'Ivoire, O'Neill)
// but not the possessive 's, and single punctuation characters.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{Lu}\.\p{Lu}(?![\p{L}.])|[\p{L}\p{N}]+(?:['’](?![sS](?![\p{L}]))[\p{L}]+)*|[^\s\p{L}\p{N}]/gu;
const LOWER_RE = /\p{Ll}/u;
const UPPER_RE = /\p{Lu}/u;
const LETTER_RE = /\p{L}/u;
const MARKS_RE = /\p{M}/gu;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '•', '|', '*']);

const foldCache = new Map<string, string>();

/** Lower-case, strip diacritics, normalise apostrophes: the key used for every lookup. */
export function fold(text: string): string {
  let key = foldCache.get(text);
  if (key === undefined) {
    key = text.normalize('NFD').replace(MARKS_RE, '').toLowerCase().replace(/[’‘`]/g, "'");
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(text, key);
  }
  return key;
}

/** Split text into tokens; each line is checked once for being written in capitals. */
export function tokenize(text: string, segment: number, out: Token[] = []): Token[] {
  let lineStart = 0;
  let prevWasBoundary = true;
  let lineNo = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const capsLine = isCapsLine(line, segment);
    // A blank line or an indented line (Reuters paragraphs) starts a new sentence.
    if (line.trim() === '' || /^\s{2,}/.test(line)) prevWasBoundary = true;
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(line); m !== null; m = TOKEN_RE.exec(line)) {
      const raw = m[0];
      const first = raw.charAt(0);
      const isLetter = LETTER_RE.test(first);
      const isDigit = !isLetter && /\p{N}/u.test(first);
      const type: Token['type'] =
        raw.includes('.') && isLetter ? 'a' : isLetter || isDigit ? 'w' : 'p';
      const cap = isLetter && UPPER_RE.test(first);
      out.push({
        text: raw,
        key: fold(raw),
        start: lineStart + m.index,
        end: lineStart + m.index + raw.length,
        type,
        cap,
        upper: isLetter && !LOWER_RE.test(raw),
        capsLine,
        sentStart: prevWasBoundary && type !== 'p',
        line: lineNo,
        segment,
      });
      if (type !== 'p') prevWasBoundary = false;
      else if (SENTENCE_END.has(raw)) prevWasBoundary = true;
    }
    // "...in the U.S. The next" — an abbreviation with a final dot may end a sentence too.
    lineStart = lineEnd + 1;
    lineNo += 1;
    if (lineEnd === text.length) break;
  }
  return out;
}

/**
 * Lines where capitalisation carries no meaning: ALL CAPS, or a Title Case Headline (only
 * checked for the title segment, where headline style is common).
 */
function isCapsLine(line: string, segment: number): boolean {
  if (!LOWER_RE.test(line)) return (line.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;
  if (segment !== 0) return false;
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  const capped = words.filter((w) => UPPER_RE.test(w.charAt(0))).length;
  return capped / words.length >= 0.75;
}
