import 'server-only';
import { countryCodes } from '@/lib/search/country-code';

/**
 * Regular expressions that state a parameter's whole grammar, so the OpenAPI `pattern` generated
 * from the zod spec accepts exactly what the server accepts (a partner's validator agrees with us).
 * Each is linear to match: no two parts can take the same characters.
 */

const anyCase = (c: string) => `[${c.toUpperCase()}${c.toLowerCase()}]`;

/** Every ISO 3166-1 alpha-2 code the index may hold, in any letter case (fr reads as FR). */
export const COUNTRY_CODE_PATTERN = (() => {
  const byFirst = new Map<string, string[]>();
  for (const code of countryCodes()) {
    byFirst.set(code[0]!, [...(byFirst.get(code[0]!) ?? []), code[1]!]);
  }
  const groups = [...byFirst].map(
    ([first, seconds]) => `${anyCase(first)}[${seconds.map((s) => s + s.toLowerCase()).join('')}]`,
  );
  return new RegExp(`^(?:${groups.join('|')})$`);
})();

const MONTH = '(?:0[1-9]|1[0-2])';
const DAY_IN_31 = '(?:0[1-9]|[12]\\d|3[01])';
const DAY_IN_30 = '(?:0[1-9]|[12]\\d|30)';
const DAY_IN_28 = '(?:0[1-9]|1\\d|2[0-8])';
// Divisible by 4 but not by 100, or by 400.
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const CALENDAR_DATE =
  `(?:\\d{4}-(?:(?:0[13578]|1[02])-${DAY_IN_31}|(?:0[469]|11)-${DAY_IN_30}|02-${DAY_IN_28})` +
  `|${LEAP_YEAR}-02-29)`;
const OFFSET = '(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';
const TIME = `T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?${OFFSET}?`;

/** YYYY, YYYY-MM, a calendar date (leap days included) or a date-time to the minute or finer. */
export const ISO_DATE_PATTERN = new RegExp(
  `^(?:\\d{4}(?:-${MONTH})?|${CALENDAR_DATE}(?:${TIME})?)$`,
);

// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** No control characters and at least one character that is not white space (trim keeps it). */
export const TEXT_PATTERN =
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  /^[^\S\u0000-\u001f\u007f]*[^\s\u0000-\u001f\u007f][^\u0000-\u001f\u007f]*$/;

/** A comma-separated list of names; blanks around names and empty entries are allowed. */
export function nameListPattern(names: readonly string[]): RegExp {
  const name = `(?:${names.join('|')})`;
  return new RegExp(`^\\s*(?:${name}\\s*)?(?:,\\s*(?:${name}\\s*)?)*$`);
}
