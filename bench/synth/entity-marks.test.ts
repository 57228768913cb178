import { describe, expect, it } from 'vitest';
import { CastSampler, fillSlots } from './cast';
import { FormMatcher } from './entity-marks';
import { emptyStats, type EntityStats } from './entity-stats';
import { createRng } from './rng';

function stats(): EntityStats {
  const s = emptyStats();
  s.entries.country.set('US', {
    name: 'United States',
    forms: new Map([
      ['U.S.', 3],
      ['American', 2],
    ]),
    articles: 5,
  });
  s.entries.person.set('james-baker', {
    name: 'James Baker',
    forms: new Map([['Baker', 4]]),
    articles: 2,
  });
  s.casts.push([1, 0, 1]);
  return s;
}

describe('entity slots', () => {
  it('replace known mentions in the training text, keeping the punctuation around them', () => {
    const tokens = '"U.S. Treasury Secretary James Baker\'s plan, said the United States.'.split(
      ' ',
    );
    expect(new FormMatcher(stats()).mark(tokens).join(' ')).toBe(
      '"⟦C⟧ Treasury Secretary ⟦P⟧\'s plan, said the ⟦C⟧.',
    );
  });

  it('are filled from a cast drawn like a corpus article, full name first', () => {
    const sampler = new CastSampler(stats(), ['Anna'], () => ['U.S.']);
    const rng = createRng('cast');
    const cast = sampler.draw(rng);
    expect(cast.country.map((m) => m.name)).toEqual(['United States']);
    expect(cast.person).toHaveLength(1);
    const text = fillSlots('⟦P⟧ met ⟦O⟧ in ⟦C⟧; ⟦P⟧ left.', cast, rng);
    const person = cast.person[0]!.name;
    expect(text).toMatch(new RegExp(`^${person} met the company in (United States|U\\.S\\.); `));
    // A demonym is a form of the country but never fills a name slot.
    for (let i = 0; i < 50; i++) expect(fillSlots('⟦C⟧', cast, rng)).not.toBe('American');
    expect(fillSlots('TALKS IN ⟦C⟧', cast, rng)).toMatch(/^TALKS IN (UNITED STATES|U\.S\.)$/);
    expect(fillSlots('⟦O⟧ BUYS STAKE', cast, rng)).toBe('THE COMPANY BUYS STAKE');
  });
});
