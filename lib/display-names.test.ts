import { describe, expect, it } from 'vitest';
import { countryName, languageName } from './display-names';

describe('display names', () => {
  it.each([
    ['NC', 'New Caledonia'],
    ['AZ', 'Azerbaijan'],
    ['GB', 'United Kingdom'],
    ['QQ', 'QQ'],
    ['not-a-code', 'not-a-code'],
  ])('country %s → %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it.each([
    ['fr', 'French'],
    ['es', 'Spanish'],
    ['und', 'Undetermined'],
  ])('language %s → %s', (code, name) => {
    expect(languageName(code)).toBe(name);
  });
});
