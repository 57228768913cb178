import { franc } from 'franc-min';

/** ISO 639-3 → 639-1 for the languages news archives commonly hold. */
const ISO3_TO_1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  nno: 'no',
  fin: 'fi',
  ell: 'el',
  tur: 'tr',
  arb: 'ar',
  ara: 'ar',
  pes: 'fa',
  fas: 'fa',
  heb: 'he',
  hin: 'hi',
  ben: 'bn',
  urd: 'ur',
  cmn: 'zh',
  zho: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  zlm: 'ms',
  msa: 'ms',
  azj: 'az',
  aze: 'az',
  hye: 'hy',
  kat: 'ka',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  slv: 'sl',
  lit: 'lt',
  lav: 'lv',
  est: 'et',
  cat: 'ca',
  swh: 'sw',
  tgl: 'tl',
  uzn: 'uz',
  kaz: 'kk',
  bel: 'be',
};

const MIN_DETECT_CHARS = 100;

/** 639-1 code of an explicit language tag ("en-GB", "eng", "English" stays as given if unknown). */
export function normalizeLanguageTag(tag: string): string | null {
  const t = tag.trim().toLowerCase();
  if (!t) return null;
  const primary = t.split(/[-_]/)[0] ?? t;
  if (/^[a-z]{2}$/.test(primary)) return primary;
  if (/^[a-z]{3}$/.test(primary)) return ISO3_TO_1[primary] ?? primary;
  const byName: Record<string, string> = {
    english: 'en',
    french: 'fr',
    german: 'de',
    spanish: 'es',
  };
  return byName[t] ?? null;
}

/** Detected 639-1 code, or 'und' when the text is too short or the language unknown. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 2000);
  if (sample.replace(/\s+/g, '').length < MIN_DETECT_CHARS) return 'und';
  const code = franc(sample, { minLength: MIN_DETECT_CHARS });
  return ISO3_TO_1[code] ?? 'und';
}
