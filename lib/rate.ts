/** "600/min" → a token bucket's size and refill: `count` requests per `windowSeconds`. */
export interface Rate {
  count: number;
  windowSeconds: number;
}

const UNITS: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  m: 60,
  min: 60,
  minute: 60,
  h: 3600,
  hour: 3600,
  d: 86400,
  day: 86400,
};

export class RateFormatError extends Error {
  override name = 'RateFormatError';
}

export function parseRate(input: string): Rate {
  const m = /^\s*(\d{1,9})\s*\/\s*([a-z]+)\s*$/i.exec(input);
  const seconds = m?.[2] ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || seconds === undefined || Number(m[1]) < 1) {
    throw new RateFormatError(
      `"${input}" is not a rate: use e.g. 600/min, 10/s, 5000/hour, 100000/day`,
    );
  }
  return { count: Number(m[1]), windowSeconds: seconds };
}

const CANONICAL: Record<number, string> = { 1: 's', 60: 'min', 3600: 'hour', 86400: 'day' };

export function formatRate(rate: Rate): string {
  return `${rate.count}/${CANONICAL[rate.windowSeconds] ?? 's'}`;
}
