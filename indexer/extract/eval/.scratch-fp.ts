import { readFileSync } from 'node:fs';
import { createContext } from '../analyse';
import { extractWith } from '../index';
import { loadRegister } from '../register';
import { placeToIso } from './codes';
import { parseReuters } from './reuters';
const ctx = createContext(loadRegister());
const want = process.argv[2]!;
let shown = 0;
for (const a of parseReuters(
  readFileSync('/work/shared/corpora/reuters21578/reut2-001.xml', 'utf8'),
)) {
  const body = `${a.dateline.trim()} ${a.body.trim()}`;
  const lead = (body.split(/\n\s{2,}/)[0] ?? body).slice(0, 600);
  const r = extractWith(ctx, {
    title: a.title,
    lead,
    body,
    publishedAt: a.publishedAt,
    dateQuality: 'exact',
  });
  const gold = a.places.map(placeToIso);
  const e = r.entities.find(
    (x) => x.kind === 'country' && x.key === want && (x.salient || x.count >= 2),
  );
  if (e && !gold.includes(want)) {
    console.log(
      '---',
      a.title,
      '| gold',
      gold.join(','),
      '| pred',
      r.entities
        .filter((x) => x.kind === 'country')
        .map((x) => `${x.key}${x.salient ? '*' : ''}${x.count}`)
        .join(' '),
    );
    const i = body.indexOf(e.forms[0]!);
    console.log('   ', body.slice(Math.max(0, i - 100), i + 80).replace(/\s+/g, ' '));
    if (++shown > 6) break;
  }
}
