import { describe, expect, it } from 'vitest';
import { countWords, leadOf, normalizeText, splitRelated } from './text';

describe('splitRelated', () => {
  it.each(['See Also', 'Related', 'Read more:', 'RELATED STORIES'])('splits after "%s"', (h) => {
    const { body, related } = splitRelated(
      `Story text.\n\nMore text.\n${h}\n\nOther headline\n- Another one`,
    );
    expect(body).toBe('Story text.\n\nMore text.');
    expect(related).toEqual(['Other headline', 'Another one']);
  });

  it('leaves bodies alone when the heading is followed by prose or nothing', () => {
    const prose = `Intro.\nRelated\n${'A long paragraph that is clearly not a headline. '.repeat(6)}`;
    expect(splitRelated(prose).related).toEqual([]);
    expect(splitRelated('Intro.\nSee also').body).toBe('Intro.\nSee also');
  });
});

describe('leadOf', () => {
  it('is the first paragraph', () => {
    expect(leadOf('First para.\n\nSecond para.')).toBe('First para.');
  });
  it('cuts a long first paragraph at a sentence end', () => {
    const long = `${'Word '.repeat(30).trim()}. ${'More words here '.repeat(40)}`;
    const lead = leadOf(long);
    expect(lead.endsWith('.')).toBe(true);
    expect(lead.length).toBeLessThanOrEqual(400);
  });
});

describe('normalizeText / countWords', () => {
  it('normalises newlines and blank runs', () => {
    expect(normalizeText('a \r\nb\n\n\n\nc\u00a0d ')).toBe('a\nb\n\nc d');
  });
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("It's a ten-year survey, 2024.")).toBe(5);
  });
});
