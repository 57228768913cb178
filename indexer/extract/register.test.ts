import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractor, defaultRegisterDir, loadRegister, RegisterError } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'facetwire-register-'));
  cpSync(defaultRegisterDir(), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, unknown>;
function edit(file: string, change: (data: Json) => void) {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8')) as Json;
  change(data);
  writeFileSync(path, JSON.stringify(data));
}
const orgs = (d: Json) =>
  d.organizations as { name: string; aliases?: string[]; acronyms?: string[] }[];
const extractFrom = (body: string) =>
  createExtractor({ registerDir: dir })({
    title: '',
    lead: '',
    body,
    publishedAt: null,
    dateQuality: 'none',
  });

describe('register edits are applied on the next load', () => {
  it.each([
    [
      'add an organisation alias',
      'organizations.json',
      (d: Json) =>
        orgs(d)
          .find((o) => o.name === 'World Bank')
          ?.aliases?.push('Bretton Woods twin'),
      'The Bretton Woods twin lent more.',
      (e: { key: string }[]) => expect(e.map((x) => x.key)).toContain('world-bank'),
    ],
    [
      'merge two names into one organisation',
      'organizations.json',
      (d: Json) => {
        const list = orgs(d);
        list.push({ name: 'Kanak Liberation Front', aliases: ['Kanak Front'] });
      },
      'The Kanak Liberation Front and the Kanak Front are the same body.',
      (e: { key: string; count: number }[]) =>
        expect(e.filter((x) => x.key === 'kanak-liberation-front').map((x) => x.count)).toEqual([
          2,
        ]),
    ],
    [
      'block a false-positive country form',
      'blocklist.json',
      (d: Json) => (d.countries as string[]).push('Kanaky'),
      'Protests in Kanaky continued.',
      (e: { key: string }[]) => expect(e.map((x) => x.key)).not.toContain('NC'),
    ],
    [
      'add a city to a country',
      'countries.json',
      (d: Json) =>
        ((d.countries as Record<string, { cities: string[] }>).NC?.cities ?? []).push('Dumbea'),
      'Schools in Dumbea reopened.',
      (e: { key: string }[]) => expect(e.map((x) => x.key)).toContain('NC'),
    ],
    [
      'merge person names',
      'people.json',
      (d: Json) =>
        (d.aliases as unknown[]).push({ name: 'Abbas Abbasov', aliases: ['Abbas Abbasoff'] }),
      'Director Abbas Abbasoff spoke.',
      (e: { key: string }[]) => expect(e.map((x) => x.key)).toContain('abbas-abbasov'),
    ],
    [
      'make a lone "turkey" the bird before a new word',
      'countries.json',
      (d: Json) => (d.turkeyBirdWords as string[]).push('farm'),
      'Turkey farm output rose in the spring.',
      (e: { key: string }[]) => expect(e.map((x) => x.key)).not.toContain('TR'),
    ],
    [
      'count a new neighbour for a lone "Georgia"',
      'countries.json',
      (d: Json) => (d.georgiaNeighbours as string[]).push('FR'),
      'Envoys from Georgia, France and Texas met in Paris.',
      (e: { key: string }[]) => expect(e.map((x) => x.key)).toContain('GE'),
    ],
  ])('%s', (_label, file, change, body, check) => {
    edit(file, change);
    check(extractFrom(body).entities);
  });

  it('rejects a broken register with the file and field', () => {
    edit('organizations.json', (d) => orgs(d).push({ name: '' }));
    expect(() => loadRegister(dir)).toThrow(RegisterError);
    expect(() => loadRegister(dir)).toThrow(/organizations\.json: at "organizations\.\d+\.name"/);
  });

  it('without those edits the same texts read the other way', () => {
    const keys = (body: string) => extractFrom(body).entities.map((x) => x.key);
    expect(keys('Turkey farm output rose in the spring.')).toContain('TR');
    expect(keys('Envoys from Georgia, France and Texas met in Paris.')).not.toContain('GE');
  });

  it('rejects a Georgia neighbour that is not a country code', () => {
    edit('countries.json', (d) => (d.georgiaNeighbours as string[]).push('France'));
    expect(() => loadRegister(dir)).toThrow(/countries\.json: at "georgiaNeighbours\.\d+"/);
  });

  it('rejects duplicate organisation names and says how to merge them', () => {
    edit('organizations.json', (d) => orgs(d).push({ name: 'World Bank' }));
    expect(() => loadRegister(dir)).toThrow(/duplicates organizations\.\d+; merge them/);
  });
});
