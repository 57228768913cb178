import 'server-only';
import { FilterInputError, partialDateBounds } from '@/lib/search/filter';

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/**
 * Unix-second bounds [start, end) of an ISO date at any precision: YYYY, YYYY-MM, YYYY-MM-DD or a
 * date-time (to the second; UTC unless it carries an offset).
 */
export function isoDateBounds(input: string): { start: number; end: number } {
  const m = DATE_TIME.exec(input);
  if (!m) return partialDateBounds(input);
  partialDateBounds(m[1]!); // the calendar date itself must exist
  const ms = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${m[5] ?? 'Z'}`);
  if (Number.isNaN(ms)) throw new FilterInputError(`"${input}" is not a date-time`);
  const start = Math.floor(ms / 1000);
  return { start, end: start + (m[4] === undefined ? 60 : 1) };
}

/** `publishedAt` conditions for an inclusive from/to window; numbers only, never user text. */
export function publishedWindow(from?: string, to?: string): string[] {
  const start = from ? isoDateBounds(from).start : undefined;
  const end = to ? isoDateBounds(to).end : undefined;
  if (start !== undefined && end !== undefined && start >= end) {
    throw new FilterInputError('"from" must not be after "to"');
  }
  return [
    ...(start !== undefined ? [`publishedAt >= ${start}`] : []),
    ...(end !== undefined ? [`publishedAt < ${end}`] : []),
  ];
}
