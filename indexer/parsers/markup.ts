const NAMED: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Tag-tolerant helpers for SGML-ish corpora (Reuters, TimeML) that are not always valid XML. */
export function decodeEntities(text: string): string {
  // Reuters carries &#2;/&#3; control marks; drop every control character but \t and \n.
  return (
    text
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
        if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
        const code =
          ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      })
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

export function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '');
}

/** Inner text of the first <tag …>…</tag>, entity-decoded, or null. */
export function element(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(xml);
  return m ? decodeEntities(stripTags(m[1]!)) : null;
}

export function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"|\\b${name}\\s*=\\s*'([^']*)'`, 'i').exec(
    attrs,
  );
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : null;
}

/** Every <tag attrs>inner</tag>, as [attrs, inner] pairs. */
export function* elements(
  xml: string,
  tag: string,
): Generator<{ attrs: string; inner: string; line: number }> {
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  let line = 1;
  let last = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    for (let i = last; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    last = m.index;
    yield { attrs: m[1]!, inner: m[2]!, line };
  }
}
