import type { Context } from './context';
import type { Mention } from './mention';
import { fold, type Token } from './tokenize';

/** Merges lone surnames into full names seen in the same article; drops unconfirmed ones. */
export function resolvePeople(ctx: Context, tokens: Token[], cands: Mention[]): Mention[] {
  const full = cands.filter((m) => !m.weak && m.end - m.start >= 2);
  const wordsOf = (m: Mention) => tokens.slice(m.start, m.end).filter((t) => t.type === 'w');
  const forms = full.map((f) => {
    f.name = ctx.personAliases.get(fold(f.name ?? '')) ?? f.name ?? '';
    return {
      f,
      keys: ` ${wordsOf(f)
        .map((t) => t.key)
        .join(' ')}`,
    };
  });
  // "Santos Alvite" after "Fernando Santos Alvite": a shorter tail of a full name is that name.
  for (const a of forms) {
    const longer = forms.find((b) => b.keys.length > a.keys.length && b.keys.endsWith(a.keys));
    if (longer) a.f.name = longer.f.name;
  }
  const byPart = new Map<string, string>();
  // "Sheikh Ali" after "Sheikh Ali al-Khalifa al-Sabah": a titled first name, when unambiguous.
  const byFirst = new Map<string, string | null>();
  for (const f of full) {
    const words = wordsOf(f);
    const last = words[words.length - 1];
    if (last) byPart.set(last.key, f.name ?? '');
    const first = words[0];
    if (first) {
      const seen = byFirst.get(first.key);
      byFirst.set(first.key, seen === undefined || seen === f.name ? (f.name ?? '') : null);
    }
  }
  const out: Mention[] = [];
  for (const m of cands) {
    if (ctx.blockedPeople.has(fold(m.name ?? ''))) continue;
    if (m.end - m.start >= 2 && !m.weak) {
      out.push(m);
      continue;
    }
    const tok = tokens[m.start];
    const canonical =
      (tok ? byPart.get(tok.key) : undefined) ??
      (tok && !m.weak ? (byFirst.get(tok.key) ?? undefined) : undefined);
    // Curated public figures ("Reagan" → Ronald Reagan) need no title when the article names
    // nobody else with that surname; any other lone surname needs a title or a full name.
    const curated = ctx.personAliases.get(fold(m.name ?? ''));
    if (canonical) out.push({ ...m, name: canonical, weak: false });
    else if (curated) out.push({ ...m, name: curated, weak: false });
    else if (!m.weak) out.push(m);
  }
  return out;
}
