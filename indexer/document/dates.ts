import type { DateQuality } from '@/lib/schema/article';

export interface ParsedDate {
  /** Unix seconds of the start of the known period; null when undated. */
  publishedAt: number | null;
  quality: DateQuality;
  year: string | null;
  month: string | null;
}

export const UNDATED: ParsedDate = { publishedAt: null, quality: 'none', year: null, month: null };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function fromUtc(ms: number, quality: DateQuality): ParsedDate {
  if (!Number.isFinite(ms)) return UNDATED;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 2999) return UNDATED;
  const year = String(y);
  const month =
    quality === 'year' ? null : `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  return { publishedAt: Math.floor(ms / 1000), quality, year, month };
}

function ymd(y: number, m: number, d: number, quality: DateQuality): ParsedDate {
  if (m < 1 || m > 12 || d < 1 || d > 31) return UNDATED;
  const ms = Date.UTC(y, m - 1, d);
  // Rejects 2023-02-30 instead of silently rolling it into March.
  if (new Date(ms).getUTCDate() !== d) return UNDATED;
  return fromUtc(ms, quality);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;
/** Reuters-21578 `<DATE>`, optionally followed by wire routing codes ("…14:02:56.54   V RM"). */
const REUTERS =
  /^(\d{1,2})-([a-z]{3})-(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:\s+[A-Z]{1,3})*$/i;
const NUMERIC_DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const HAS_TIME = /\d{1,2}:\d{2}/;

/**
 * Reads a publication date and says how precise it is. Never invents: anything unparseable is
 * "none". Times without a zone are taken as UTC.
 */
export function parseDate(raw: unknown): ParsedDate {
  if (raw === null || raw === undefined) return UNDATED;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw <= 0) return UNDATED;
    return fromUtc(raw > 1e11 ? raw : raw * 1000, 'exact');
  }
  if (typeof raw !== 'string') return UNDATED;
  const s = raw.trim();
  if (!s) return UNDATED;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) return ymd(Number(m[1]), 1, 1, 'year');
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) return ymd(Number(m[1]), Number(m[2]), 1, 'month');
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    return ymd(Number(m[1]), Number(m[2]), Number(m[3]), 'day');
  }
  if (/^\d{9,13}$/.test(s)) return parseDate(Number(s));
  if (ISO_DATE_TIME.test(s)) {
    const iso = s.replace(' ', 'T');
    return fromUtc(Date.parse(HAS_ZONE.test(iso) ? iso : `${iso}Z`), 'exact');
  }
  if ((m = REUTERS.exec(s))) {
    const mon = MONTHS.indexOf(m[2]!.toLowerCase());
    if (mon < 0) return UNDATED;
    const day = ymd(Number(m[3]), mon + 1, Number(m[1]), 'exact');
    if (day.publishedAt === null) return UNDATED;
    const seconds = Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6]);
    return Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 60
      ? { ...day, publishedAt: day.publishedAt + seconds }
      : UNDATED;
  }
  if ((m = NUMERIC_DMY.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Ambiguous a/b: day first. The one such date in the SemEval TimeML set, "03-02-2009",
    // belongs to an article datelined "February 03, 2009".
    const [day, month] = b > 12 ? [b, a] : [a, b];
    return ymd(Number(m[3]), month, day, 'day');
  }
  return parseLooseDate(s);
}

/** RFC 2822 and written-out dates ("Friday, January 4, 2019", "Tue, 10 Jun 2003 04:00:00 GMT"). */
function parseLooseDate(s: string): ParsedDate {
  const hasTime = HAS_TIME.test(s);
  const zoned = /\b(GMT|UTC|UT|Z|[ECMP][SD]T)\b|[+-]\d{4}\b/.test(s);
  const ms = Date.parse(hasTime && !zoned ? `${s} UTC` : s);
  if (Number.isNaN(ms)) return UNDATED;
  if (hasTime) return fromUtc(ms, 'exact');
  // Date.parse reads a bare date as local midnight: keep its calendar day, in UTC.
  const local = new Date(ms);
  return ymd(local.getFullYear(), local.getMonth() + 1, local.getDate(), 'day');
}
