import { describe, expect, it } from 'vitest';
import { scopeProblems } from './scope';

describe('scopeProblems', () => {
  it.each([
    'source = X',
    'source = "a b" AND language = en',
    'source IN [a, b]',
    'year = 1987 OR month = "1987-03"',
    'NOT source = x',
    'publishedAt 100 TO 200',
    '(source = "x (y)") AND countries = FR',
  ])('accepts %j', (scope) => {
    expect(scopeProblems(scope)).toEqual([]);
  });

  it.each([
    ['', 'scope is empty'],
    ['source = "x") OR (id EXISTS', 'a ")" closes a "(" that was never opened'],
    ['(source = x', 'a "(" is not closed'],
    ['source = "x', 'a quoted value is not closed'],
    ['body = secret', '"body" is not a filterable field'],
  ])('rejects %j', (scope, problem) => {
    expect(scopeProblems(scope).join('\n')).toContain(problem);
  });
});
