import { readFileSync } from 'node:fs';
import { analyse, createContext } from '../analyse';
import { extractWith } from '../index';
import { loadRegister } from '../register';
import { placeToIso } from './codes';
import { parseReuters } from './reuters';
const ctx = createContext(loadRegister());
const files = process.argv.slice(2);
const variants: Record<string, { tp: number; fp: number; fn: number }> = {};
const fpBy = new Map<string, number>();
const fnBy = new Map<string, number>();
let n = 0,
  empty = 0;
for (const f of files)
  for (const a of parseReuters(readFileSync(f, 'utf8'))) {
    n++;
    const body = `${a.dateline.trim()} ${a.body.trim()}`;
    const lead = (body.split(/\n\s{2,}/)[0] ?? body).slice(0, 600);
    const r = extractWith(ctx, {
      title: a.title,
      lead,
      body,
      publishedAt: a.publishedAt,
      dateQuality: 'exact',
    });
    const gold = new Set(a.places.map(placeToIso).filter(Boolean) as string[]);
    if (gold.size === 0) empty++;
    const cs = r.entities.filter((e) => e.kind === 'country');
    const an = analyse(ctx, a.title, body);
    const vias = new Map<string, Set<string>>();
    for (const m of an.mentions)
      if (m.kind === 'country') {
        const s = vias.get(m.key) ?? new Set();
        s.add(m.insideOrg ? 'org' : m.via!);
        vias.set(m.key, s);
      }
    const sets: Record<string, Set<string>> = {
      all: new Set(cs.map((e) => e.key)),
      salient: new Set(cs.filter((e) => e.salient).map((e) => e.key)),
      salOr2: new Set(cs.filter((e) => e.salient || e.count >= 2).map((e) => e.key)),
      sal3: new Set(cs.filter((e) => e.salient || e.count >= 3).map((e) => e.key)),
      dom: new Set(
        cs
          .filter(
            (e) =>
              e.salient || (e.count >= 2 && e.count >= 0.5 * Math.max(...cs.map((x) => x.count))),
          )
          .map((e) => e.key),
      ),
      top: new Set(
        cs
          .filter(
            (e) =>
              (e.salient && e.count >= 0.34 * Math.max(...cs.map((x) => x.count))) ||
              (e.count >= 2 && e.count >= 0.5 * Math.max(...cs.map((x) => x.count))),
          )
          .map((e) => e.key),
      ),
      noOrgOnly: new Set(
        cs
          .filter((e) => {
            const v = vias.get(e.key)!;
            return !(v.size === 1 && v.has('org'));
          })
          .map((e) => e.key),
      ),
    };
    for (const [k, p] of Object.entries(sets)) {
      const c = (variants[k] ??= { tp: 0, fp: 0, fn: 0 });
      for (const x of p) gold.has(x) ? c.tp++ : c.fp++;
      for (const x of gold) if (!p.has(x)) c.fn++;
    }
    for (const e of cs)
      if (!gold.has(e.key)) {
        const v = [...vias.get(e.key)!].join('+');
        const k = `${e.key}/${v}/${e.forms.slice(0, 3).join('|')}`;
        fpBy.set(k, (fpBy.get(k) ?? 0) + 1);
      }
    for (const g of gold)
      if (!sets.all!.has(g)) {
        const k = `${g}: ${a.dateline.trim().slice(0, 30)}`;
        fnBy.set(k, (fnBy.get(k) ?? 0) + 1);
      }
  }
console.log('articles', n, 'empty gold', empty);
for (const [k, c] of Object.entries(variants)) {
  const p = c.tp / (c.tp + c.fp),
    r = c.tp / (c.tp + c.fn);
  console.log(k, p.toFixed(3), r.toFixed(3), ((2 * p * r) / (p + r)).toFixed(3));
}
console.log(
  'FP',
  [...fpBy]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 45)
    .map(([k, v]) => `${v} ${k}`)
    .join('\n'),
);
console.log(
  'FN',
  [...fnBy]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([k, v]) => `${v} ${k}`)
    .join('\n'),
);
