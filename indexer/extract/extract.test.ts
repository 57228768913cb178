import { describe, expect, it } from 'vitest';
import { createExtractor, slugify } from './index';
import type { ExtractInput } from './types';

const extract = createExtractor();

function run(body: string, extra: Partial<ExtractInput> = {}) {
  return extract({ title: '', lead: '', body, publishedAt: null, dateQuality: 'none', ...extra });
}
const countries = (body: string, extra?: Partial<ExtractInput>) =>
  run(body, extra)
    .entities.filter((e) => e.kind === 'country')
    .map((e) => e.key)
    .sort();
const ofKind = (kind: string, body: string) => run(body).entities.filter((e) => e.kind === kind);

describe('countries', () => {
  it.each([
    ['territory under its own name', 'Unrest spread across Kanaky this week.', ['NC']],
    ['territory by its English name', 'Voters in New Caledonia rejected the plan.', ['NC']],
    ['city + hyphen', 'The Baku-based group issued a statement.', ['AZ']],
    ['demonyms', 'Azerbaijani, Iranian and Greek diplomats met.', ['AZ', 'GR', 'IR']],
    ['short forms', 'Britain and the U.S. signed it with the Czech Republic.', ['CZ', 'GB', 'US']],
    ['Turkey and Türkiye are one country', 'Turkey, officially Türkiye, agreed.', ['TR']],
    [
      'foreign-language names',
      'Aserbaidschan, Россия and Polonia were listed.',
      ['AZ', 'PL', 'RU'],
    ],
    ['historical names', 'The Soviet Union and West Germany traded.', ['DE', 'RU']],
    ['Niger is not Nigeria', 'Troops moved from Niger towards the border.', ['NE']],
    ['Nigeria is not Niger', 'Oil output in Nigeria rose.', ['NG']],
    ['Niger Delta lies in Nigeria', 'Militants in the Niger Delta struck again.', ['NG']],
    ['New Jersey is a US state, not Jersey', 'A plant in New Jersey closed.', ['US']],
    ['New Mexico is not Mexico', 'Drought hit New Mexico farmers.', ['US']],
    [
      'Guinea variants',
      'Equatorial Guinea, Guinea-Bissau and Papua New Guinea voted.',
      ['GQ', 'GW', 'PG'],
    ],
    ['guinea pig is no country', 'The drug was tested on a guinea pig first.', []],
    ['turkey the bird', 'Turkey prices rose before the holiday as turkey sales grew.', []],
    ['currency phrases', 'The bonds were priced in Swiss francs and Canadian dollars.', []],
    ['ticker symbols', 'Chad Therapeutics <CHAD> said sales rose.', []],
    ['Chad the person', 'Coach Chad Smith said the team was ready.', []],
    ['Chad the country', 'Refugees crossed into Chad from Sudan.', ['SD', 'TD']],
    ['Jordan the person', 'Michael Jordan scored 40 points.', []],
    ['Jordan the country', 'King Abdullah of Jordan met Israeli officials.', ['IL', 'JO']],
    [
      'Georgia the US state',
      'The plant in Atlanta, Georgia will close, Texas officials said.',
      ['US'],
    ],
    ['Georgia the country', 'Protesters in Tbilisi, Georgia marched on parliament.', ['GE']],
    ['Reuters dateline', 'WASHINGTON, March 3 - The Treasury said bills sold well.', ['US']],
  ])('%s', (_label, body, expected) => {
    expect(countries(body)).toEqual(expected);
  });

  it('handles ALL-CAPS headlines', () => {
    expect(countries('', { title: 'JAPAN AND BRAZIL SIGN COFFEE DEAL' })).toEqual(['BR', 'JP']);
  });

  it('counts mentions, keeps surface forms and marks title/lead countries as salient', () => {
    const body =
      'Talks on New Caledonia resumed.\n\nLater, France said Kanaky must wait. France agreed.';
    const r = run(body, { lead: 'Talks on New Caledonia resumed.' });
    const nc = r.entities.find((e) => e.key === 'NC');
    const fr = r.entities.find((e) => e.key === 'FR');
    expect(nc).toMatchObject({ name: 'New Caledonia', count: 2, salient: true });
    expect(nc?.forms.sort()).toEqual(['Kanaky', 'New Caledonia']);
    expect(fr).toMatchObject({ count: 2, salient: false });
  });
});

describe('organizations', () => {
  it('merges an in-document acronym with its long name', () => {
    const orgs = ofKind(
      'organization',
      'The Baku Initiative Group (BIG) wrote a letter. BIG said more would follow.',
    );
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({
      key: 'baku-initiative-group',
      name: 'Baku Initiative Group',
      count: 3,
    });
  });

  it('defines new organisations from "Long Name (ABC)"', () => {
    const orgs = ofKind(
      'organization',
      'The Pacific Salmon Treaty Commission (PSTC) met. The PSTC agreed.',
    );
    expect(orgs.map((o) => [o.name, o.count])).toEqual([['Pacific Salmon Treaty Commission', 3]]);
  });

  it.each([
    [
      'register acronym and name are one',
      'The European Community said EC farm prices would fall.',
      ['european-community'],
    ],
    [
      'central banks',
      'The Bundesbank and the Bank of Japan cut rates while the Fed waited.',
      ['bank-of-japan', 'bundesbank', 'federal-reserve'],
    ],
    [
      'name patterns',
      'Shares of Acme Widgets Inc. rose after the Ministry of Fisheries spoke.',
      ['acme-widgets', 'ministry-of-fisheries'],
    ],
    ['junk is filtered', 'The Department said Inc was not a name.', []],
  ])('%s', (_label, body, expected) => {
    expect(
      ofKind('organization', body)
        .map((o) => o.key)
        .sort(),
    ).toEqual(expected);
  });

  it('does not take a capitals headline word for an acronym on its own', () => {
    expect(ofKind('organization', '').length).toBe(0);
    const r = run('Markets were calm.', { title: 'BIG GAINS FOR WHO KNOWS WHAT' });
    expect(r.entities.filter((e) => e.kind === 'organization')).toEqual([]);
  });
});

describe('people', () => {
  it('merges a surname with the full name and strips titles', () => {
    const people = ofKind(
      'person',
      'Director Abbas Abbasov wrote to Mr Manuel Valls. Abbasov said Valls had replied.',
    );
    expect(people.map((p) => [p.key, p.count])).toEqual([
      ['abbas-abbasov', 2],
      ['manuel-valls', 2],
    ]);
  });

  it.each([
    ['titled surname', 'President Kaunda said he would veto it.', ['kaunda']],
    ['no sign-offs', 'Prices rose.\n Reuter', []],
    ['no lone capitalised words', 'Yesterday Markets Rallied strongly.', []],
    ['name particles', 'Miguel de la Madrid spoke in Mexico City.', ['miguel-de-la-madrid']],
  ])('%s', (_label, body, expected) => {
    expect(ofKind('person', body).map((p) => p.key)).toEqual(expected);
  });
});

describe('dates', () => {
  it.each([
    ['undated article keeps no guessed year', 'On April 3, the letter was sent.', null, []],
    [
      'dated article resolves a bare day',
      'On April 3, the letter was sent.',
      Date.UTC(2025, 3, 10) / 1000,
      ['2025-04-03'],
    ],
    [
      'month-year and years',
      'Founded in July 2023, since 1946 and in May 2024.',
      null,
      ['1946', '2023-07', '2024-05'],
    ],
    [
      'full dates',
      'It ended on March 3, 1987 and 12 May 2024.',
      null,
      ['1987-03-03', '2024-05-12'],
    ],
    [
      'yesterday needs the publication date',
      'Talks ended yesterday.',
      Date.UTC(1987, 2, 4) / 1000,
      ['1987-03-03'],
    ],
    ['crop years are not years', 'The 1986/87 crop totalled 3,000 tonnes.', null, []],
  ])('%s', (_label, body, publishedAt, expected) => {
    expect(run(body, { publishedAt }).mentionedDates).toEqual(expected);
  });
});

describe('slugify', () => {
  it.each([
    ['Baku Initiative Group', 'baku-initiative-group'],
    ['Procter & Gamble', 'procter-and-gamble'],
    ["People's Bank of China", 'peoples-bank-of-china'],
    ['Société Générale', 'societe-generale'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
