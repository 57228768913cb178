import { readFileSync } from 'node:fs';
import { analyse, createContext } from '../analyse';
import { extractDates } from '../dates';
import { extractWith } from '../index';
import { loadRegister } from '../register';
import { tokenize } from '../tokenize';
import { parseReuters } from './reuters';
const ctx = createContext(loadRegister());
const arts = process.argv.slice(2).flatMap((f) => parseReuters(readFileSync(f, 'utf8')));
const inputs = arts.map((a) => {
  const body = `${a.dateline.trim()} ${a.body.trim()}`;
  return {
    title: a.title,
    lead: body.slice(0, 300),
    body,
    publishedAt: a.publishedAt,
    dateQuality: 'exact' as const,
  };
});
for (let round = 0; round < 2; round++) {
  let t = performance.now();
  for (const i of inputs) {
    tokenize(i.title, 0);
    tokenize(i.body, 1);
  }
  const tok = performance.now() - t;
  t = performance.now();
  for (const i of inputs) extractDates(i.title + '\n' + i.body, i.publishedAt);
  const dat = performance.now() - t;
  t = performance.now();
  for (const i of inputs) analyse(ctx, i.title, i.body);
  const an = performance.now() - t;
  t = performance.now();
  for (const i of inputs) extractWith(ctx, i);
  const all = performance.now() - t;
  console.log({
    n: inputs.length,
    tok,
    dat,
    an,
    all,
    perSec: Math.round((inputs.length / all) * 1000),
  });
}
