/**
 * Explicit bidirectional formatting characters: embeddings and overrides (U+202A-U+202E) and
 * isolates (U+2066-U+2069). An unclosed U+202E in a stored title reverses what follows it on the
 * line (the date, the source), so display text goes out without them. The implicit marks (LRM,
 * RLM, ALM) stay: right-to-left titles use them, and they cannot reorder strong characters.
 */
const EXPLICIT_BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(EXPLICIT_BIDI, '');
}
