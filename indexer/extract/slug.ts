export { slugify } from '@/lib/search/slug';
export { stripLegalSuffix } from '@/lib/lexicon/legal-suffixes';
