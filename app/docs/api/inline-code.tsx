/**
 * OpenAPI descriptions are CommonMark; the only markup ours use is `code`. Backtick spans
 * become <code> elements, everything else stays text (nothing is parsed as HTML).
 */
export function InlineCode({ text }: { text: string }) {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 && part ? <code key={i}>{part}</code> : part));
}
