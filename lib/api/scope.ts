import 'server-only';
import { FILTERABLE_FIELDS } from '@/lib/schema/index-settings';

const OPERATOR_AFTER_FIELD =
  /^\s*(!=|>=|<=|=|>|<|IN\b|NOT\s+IN\b|EXISTS\b|NOT\s+EXISTS\b|IS\b|CONTAINS\b|NOT\s+CONTAINS\b|STARTS\s+WITH\b|\d)/i;
const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'TO',
  'IN',
  'EXISTS',
  'IS',
  'NULL',
  'EMPTY',
  'CONTAINS',
  'STARTS',
  'WITH',
]);

/**
 * Checks a key's scope filter before it is stored: it is ANDed into every query inside
 * parentheses, so quotes and parentheses must balance (or it could escape them) and it may only
 * name filterable fields. Returns the problems found (empty when fine).
 */
export function scopeProblems(scope: string): string[] {
  const problems: string[] = [];
  if (!scope.trim()) return ['scope is empty'];
  let depth = 0;
  let inQuote: '"' | "'" | null = null;
  let unquoted = '';
  for (let i = 0; i < scope.length; i++) {
    const c = scope[i];
    if (inQuote) {
      if (c === '\\') i++;
      else if (c === inQuote) inQuote = null;
      unquoted += ' ';
      continue;
    }
    if (c === '"' || c === "'") inQuote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return ['a ")" closes a "(" that was never opened'];
    unquoted += c === '"' || c === "'" ? ' ' : c;
  }
  if (inQuote) problems.push('a quoted value is not closed');
  if (depth > 0) problems.push('a "(" is not closed');
  const fields = new Set<string>(FILTERABLE_FIELDS);
  const wordRe = /[A-Za-z_][A-Za-z0-9_.]*/g;
  for (const m of unquoted.matchAll(wordRe)) {
    const word = m[0];
    if (KEYWORDS.has(word.toUpperCase())) continue;
    const rest = unquoted.slice((m.index ?? 0) + word.length);
    if (OPERATOR_AFTER_FIELD.test(rest) && !fields.has(word)) {
      problems.push(`"${word}" is not a filterable field (${[...fields].join(', ')})`);
    }
  }
  return problems;
}
