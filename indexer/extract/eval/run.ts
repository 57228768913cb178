import { readFileSync } from 'node:fs';
import { analyse } from '@/indexer/extract/analyse';
import type { Context } from '@/indexer/extract/context';
import { extractWith } from '@/indexer/extract/index';
import { slugify } from '@/indexer/extract/slug';
import { parseConll, type ConllDoc } from './conll';
import { ORG_CODES, placeToIso } from './codes';
import { compareSets, emptyCounts, personMatches, prf, type Counts, type Prf } from './metrics';
import { parseReuters, type ReutersArticle } from './reuters';
import { emptyTaggerCounts, scoreTagger, taggerScores, type TaggerScores } from './tagger-score';

export interface EvalReport {
  /** Countries the article is about (title, lead, dateline) vs PLACES, on labelled articles. */
  countries?: Prf;
  /** Same, also scoring articles without any PLACES label (unlabelled, so every guess is a FP). */
  countriesInclUnlabelled?: Prf;
  /** Every country mentioned vs PLACES (printed for comparison, not in the JSON contract). */
  countryMentions?: Prf;
  orgs?: { recall: number };
  people?: { recall: number };
  conll?: Record<'PER' | 'ORG' | 'LOC', Prf>;
  /** The learned tagger alone on the CoNLL files (when a model is loaded). */
  taggerAlone?: TaggerScores;
  articlesPerSecond: number;
  articles: number;
  skipped: { file: string; reason: string }[];
}

export type InputKind = 'reuters' | 'conll';

/** Recognises the input format from its content, so any file name works. */
export function detectKind(content: string): InputKind | null {
  const head = content.slice(0, 4000);
  if (/<REUTERS\b/.test(head)) return 'reuters';
  if (/^-DOCSTART-/m.test(head) || /^\S+\s+(?:\S+\s+)*(O|[BI]-[A-Z]+)\s*$/m.test(head))
    return 'conll';
  return null;
}

/** Lead of a Reuters story: its first paragraph (paragraphs are indented lines). */
function reutersInput(a: ReutersArticle) {
  const body = `${a.dateline.trim()} ${a.body.trim()}`.trim();
  const para = body.split(/\n\s{2,}/)[0] ?? body;
  return {
    title: a.title,
    lead: para.slice(0, 600),
    body,
    publishedAt: a.publishedAt,
    dateQuality: 'exact' as const,
  };
}

/** CPU time since `t0`: articles per CPU-second is throughput on one core, even on a busy machine. */
function cpuSeconds(t0: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1e6;
}

interface Acc {
  countries: Counts;
  countriesAll: Counts;
  mentions: Counts;
  orgHits: number;
  orgTotal: number;
  peopleHits: number;
  peopleTotal: number;
  conll: Record<'PER' | 'ORG' | 'LOC', Counts>;
  tagger: ReturnType<typeof emptyTaggerCounts>;
  seconds: number;
  articles: number;
  sawReuters: boolean;
  sawConll: boolean;
}

function scoreReuters(ctx: Context, articles: ReutersArticle[], acc: Acc): void {
  acc.sawReuters = true;
  const orgKeys = new Map(
    Object.entries(ORG_CODES).map(([code, names]) => [code, new Set(names.map(slugify))]),
  );
  for (const a of articles) {
    const input = reutersInput(a);
    const t0 = process.cpuUsage();
    const result = extractWith(ctx, input);
    acc.seconds += cpuSeconds(t0);
    acc.articles += 1;
    const countries = result.entities.filter((e) => e.kind === 'country');
    const gold = new Set(a.places.map(placeToIso).filter((c): c is string => !!c));
    const about = new Set(countries.filter((e) => e.salient).map((e) => e.key));
    compareSets(about, gold, acc.countriesAll);
    // Reuters-21578 leaves PLACES empty on many stories that plainly name a country (market
    // reports, briefs): an empty label is "not labelled", not "no country".
    if (gold.size > 0) {
      compareSets(about, gold, acc.countries);
      compareSets(new Set(countries.map((e) => e.key)), gold, acc.mentions);
    }
    const orgs = new Set(
      result.entities.filter((e) => e.kind === 'organization').map((e) => e.key),
    );
    for (const code of a.orgs) {
      acc.orgTotal += 1;
      const ok = [...(orgKeys.get(code) ?? [])].some((k) => orgs.has(k));
      if (ok) acc.orgHits += 1;
    }
    const people = result.entities.filter((e) => e.kind === 'person').map((e) => e.key);
    for (const label of a.people) {
      acc.peopleTotal += 1;
      if (people.some((p) => personMatches(label, p))) acc.peopleHits += 1;
    }
  }
}

const TYPE_OF: Record<string, 'PER' | 'ORG' | 'LOC' | undefined> = {
  person: 'PER',
  org: 'ORG',
  place: 'LOC',
};

/** Mention spans (char offsets) the extractor predicts for one CoNLL document. */
export function conllPredictions(
  ctx: Context,
  doc: ConllDoc,
): { start: number; end: number; type: string }[] {
  const { tokens, mentions } = analyse(ctx, '', doc.text);
  const out: { start: number; end: number; type: string }[] = [];
  for (const m of mentions) {
    let type = TYPE_OF[m.kind];
    if (m.kind === 'country') type = m.via === 'demonym' || m.insideOrg ? undefined : 'LOC';
    if (!type) continue;
    const a = tokens[m.start];
    const b = tokens[m.end - 1];
    if (a && b) out.push({ start: a.start, end: b.end, type });
  }
  return out;
}

function scoreConll(ctx: Context, docs: ConllDoc[], acc: Acc): void {
  acc.sawConll = true;
  for (const doc of docs) {
    const t0 = process.cpuUsage();
    const pred = conllPredictions(ctx, doc);
    acc.seconds += cpuSeconds(t0);
    acc.articles += 1;
    for (const type of ['PER', 'ORG', 'LOC'] as const) {
      const p = new Set(pred.filter((x) => x.type === type).map((x) => `${x.start}:${x.end}`));
      const g = new Set(doc.gold.filter((x) => x.type === type).map((x) => `${x.start}:${x.end}`));
      compareSets(p, g, acc.conll[type]);
    }
  }
  if (ctx.tagger) scoreTagger(ctx, ctx.tagger, docs, acc.tagger);
}

/** Runs the evaluation over Reuters-21578 XML and CoNLL files; unreadable inputs are reported. */
export function evaluateFiles(ctx: Context, files: string[]): EvalReport {
  const acc: Acc = {
    countries: emptyCounts(),
    countriesAll: emptyCounts(),
    mentions: emptyCounts(),
    orgHits: 0,
    orgTotal: 0,
    peopleHits: 0,
    peopleTotal: 0,
    conll: { PER: emptyCounts(), ORG: emptyCounts(), LOC: emptyCounts() },
    tagger: emptyTaggerCounts(),
    seconds: 0,
    articles: 0,
    sawReuters: false,
    sawConll: false,
  };
  const skipped: EvalReport['skipped'] = [];
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      skipped.push({ file, reason: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const kind = detectKind(content);
    if (kind === 'reuters') scoreReuters(ctx, parseReuters(content), acc);
    else if (kind === 'conll') scoreConll(ctx, parseConll(content, file), acc);
    else skipped.push({ file, reason: 'neither Reuters-21578 XML (<REUTERS>) nor CoNLL IOB' });
  }
  const report: EvalReport = {
    articlesPerSecond: acc.seconds > 0 ? Math.round(acc.articles / acc.seconds) : 0,
    articles: acc.articles,
    skipped,
  };
  if (acc.sawReuters) {
    report.countries = prf(acc.countries);
    report.countriesInclUnlabelled = prf(acc.countriesAll);
    report.countryMentions = prf(acc.mentions);
    report.orgs = { recall: acc.orgTotal ? round4(acc.orgHits / acc.orgTotal) : 0 };
    report.people = { recall: acc.peopleTotal ? round4(acc.peopleHits / acc.peopleTotal) : 0 };
  }
  if (acc.sawConll)
    report.conll = { PER: prf(acc.conll.PER), ORG: prf(acc.conll.ORG), LOC: prf(acc.conll.LOC) };
  if (acc.sawConll && ctx.tagger) report.taggerAlone = taggerScores(acc.tagger);
  return report;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Human-readable summary, one figure per line. */
export function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  if (r.countries)
    lines.push(
      `countries, about (Reuters PLACES): P ${pct(r.countries.precision)}  R ${pct(r.countries.recall)}  F1 ${pct(r.countries.f1)}  (target F1 >= 93%)`,
    );
  if (r.countriesInclUnlabelled)
    lines.push(
      `countries, about, incl. articles without PLACES: P ${pct(r.countriesInclUnlabelled.precision)}  R ${pct(r.countriesInclUnlabelled.recall)}  F1 ${pct(r.countriesInclUnlabelled.f1)}`,
    );
  if (r.countryMentions)
    lines.push(
      `countries, all mentions (Reuters PLACES): P ${pct(r.countryMentions.precision)}  R ${pct(r.countryMentions.recall)}  F1 ${pct(r.countryMentions.f1)}`,
    );
  if (r.orgs)
    lines.push(`organizations (Reuters ORGS): recall ${pct(r.orgs.recall)}  (target >= 95%)`);
  if (r.people) lines.push(`people (Reuters PEOPLE): recall ${pct(r.people.recall)}`);
  if (r.conll) {
    for (const type of ['PER', 'ORG', 'LOC'] as const) {
      const m = r.conll[type];
      const target =
        type === 'PER' ? '  (target F1 >= 88%)' : type === 'ORG' ? '  (target F1 >= 78%)' : '';
      lines.push(
        `CoNLL ${type}: P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}${target}`,
      );
    }
  }
  for (const [type, m] of Object.entries(r.taggerAlone ?? {}))
    lines.push(
      `CoNLL ${type}, tagger alone: P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}`,
    );
  lines.push(
    `throughput: ${r.articlesPerSecond} articles per CPU-second over ${r.articles} articles (target >= 1500)`,
  );
  for (const s of r.skipped) lines.push(`skipped ${s.file}: ${s.reason}`);
  return lines.join('\n');
}
