/** A generated body sharing this many consecutive words with a training article is a copy. */
export const COPY_RUN = 12;

function wordHash(word: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The 52-bit hashes of every COPY_RUN-word window of the text (two 32-bit hash chains). */
function* windows(text: string): Generator<number> {
  const words = text.split(/\s+/).filter(Boolean);
  const a = words.map((w) => wordHash(w, 0x811c9dc5));
  const b = words.map((w) => wordHash(w, 0x050c5d1f));
  for (let i = 0; i + COPY_RUN <= words.length; i++) {
    let h1 = 0;
    let h2 = 0;
    for (let k = i; k < i + COPY_RUN; k++) {
      h1 = (Math.imul(h1, 31) + a[k]!) >>> 0;
      h2 = (Math.imul(h2, 37) + b[k]!) >>> 0;
    }
    yield h1 * 0x100000 + (h2 & 0xfffff);
  }
}

/** Every COPY_RUN-word run of the training texts; memory grows with the corpus, not with N. */
export class RunIndex {
  private readonly runs = new Set<number>();

  add(text: string): void {
    for (const h of windows(text)) this.runs.add(h);
  }

  /** Whether the text repeats any COPY_RUN consecutive words of a training text. */
  sharesRun(text: string): boolean {
    for (const h of windows(text)) if (this.runs.has(h)) return true;
    return false;
  }
}
