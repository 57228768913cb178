import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadRegister } from '@/lib/register';
import { countryCodes, isCountryCode, OTHER_COUNTRY_CODES, readCountryCode } from './country-code';

describe('country codes', () => {
  it('are the codes the indexer can write: its country names table and the register', () => {
    const file = createRequire(import.meta.url).resolve('i18n-iso-countries/langs/en.json');
    const names = JSON.parse(readFileSync(file, 'utf8')) as { countries: Record<string, unknown> };
    const indexer = new Set([
      ...Object.keys(names.countries),
      ...Object.keys(loadRegister().countries.countries),
    ]);
    expect(countryCodes()).toEqual([...indexer].sort());
  });

  it('map other codes to ISO codes only, and never shadow one', () => {
    for (const [other, iso] of Object.entries(OTHER_COUNTRY_CODES)) {
      expect(isCountryCode(iso), iso).toBe(true);
      expect(isCountryCode(other), other).toBe(false);
    }
  });

  it.each([
    ['FR', { code: 'FR' }],
    [' fr ', { code: 'FR' }],
    ['xk', { code: 'XK' }],
    ['UK', { code: 'GB', problem: 'UK is not an ISO 3166-1 code; use GB (United Kingdom)' }],
    ['su', { code: 'RU', problem: 'SU is not an ISO 3166-1 code; use RU (Russia)' }],
    ['EU', { problem: '"EU" is not an ISO 3166-1 alpha-2 country code such as FR' }],
    ['QQ', { problem: '"QQ" is not an ISO 3166-1 alpha-2 country code such as FR' }],
    ['FRA', { problem: '"FRA" is not an ISO 3166-1 alpha-2 country code such as FR' }],
  ])('%j reads as %j', (raw, reading) => {
    expect(readCountryCode(raw)).toEqual(reading);
  });
});
