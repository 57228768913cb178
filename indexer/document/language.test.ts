import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageTag } from './language';

describe('language', () => {
  it.each([
    [
      'The council approved the new budget after a long debate on Tuesday evening in the city hall.',
      'en',
    ],
    [
      'Le conseil municipal a approuvé le nouveau budget après un long débat mardi soir à la mairie.',
      'fr',
    ],
    [
      'Der Stadtrat hat den neuen Haushalt nach einer langen Debatte am Dienstagabend beschlossen.',
      'de',
    ],
    ['Too short', 'und'],
  ])('detects %j as %s', (text, code) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it.each([
    ['en-GB', 'en'],
    ['fra', 'fr'],
    ['English', 'en'],
    ['', null],
  ])('normalises the tag %j to %j', (tag, code) => {
    expect(normalizeLanguageTag(tag)).toBe(code);
  });
});
