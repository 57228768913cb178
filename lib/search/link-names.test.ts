import { describe, expect, it } from 'vitest';
import { loadRegister } from '@/lib/register';
import { registerNames } from '@/lib/register-names';
import { withIndexedNames } from './link-names';

const names = registerNames(loadRegister());
const OPEC = 'Organization+of+the+Petroleum+Exporting+Countries';

describe('withIndexedNames', () => {
  it.each([
    ['q=oil&org=OPEC&sort=newest', `q=oil&org=${OPEC}&sort=newest`],
    ['org=opec', `org=${OPEC}`],
    ['xorg=IMF&all=org', 'xorg=International+Monetary+Fund&all=org'],
    ['person=Gorbachov', 'person=Mikhail+Gorbachev'],
    ['org=OPEC&countries=FR', `org=${OPEC}&countries=FR`],
    ['org=World+Bank', null],
    [`org=${OPEC}`, null],
    ['q=OPEC&source=OPEC', null],
    ['country=UK', null],
  ])('%s → %s', (query, expected) => {
    expect(withIndexedNames(new URLSearchParams(query), names)?.toString() ?? null).toBe(expected);
  });
});

describe('registerNames().indexedName', () => {
  it('reads a name in any case or as a slug, and leaves out a name two entries share', () => {
    const two = registerNames({
      ...loadRegister(),
      organizations: [
        { name: 'Alpha Corp', acronyms: ['AC'], aliases: [] },
        { name: 'Acme Council', acronyms: ['AC'], aliases: [] },
        { name: 'Beta Bank', acronyms: ['BB'], aliases: [] },
        { name: 'Gamma Group', acronyms: [], aliases: ['G.G. Holdings'] },
      ],
    });
    expect(two.indexedName('organizations', 'G.G. Holdings')).toBe('Gamma Group');
    expect(two.indexedName('organizations', 'gg-holdings')).toBe('Gamma Group');
    expect(two.indexedName('organizations', 'AC')).toBeUndefined();
    expect(two.indexedName('organizations', 'bb')).toBe('Beta Bank');
    expect(two.indexedName('organizations', 'Beta Bank')).toBeUndefined();
  });
});
