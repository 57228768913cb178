import { countryName } from '@/lib/display-names';

/**
 * ISO 3166-1 alpha-2 codes: what the index holds (incl. territories and XK, as the indexer's
 * country table has them). Written out, not imported, to keep the country tables out of the
 * browser's bundle; a test holds it equal to the indexer's.
 */
const ISO_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO ' +
    'BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ ' +
    'DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP ' +
    'GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG ' +
    'KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML ' +
    'MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE ' +
    'PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL ' +
    'SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM ' +
    'US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

/**
 * Codes people use that ISO 3166-1 does not (UK, EL) or no longer does (SU, YU): the index
 * holds the country under the code the register maps its old name to (Soviet Union → RU).
 */
export const OTHER_COUNTRY_CODES: Readonly<Record<string, string>> = {
  UK: 'GB',
  EL: 'GR',
  SU: 'RU',
  DD: 'DE',
  YU: 'RS',
  ZR: 'CD',
  BU: 'MM',
  TP: 'TL',
  RH: 'ZW',
};

export function isCountryCode(code: string): boolean {
  return ISO_CODES.has(code);
}

export type CountryCodeReading =
  { code: string; problem?: undefined } | { code?: string; problem: string };

/**
 * A country code as typed in a link or an API call: one people use that the index does not
 * ("UK") reads as the index's ("GB"), with a note; a non-code is refused.
 */
export function readCountryCode(raw: string): CountryCodeReading {
  const code = raw.trim().toUpperCase();
  if (isCountryCode(code)) return { code };
  const iso = OTHER_COUNTRY_CODES[code];
  if (iso)
    return {
      code: iso,
      problem: `${code} is not an ISO 3166-1 code; use ${iso} (${countryName(iso)})`,
    };
  return { problem: `"${raw.slice(0, 20)}" is not an ISO 3166-1 alpha-2 country code such as FR` };
}

/** Every code the index may hold, sorted. */
export function countryCodes(): string[] {
  return [...ISO_CODES].sort();
}
