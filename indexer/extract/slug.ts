export { slugify } from '../../lib/search/slug';

// "and Co" / "& Co" belong to the suffix too: "Morgan Stanley and Co Inc" is Morgan Stanley.
const LEGAL_SUFFIX =
  /(?:[\s,]+(?:(?:and|&)\s+(?:Co|Cos|Company)\b|Inc|Ltd|Corp|Co|Cos|Plc|PLC|AG|SA|NV|SpA|GmbH|LLC|Corporation|Company|Limited|Incorporated)\.?)+$/;

/** "Standard Oil Co" and "Standard Oil" are one organisation within an article. */
export function stripLegalSuffix(name: string): string {
  const stripped = name.replace(LEGAL_SUFFIX, '').trim();
  return stripped.length > 0 ? stripped : name;
}
