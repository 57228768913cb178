import { describe, expect, it } from 'vitest';
import { isMalformedPath } from './bad-address';

describe('isMalformedPath', () => {
  it.each([
    ['/people/%E0%A4%A', true],
    ['/articles/%', true],
    ['/organizations/%ZZ', true],
    ['/people/%E0%A4', true],
    ['/', false],
    ['/people/jos%C3%A9-mar%C3%ADa', false],
    ['/articles/reuters-144', false],
    ['/countries/FR', false],
  ])('%s → %s', (path, malformed) => {
    expect(isMalformedPath(path)).toBe(malformed);
  });
});
