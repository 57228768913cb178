/** URL-safe slug for organisation and person keys: "Baku Initiative Group" → "baku-initiative-group". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

// "and Co" / "& Co" belong to the suffix too: "Morgan Stanley and Co Inc" is Morgan Stanley.
const LEGAL_SUFFIX =
  /(?:[\s,]+(?:(?:and|&)\s+(?:Co|Cos|Company)\b|Inc|Ltd|Corp|Co|Cos|Plc|PLC|AG|SA|NV|SpA|GmbH|LLC|Corporation|Company|Limited|Incorporated)\.?)+$/;

/** "Standard Oil Co" and "Standard Oil" are one organisation within an article. */
export function stripLegalSuffix(name: string): string {
  const stripped = name.replace(LEGAL_SUFFIX, '').trim();
  return stripped.length > 0 ? stripped : name;
}
