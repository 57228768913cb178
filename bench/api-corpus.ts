import { makeArticle } from '@/lib/api/testing/articles';
import type { ArticleDocument } from '@/lib/schema/article';

const WORDS = (
  'oil prices bank rates trade deficit exports imports dollar yen gold wheat corn coffee sugar ' +
  'shares profit loss quarter company said market government minister talks agreement tariff ' +
  'opec crude barrel output production growth inflation interest bond yield currency central ' +
  'merger acquisition stake offer bid debt loan credit budget tax reform election strike union ' +
  'shipping port harbour rail steel copper aluminium grain harvest drought rain supply demand'
).split(' ');
const COUNTRIES = [
  'US',
  'JP',
  'GB',
  'DE',
  'FR',
  'CA',
  'BR',
  'AU',
  'CN',
  'IT',
  'NL',
  'SA',
  'MX',
  'IN',
];
const ORGS = [
  'OPEC',
  'World Bank',
  'IMF',
  'Federal Reserve',
  'Bundesbank',
  'Toyota',
  'Baker Hughes',
  'GATT',
  'Texaco',
  'Chrysler',
];
const PEOPLE = [
  'James Baker',
  'Paul Volcker',
  'Yasuhiro Nakasone',
  'Margaret Thatcher',
  'Helmut Kohl',
  'Ronald Reagan',
];

/** Deterministic synthetic news (no corpus data) when Reuters is not available. */
export function syntheticArticles(count: number): ArticleDocument[] {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  // Zipf-ish: early words much more common, as in real text.
  const word = () => WORDS[Math.floor(WORDS.length * rand() ** 2)]!;
  const some = <T>(xs: T[], max: number) => [
    ...new Set(
      Array.from(
        { length: Math.floor(rand() * (max + 1)) },
        () => xs[Math.floor(rand() * xs.length)]!,
      ),
    ),
  ];
  const start = Date.UTC(1987, 0, 1) / 1000;
  return Array.from({ length: count }, (_, i) => {
    const countries = some(COUNTRIES, 3);
    return makeArticle({
      id: `syn-${i}`,
      title: Array.from({ length: 6 }, word).join(' '),
      body: Array.from({ length: 150 }, word).join(' '),
      lead: Array.from({ length: 25 }, word).join(' '),
      countries,
      countryNames: countries,
      organizations: some(ORGS, 2),
      people: some(PEOPLE, 2),
      source: rand() < 0.7 ? 'reuters' : 'wire',
      publishedAt: rand() < 0.97 ? start + Math.floor(rand() * 365 * 86_400) : null,
    });
  });
}
