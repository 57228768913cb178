export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Precision/recall/F1 from counts; an empty denominator scores 0 (nothing to claim credit for). */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Adds set-comparison counts of one item (article or document) into `into`. */
export function compareSets<T>(predicted: Set<T>, gold: Set<T>, into: Counts): void {
  for (const p of predicted) {
    if (gold.has(p)) into.tp += 1;
    else into.fp += 1;
  }
  for (const g of gold) if (!predicted.has(g)) into.fn += 1;
}

/** Reuters PEOPLE label ("james-baker", "de-la-madrid") matches a person whose name ends with it. */
export function personMatches(label: string, personKey: string): boolean {
  const want = label.split('-');
  const have = personKey.split('-');
  if (want.length > have.length) return false;
  return want.every((w, i) => have[have.length - want.length + i] === w);
}
