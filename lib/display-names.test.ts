import { describe, expect, it } from 'vitest';
import {
  adoptCountryNames,
  countryName,
  countryNameTable,
  entityName,
  languageName,
} from './display-names';

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
    [{ kind: 'country', key: 'AE', name: 'UAE' }, 'United Arab Emirates'],
    [{ kind: 'country', key: 'SY', name: 'Syrian Arab Republic' }, 'Syria'],
    [{ kind: 'organization', key: 'opec', name: 'OPEC' }, 'OPEC'],
    [{ kind: 'person', key: 'ab', name: 'A. B. Smith' }, 'A. B. Smith'],
  ])('entity %o → %s', (entity, name) => {
    expect(entityName(entity)).toBe(name);
  });

  it.each([
    ['fr', 'French'],
    ['es', 'Spanish'],
    ['und', 'Undetermined'],
  ])('language %s → %s', (code, name) => {
    expect(languageName(code)).toBe(name);
  });

  it("a browser adopts the server's country names, so both render the same text", () => {
    const table = countryNameTable();
    expect(table.NC).toBe('New Caledonia');
    expect(table.QQ).toBeUndefined();
    const own = countryName('PS');
    adoptCountryNames({ PS: 'Palestine (server)' });
    expect(countryName('PS')).toBe('Palestine (server)');
    adoptCountryNames({ PS: own });
  });
});
