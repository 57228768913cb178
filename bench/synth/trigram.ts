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
  // Frozen tables: trigram contexts in an open-addressing hash of [a, b, start, length] slots,
  // bigram contexts by word id as [start, length]; one slot is one cache line, not four.
  private tri = new Int32Array(0);
  private triMask = 0;
  private triNext = new Uint32Array(0);
  private bi = new Uint32Array(0);
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

  /** Offset of (a, b)'s slot in `tri`: its own, or the empty one where it would go. */
  private slot(a: number, b: number): number {
    const mask = this.triMask;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    const t = this.tri;
    while (t[h * 4] !== -1 && (t[h * 4] !== a || t[h * 4 + 1] !== b)) h = (h + 1) & mask;
    return h * 4;
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
    this.bi = new Uint32Array(v * 2);
    this.forGroups(
      byB,
      (i) => s[i - 1]!,
      this.biNext,
      (b, start, len) => {
        this.bi[b * 2] = start;
        this.bi[b * 2 + 1] = len;
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
    this.tri = new Int32Array(size * 4).fill(-1);
    this.triMask = size - 1;
    for (let g = 0; g < groups.length; g += 2) {
      const at = byAB[groups[g]!]!;
      const h = this.slot(s[at - 2]!, s[at - 1]!);
      this.tri.set([s[at - 2]!, s[at - 1]!, groups[g]!, groups[g + 1]!], h);
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
    const t = this.tri;
    if (t[h] === a) return this.triNext[t[h + 2]! + rng.int(t[h + 3]!)]!;
    const len = this.bi[b * 2 + 1]!;
    if (len > 0) return this.biNext[this.bi[b * 2]! + rng.int(len)]!;
    for (;;) {
      const id = this.stream[2 + rng.int(this.length - 2)]!;
      if (id !== BOUNDARY) return id;
    }
  }
}
