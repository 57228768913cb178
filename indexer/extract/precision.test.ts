import { describe, expect, it } from 'vitest';
import { createExtractor } from './index';
import { stripLegalSuffix } from './slug';
import type { ExtractInput } from './types';

const extract = createExtractor();

function names(kind: 'person' | 'organization', body: string, title = ''): string[] {
  const input: ExtractInput = { title, lead: '', body, publishedAt: null, dateQuality: 'none' };
  return extract(input)
    .entities.filter((e) => e.kind === kind)
    .map((e) => e.name)
    .sort();
}
const people = (body: string, title?: string) => names('person', body, title);
const orgs = (body: string, title?: string) => names('organization', body, title);

describe('people that are things', () => {
  it.each([
    ['rate', 'Loans were priced over the London Interbank Offered Rate on Monday.', []],
    ['units', 'The loan is in European Currency Units and matures in 1992.', []],
    ['reform', 'Lawmakers debated the bill, and Tax Reform was the main topic.', []],
    ['rights', 'The fund values reserves in Special Drawing Rights each day.', []],
    ['programme', 'Wheat was sold under the Export Enhancement Program last week.', []],
    ['count words', 'Output at Unit Two was cut while Band Aid played.', []],
    [
      'given name + word surname',
      'Officials said Jack Straw and Robin Cook met in London.',
      ['Jack Straw', 'Robin Cook'],
    ],
    ['rank before a word', 'Voters expect the General Election next year.', []],
    ['place openers', 'Rain fell in Santa Fe and San Miguel overnight.', []],
  ])('%s', (_label, body, expected) => {
    expect(people(body)).toEqual(expected);
  });
});

describe('firms named like people go to the register', () => {
  it.each([
    [
      'comma-joined brokerages with legal tails',
      'Analysts at Smith Barney, Harris Upham and Co and Kidder, Peabody and Co Inc agreed.',
      ['Kidder Peabody', 'Smith Barney'],
    ],
    [
      'a register name after a title word',
      'Dean Witter analyst Karen Gibbs said so.',
      ['Dean Witter Reynolds'],
    ],
    [
      'Reuters angle brackets hold names too',
      'Underwriters <Goldman, Sachs and Co> agreed.',
      ['Goldman Sachs'],
    ],
    [
      'register name with a suffix',
      'Merrill Lynch and Co Inc and Deutsche Bank AG led it.',
      ['Deutsche Bank', 'Merrill Lynch'],
    ],
    ['the index is not the company', 'The Dow Jones industrial average fell 20 points.', []],
  ])('%s', (_label, body, expected) => {
    expect(orgs(body)).toEqual(expected);
    expect(people(body).filter((p) => !p.includes('Gibbs'))).toEqual([]);
  });

  it('an organisation named in the article wins over a titled lone word', () => {
    const body =
      'The bid came from General Acquisition Inc on Monday.\nOn Tuesday General Acquisition said it would wait.';
    expect(people(body)).toEqual([]);
  });

  it.each([
    ['caps headline with a suffix', 'Dividends were raised.', 'JIM WALTER CORP RAISES PAYOUT'],
    ['and Co after a name', 'Frank B. Hall and Co said profits rose.', ''],
  ])('%s is no person', (_label, body, title) => {
    expect(people(body, title)).toEqual([]);
  });

  it.each([
    ['Morgan Stanley and Co Inc', 'Morgan Stanley'],
    ['Goldman Sachs & Co.', 'Goldman Sachs'],
    ['Cyclops Corp', 'Cyclops'],
    ['Alex. Brown and Sons Inc', 'Alex. Brown and Sons'],
  ])('legal suffix of %s', (name, expected) => {
    expect(stripLegalSuffix(name)).toBe(expected);
  });

  it('every suffix of the shared lexicon closes a name: two firms stay two', () => {
    const found = orgs('Shares in Hong Kong Land Limited and Jardine Matheson Holdings Ltd rose.');
    expect(found).toContain('Jardine Matheson Holdings');
    expect(found.filter((o) => o.includes(' and '))).toEqual([]);
  });

  it('one display name per organisation whatever the suffix', () => {
    expect(orgs('Cyclops Corp said it agreed.')).toEqual(orgs('Shares of Cyclops Inc fell.'));
  });
});

describe('titles, initials and hyphens', () => {
  it.each([
    ['portfolio title', 'Chancellor of the Exchequer Nigel Lawson spoke.', ['Nigel Lawson']],
    ['dotted ranks', 'Marine Lt. Col. Oliver North was fired.', ['Oliver North']],
    ['new title', 'Agriculture Undersecretary Daniel Amstutz said so.', ['Daniel Amstutz']],
    ['word before a given name', 'Prosecutor Krzysztof Sierak said so.', ['Krzysztof Sierak']],
    [
      'leading initial',
      'A letter to chairman A. William Reynolds arrived.',
      ['A. William Reynolds'],
    ],
    [
      'middle initial',
      'The firm was formed by Martin T. Sosnoff last year.',
      ['Martin T. Sosnoff'],
    ],
    ['lower-case hyphen part', 'Governor Chang Chi-cheng rejected the plea.', ['Chang Chi-cheng']],
    ['capitalised hyphen part', 'Envoy Ngozi Okonjo-Iweala arrived.', ['Ngozi Okonjo-Iweala']],
    ['Arabic particles', 'Sheikh Ali al-Khalifa al-Sabah said so.', ['Ali al-Khalifa al-Sabah']],
    [
      'a title word after a patronymic is a name',
      'He met President Sheikh Zaid bin Sultan al-Nahayan.',
      ['Zaid bin Sultan al-Nahayan'],
    ],
    [
      'a title word before a patronymic is a name',
      'The paper quoted Prince Sultan ibn Abdulaziz.',
      ['Sultan ibn Abdulaziz'],
    ],
    [
      'a patronymic vouches for a name at a sentence start',
      'Osama bin Laden was killed in Abbottabad.',
      ['Osama bin Laden'],
    ],
    [
      'titles before patronymic names',
      'Crown Prince Mohammed bin Salman met Emir Tamim bin Hamad Al Thani.',
      ['Mohammed bin Salman', 'Tamim bin Hamad Al Thani'],
    ],
    ['a title alone still goes', 'Sultan Qaboos and King Fahd met in Muscat.', ['Fahd', 'Qaboos']],
    ['compounds stay out', 'The Kohler-Weiss accord revived Kohler-era plans.', []],
    ['no name inside a compound', 'Rates at the weekly T-BILL TENDER rose.', []],
    [
      'shorter tail of a full name',
      'Minister Fernando Santos Alvite spoke. Santos Alvite added more.',
      ['Fernando Santos Alvite'],
    ],
  ])('%s', (_label, body, expected) => {
    expect(people(body)).toEqual(expected);
  });
});

describe('curated public figures', () => {
  it.each([
    ['titled surname', 'President Reagan vetoed the bill.', ['Ronald Reagan']],
    ['lone surname', 'Reagan told aides he would veto it.', ['Ronald Reagan']],
    [
      'another person of that surname wins',
      'Reagan smiled. Nancy Reagan said he was tired.',
      ['Nancy Reagan'],
    ],
    ['uncurated lone surname stays out', 'Smithers told aides he would go.', []],
  ])('%s', (_label, body, expected) => {
    expect(people(body)).toEqual(expected);
  });
});

describe('the sports-table rule keeps to score lines', () => {
  it.each([
    ['cross rates', 'DMK 1.8195/8205\nSFR 1.5130/40\nYEN 145.10/20', []],
    ['earnings lines', 'Net 5,521,000 vs 4,100,000\nRevs 358 vs 359', []],
    ['contract months', 'JUN7 4250 4226\nAUG7 4300 4273\nDEC 4373 4361', []],
    ['golf rounds', 'Klas Eriksson ( Sweden ) 71 75 72 72\nRobert Coles 74 76 71 69', []],
    [
      'football results',
      'Port Vale 2 Oxford 0\nStockport 1 Wrexham 3',
      ['Oxford', 'Port Vale', 'Stockport', 'Wrexham'],
    ],
  ])('%s', (_label, body, expected) => {
    expect(orgs(body)).toEqual(expected);
  });
});

describe("a minister's portfolio is not an organisation", () => {
  it.each([
    ['a sector before Minister', 'Saudi Arabian Oil Minister Hisham Nazer spoke on Monday.', []],
    [
      'sectors joined by "and"',
      'Venezuelan Energy and Mines Minister Arturo Hernandez Grisanti spoke on Monday.',
      [],
    ],
    ['a lowercase minister', 'He met the Indonesian Energy minister in Jakarta.', []],
    [
      'a body before Minister stays',
      'The decision rests with Wheat Board Minister Charles Mayer, officials said.',
      ['Wheat Board'],
    ],
    ['a sector head elsewhere stays', 'Shares of Imperial Oil rose on Monday.', ['Imperial Oil']],
    [
      '"of Ministers" is a body',
      'The Council of Ministers approved the plan.',
      ['Council of Ministers'],
    ],
    [
      'a rank before the name is not part of it',
      'Assistant U.S. Treasury Secretary David Mulford spoke on Monday.',
      ['U.S. Treasury'],
    ],
  ])('%s', (_label, body, expected) => {
    expect(orgs(body)).toEqual(expected);
  });
});
