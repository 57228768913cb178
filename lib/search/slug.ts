/**
 * The one slug of an organization or person name, used both for the entity keys the indexer
 * stores and for the UI's entity page URLs: "Procter & Gamble" -> "procter-and-gamble".
 */
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
