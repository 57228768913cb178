import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageTag } from './language';

describe('language', () => {
  it.each([
    [
      'The council approved the new budget after a long debate on Tuesday evening in the city hall. Residents had asked for more money for schools and roads.',
      'en',
    ],
    [
      'Le conseil municipal a approuvé le nouveau budget après un long débat mardi soir à la mairie. Les habitants avaient demandé plus d’argent pour les écoles.',
      'fr',
    ],
    [
      'Der Stadtrat hat den neuen Haushalt nach einer langen Debatte am Dienstagabend beschlossen. Die Bürger hatten mehr Geld für Schulen und Straßen gefordert.',
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
