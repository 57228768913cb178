import { readFileSync } from 'node:fs';
import { createContext } from '../analyse';
import { loadRegister } from '../register';
import { parseConll } from './conll';
import { conllPredictions } from './run';
const ctx = createContext(loadRegister());
const type = process.argv[2]!;
const mode = process.argv[3]!;
const docs = parseConll(readFileSync('/work/shared/eval/conllpp/conllpp_dev.txt', 'utf8'));
const cnt = new Map<string, number>();
for (const d of docs) {
  const pred = conllPredictions(ctx, d);
  const p = new Map(pred.map((x) => [`${x.start}:${x.end}`, x.type]));
  const g = new Map(d.gold.map((x) => [`${x.start}:${x.end}`, x.type]));
  if (mode === 'fn')
    for (const x of d.gold) {
      if (x.type === type && p.get(`${x.start}:${x.end}`) !== type) {
        const k = `${d.text.slice(x.start, x.end)} -> ${p.get(`${x.start}:${x.end}`) ?? '-'}`;
        cnt.set(k, (cnt.get(k) ?? 0) + 1);
      }
    }
  else
    for (const x of pred) {
      if (x.type === type && g.get(`${x.start}:${x.end}`) !== type) {
        const k = `${d.text.slice(x.start, x.end)} -> ${g.get(`${x.start}:${x.end}`) ?? '-'}`;
        cnt.set(k, (cnt.get(k) ?? 0) + 1);
      }
    }
}
console.log(
  [...cnt]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 60)
    .map(([k, v]) => `${v} ${k}`)
    .join('\n'),
);
