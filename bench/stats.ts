export const round = (x: number) => Math.round(x * 10) / 10;

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/** A quantile in ms as the bench prints it (one decimal). */
export const quantileMs = (xs: number[], q: number) => round(quantile(xs, q));
