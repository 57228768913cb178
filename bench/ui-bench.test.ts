import { describe, expect, it } from 'vitest';
import { sessionsArg } from './ui-bench';

describe('sessionsArg', () => {
  it.each([
    [[], 3],
    [['--json', '--sessions', '5'], 5],
    [['--sessions', '1'], 1],
  ])('%j gives %d sessions', (args, expected) => {
    expect(sessionsArg(args)).toBe(expected);
  });

  it.each([
    [['--sessions']],
    [['--sessions', '0']],
    [['--sessions', '2.5']],
    [['--sessions', 'x']],
  ])('refuses %j with a message naming the option', (args) => {
    expect(() => sessionsArg(args)).toThrow(/--sessions takes a whole number from 1 to 50/);
  });
});
