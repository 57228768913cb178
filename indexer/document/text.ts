/** Newlines normalised, trailing spaces gone, at most one blank line in a row. */
export function normalizeText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function normalizeLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const RELATED_HEADING =
  /^(?:see also|related(?: articles| stories| news| links| content| coverage)?|read more|read also|also read|more on this(?: story| topic)?|more stories|you may also like|recommended(?: for you)?|further reading)\s*:?$/i;
const MAX_RELATED_LINES = 30;
const MAX_HEADLINE_CHARS = 220;

/**
 * Separates a trailing related-links block ("See Also" + other headlines) from the body, so
 * those headlines never feed snippets or entity extraction.
 */
export function splitRelated(body: string): { body: string; related: string[] } {
  const lines = body.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (!RELATED_HEADING.test(line)) continue;
    const after = lines
      .slice(i + 1)
      .map((l) => l.trim())
      .filter(Boolean);
    const headlines = after.every((l) => l.length <= MAX_HEADLINE_CHARS);
    if (after.length === 0 || after.length > MAX_RELATED_LINES || !headlines) break;
    return {
      body: lines.slice(0, i).join('\n').trim(),
      related: after.map((l) => l.replace(/^[-*•·]\s*/, '')),
    };
  }
  return { body, related: [] };
}

const LEAD_MAX = 400;

/** The first paragraph, cut at a sentence end when it runs long. */
export function leadOf(body: string): string {
  const first = body.split(/\n\s*\n|\n/).find((p) => p.trim()) ?? '';
  const para = normalizeLine(first);
  if (para.length <= LEAD_MAX) return para;
  const window = para.slice(0, LEAD_MAX);
  const end = Math.max(
    window.lastIndexOf('. '),
    window.lastIndexOf('? '),
    window.lastIndexOf('! '),
  );
  if (end > 80) return window.slice(0, end + 1);
  const space = window.lastIndexOf(' ');
  return `${window.slice(0, space > 80 ? space : LEAD_MAX)}…`;
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
