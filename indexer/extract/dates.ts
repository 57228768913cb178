const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[89]|20)\\d{2})';
// Alternatives in priority order; each records which groups hold month/day/year.
const DATE_RE = new RegExp(
  [
    `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
    `\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`,
    `\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`,
    `\\b${MONTH},?\\s+${YEAR}\\b`,
    `\\b${MONTH}\\s+${DAY}\\b(?![,.]?\\d)`,
    `\\b${DAY}\\s+${MONTH}\\b`,
    `\\b(?:${ci('in|since|by|until|till|from|of|before|after|during|early|late|mid|end|year|through|to|between|and')})\\s+${YEAR}\\b(?![-/.,]?\\d)`,
    `\\b(${ci('yesterday|today|tomorrow|last year|next year|this year')})\\b`,
  ].join('|'),
  'g',
);

/** Lets the first letter of each alternative be either case ("In 1988", "in 1988"). */
function ci(alternatives: string): string {
  return alternatives
    .split('|')
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
    .join('|');
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1;
}

function month(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase().replace('.', '')] ?? 0;
}

/**
 * Dates mentioned in the text, normalised to YYYY, YYYY-MM or YYYY-MM-DD. A day without a year
 * takes the year that puts it closest to the publication date; undated articles get no guess.
 */
export function extractDates(text: string, publishedAt: number | null): string[] {
  const found = new Set<string>();
  const ref = publishedAt === null ? null : new Date(publishedAt * 1000);
  const add = (y: number, m?: number, d?: number) => {
    if (y < 1800 || y > 2100) return;
    if (m === undefined) found.add(String(y));
    else if (d === undefined) found.add(`${y}-${pad(m)}`);
    else if (valid(y, m, d)) found.add(`${y}-${pad(m)}-${pad(d)}`);
  };
  DATE_RE.lastIndex = 0;
  for (let g = DATE_RE.exec(text); g !== null; g = DATE_RE.exec(text)) {
    if (g[1]) add(Number(g[1]), Number(g[2]), Number(g[3]));
    else if (g[4]) add(Number(g[6]), month(g[4]), Number(g[5]));
    else if (g[7]) add(Number(g[9]), month(g[8]), Number(g[7]));
    else if (g[10]) add(Number(g[11]), month(g[10]));
    else if (g[12] || g[14]) {
      // "April 3" / "3 April": needs the publication date as reference.
      if (!ref) continue;
      const m = month(g[12] ?? g[15]);
      const d = Number(g[13] ?? g[14]);
      const y0 = ref.getUTCFullYear();
      let best = y0;
      let bestGap = Infinity;
      for (const y of [y0 - 1, y0, y0 + 1]) {
        const gap = Math.abs(Date.UTC(y, m - 1, d) - ref.getTime());
        if (gap < bestGap) [best, bestGap] = [y, gap];
      }
      add(best, m, d);
    } else if (g[16]) add(Number(g[16]));
    else if (g[17] && ref) {
      const word = g[17].toLowerCase();
      const y = ref.getUTCFullYear();
      if (word === 'last year') add(y - 1);
      else if (word === 'next year') add(y + 1);
      else if (word === 'this year') add(y);
      else {
        const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
        const day = new Date(ref.getTime() + shift * 86_400_000);
        add(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
      }
    }
  }
  return [...found].sort();
}
