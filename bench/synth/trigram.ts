import type { Rng } from './rng';

/** Article boundary (start and end) in the token stream. */
export const BOUNDARY = 0;
/** Paragraph break, learnt like any word so paragraphs get realistic lengths. */
export const PARAGRAPH = '¶';
const MAX_VOCAB = 1 << 22;
export const FLAG_SENTENCE_END = 1;
/** Slot flag of each marker letter: country, organization, person. */
export const SLOT_FLAGS = { C: 2, O: 4, P: 8 } as const;
const SENTENCE_END = /[.!?]["')\]]?$/;

/** Stable counting sort of `order` by `keyOf`: one LSD radix pass. */
function countingSort(order: Uint32Array, keyOf: (i: number) => number, keys: number) {
  const counts = new Uint32Array(keys + 1);
  for (const i of order) counts[keyOf(i) + 1]!++;
  for (let k = 1; k <= keys; k++) counts[k]! += counts[k - 1]!;
  const out = new Uint32Array(order.length);
  for (const i of order) out[counts[keyOf(i)]!++] = i;
  return out;
}

/**
 * A word-trigram (2nd-order Markov) model over whitespace tokens. A context with a single
 * continuation in training backs off to the bigram, then the unigram: only choices the corpus
 * offered more than one way are followed, so long runs of a source article are not replayed.
 */
export class TrigramModel {
  private readonly words: string[] = ['\u0002'];
  private readonly ids = new Map<string, number>([['\u0002', BOUNDARY]]);
  private stream = new Uint32Array(1 << 16);
  private length = 0;
  // Frozen tables: trigram contexts in an open-addressing hash, bigram contexts by word id.
  private triA = new Int32Array(0);
  private triB = new Int32Array(0);
  private triStart = new Uint32Array(0);
  private triLen = new Uint32Array(0);
  private triNext = new Uint32Array(0);
  private biStart = new Uint32Array(0);
  private biLen = new Uint32Array(0);
  private biNext = new Uint32Array(0);
  /** Per word id: FLAG_SENTENCE_END, and which entity slot it holds (SLOT_FLAGS). */
  flags = new Uint8Array(0);

  private push(id: number) {
    if (this.length === this.stream.length) {
      const grown = new Uint32Array(this.stream.length * 2);
      grown.set(this.stream);
      this.stream = grown;
    }
    this.stream[this.length++] = id;
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      if (this.words.length >= MAX_VOCAB) throw new Error('trigram vocabulary too large');
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  /** Adds one text (its tokens), framed by article boundaries. */
  add(tokens: readonly string[]): void {
    this.push(BOUNDARY);
    this.push(BOUNDARY);
    for (const t of tokens) this.push(this.idOf(t));
  }

  get vocabulary(): number {
    return this.words.length;
  }

  get tokens(): number {
    return this.length;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  private slot(a: number, b: number): number {
    const mask = this.triA.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    while (this.triA[h] !== -1 && (this.triA[h] !== a || this.triB[h] !== b)) h = (h + 1) & mask;
    return h;
  }

  /** Builds the lookup tables (two radix passes); `add` may not be called afterwards. */
  freeze(): void {
    this.push(BOUNDARY);
    this.push(BOUNDARY);
    const s = this.stream.subarray(0, this.length);
    const v = this.words.length;
    this.flags = new Uint8Array(v);
    this.words.forEach((w, id) => {
      let f = SENTENCE_END.test(w) ? FLAG_SENTENCE_END : 0;
      for (const [letter, bit] of Object.entries(SLOT_FLAGS))
        if (w.includes(`⟦${letter}⟧`)) f |= bit;
      this.flags[id] = f;
    });
    const positions = new Uint32Array(this.length - 2).map((_, i) => i + 2);
    const byB = countingSort(positions, (i) => s[i - 1]!, v);
    this.biNext = byB.map((i) => s[i]!);
    this.biStart = new Uint32Array(v);
    this.biLen = new Uint32Array(v);
    this.forGroups(
      byB,
      (i) => s[i - 1]!,
      this.biNext,
      (b, start, len) => {
        this.biStart[b] = start;
        this.biLen[b] = len;
      },
    );
    const byAB = countingSort(byB, (i) => s[i - 2]!, v);
    this.triNext = byAB.map((i) => s[i]!);
    const groups: number[] = [];
    this.forGroups(
      byAB,
      (i) => s[i - 2]! * MAX_VOCAB + s[i - 1]!,
      this.triNext,
      (_k, st, len) => groups.push(st, len),
    );
    let size = 2;
    while (size < groups.length) size <<= 1; // groups holds 2 numbers a group: load ≤ 0.5
    this.triA = new Int32Array(size).fill(-1);
    this.triB = new Int32Array(size);
    this.triStart = new Uint32Array(size);
    this.triLen = new Uint32Array(size);
    for (let g = 0; g < groups.length; g += 2) {
      const at = byAB[groups[g]!]!;
      const h = this.slot(s[at - 2]!, s[at - 1]!);
      this.triA[h] = s[at - 2]!;
      this.triB[h] = s[at - 1]!;
      this.triStart[h] = groups[g]!;
      this.triLen[h] = groups[g + 1]!;
    }
  }

  /** Calls `onGroup` for each run of equal keys whose continuations are not all the same. */
  private forGroups(
    order: Uint32Array,
    keyOf: (i: number) => number,
    next: Uint32Array,
    onGroup: (key: number, start: number, len: number) => void,
  ) {
    let start = 0;
    for (let j = 1; j <= order.length; j++) {
      if (j < order.length && keyOf(order[j]!) === keyOf(order[start]!)) continue;
      let varied = false;
      for (let k = start + 1; k < j && !varied; k++) varied = next[k] !== next[start];
      if (varied) onGroup(keyOf(order[start]!), start, j - start);
      start = j;
    }
  }

  /** The next word id after the context (a, b). */
  next(a: number, b: number, rng: Rng): number {
    const h = this.slot(a, b);
    if (this.triA[h] === a) return this.triNext[this.triStart[h]! + rng.int(this.triLen[h]!)]!;
    const len = this.biLen[b]!;
    if (len > 0) return this.biNext[this.biStart[b]! + rng.int(len)]!;
    for (;;) {
      const id = this.stream[2 + rng.int(this.length - 2)]!;
      if (id !== BOUNDARY) return id;
    }
  }
}
